import { columnLetter, cellAddress } from '../../engine/grid/a1.js';
import { literalText, literalValues } from './literal-text.js';
import { SUMMARY_TEXT_STYLES, type PlanValue, type PlannedChart, type PlannedTable, type PlannedText, type SummarySheetPlan } from '../../engine/edits/summary-sheet-plan.js';
import { sheetOfReference } from '../../engine/edits/summary-sheet-names.js';
import type { Rating } from '../../engine/profile/brag.js';
import { WorkbookNames } from './summary-names.js';
import { queueReviewSnapshots, writePendingSnapshot } from './write-review-snapshots.js';
import type { WorkbookState } from './workbook-state.js';

const MARKER_COMMENT = 'Tracker Check summary sheet: rebuilt by Build summary';

/** What one plan left queued: the sheet's final name, its marker, and every name it had on the way. */
interface QueuedSummary {
  name: string;
  markerName: string;
  names: string[];
}

/**
 * Builds the board-pack sheets from the engine's plans in one sync, from what the first sync of
 * Build summary read (sheets, markers, table and defined names). Each new sheet is written
 * completely, under a name free beside the old one, before the old one goes: the marker (a
 * workbook-level name on A1) moves to the new sheet, the old sheet is deleted, and the new one takes
 * its place among the tabs and the plan's name. A broken marker (its sheet deleted: #REF!) is
 * replaced. If the sync fails, any sheet left unfinished and unmarked is removed again, so a failure
 * half way leaves the old summary as it was. The review's snapshot (`snapshotRows`, the engine's rows
 * for the snapshot sheet) goes in the same sync, as much of it as keeps the request under Excel's
 * payload limit; the rest follows a sync per block (write-review-snapshots.ts). Returns the names of
 * the sheets written.
 */
export async function writeSummarySheets(
  context: Excel.RequestContext,
  plans: readonly SummarySheetPlan[],
  state: WorkbookState,
  snapshotRows?: readonly (readonly PlanValue[])[],
): Promise<string[]> {
  const names = new WorkbookNames(state);
  const queued = plans.map((plan) => queueSummary(context, plan, state, names));
  const pending = snapshotRows ? queueReviewSnapshots(context, snapshotRows, names) : undefined;
  const last = queued.at(-1);
  if (last) context.workbook.worksheets.getItem(last.name).activate();
  context.application.suspendScreenUpdatingUntilNextSync();
  try {
    await context.sync();
  } catch (error) {
    await removeUnfinished(context, queued);
    throw error;
  }
  if (pending) await writePendingSnapshot(context, pending, names);
  return queued.map((q) => q.name);
}

function queueSummary(context: Excel.RequestContext, plan: SummarySheetPlan, state: WorkbookState, names: WorkbookNames): QueuedSummary {
  const workbook = context.workbook;
  const marker = state.markers.find((m) => m.name === plan.markerName);
  // Never the tracker itself, whatever a damaged marker says.
  const previous = marker?.sheet !== undefined && marker.sheet.toLowerCase() !== plan.sourceSheet.toLowerCase() && names.has(marker.sheet) ? marker.sheet : undefined;

  const temporary = names.addSheet(plan.sheetName);
  const sheet = workbook.worksheets.add(temporary);
  const tables = layOut(sheet, plan, names);

  if (marker) workbook.names.getItem(marker.name).delete();
  workbook.names.add(plan.markerName, sheet.getRange('A1'), MARKER_COMMENT);
  if (previous === undefined) return { name: temporary, markerName: plan.markerName, names: [temporary] };

  const position = names.position(previous);
  sheet.position = position;
  names.moveSheet(temporary, position);
  workbook.worksheets.getItem(previous).delete();
  names.deleteSheet(previous);
  const name = names.renameSheet(temporary, plan.sheetName);
  if (name !== temporary) sheet.name = name;
  // The old sheet's tables are gone: the new ones take the plan's names where those are now free.
  for (const table of tables) names.releaseTable(table.name);
  for (const table of tables) {
    const final = names.takeTable(table.planned);
    if (final !== table.name) table.table.name = final;
  }
  return { name, markerName: plan.markerName, names: [...new Set([temporary, name])] };
}

/** After a failed build: deletes each sheet it added that its marker does not point at. Best effort. */
async function removeUnfinished(context: Excel.RequestContext, queued: readonly QueuedSummary[]): Promise<void> {
  try {
    const checks = queued.map((q) => ({
      marker: context.workbook.names.getItemOrNullObject(q.markerName).load('value'),
      sheets: q.names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load('name')),
    }));
    await context.sync();
    for (const { marker, sheets } of checks) {
      const marked = marker.isNullObject ? undefined : sheetOfReference(String(marker.value));
      for (const sheet of sheets) if (!sheet.isNullObject && sheet.name !== marked) sheet.delete();
    }
    await context.sync();
  } catch {
    // The officer is told the build failed; a sheet left behind is unmarked, so the next build ignores it.
  }
}

interface WrittenTable {
  table: Excel.Table;
  planned: string;
  name: string;
}

function layOut(sheet: Excel.Worksheet, plan: SummarySheetPlan, names: WorkbookNames): WrittenTable[] {
  plan.columnWidths.forEach((width, column) => {
    sheet.getRange(`${columnLetter(column)}:${columnLetter(column)}`).format.columnWidth = width * 6;
  });
  for (const text of plan.texts) writeText(sheet, text);
  // The rows a chart sits in, and the section headings' taller rows (the space above a heading is no blank row).
  for (const { row, points } of plan.rowHeights) sheet.getRange(cellAddress(0, row + 1)).format.rowHeight = points;
  const tables = plan.tables.map((table) => writeTable(sheet, table, plan, names));
  // Excel's API sets no alt text on a chart at ExcelApi 1.9 (Shape.altTextDescription does not reach
  // charts): the plan's caption under each chart, written with the texts above, is its text alternative.
  for (const chart of plan.charts) {
    const table = plan.tables.find((t) => t.name === chart.table);
    if (table) addChart(sheet, chart, table, plan);
  }
  sheet.pageLayout.orientation = 'Landscape';
  sheet.pageLayout.zoom = { horizontalFitToPages: plan.print.fitToPagesWide, verticalFitToPages: 0 };
  sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = plan.print.header;
  return tables;
}

/**
 * Text cells are formatted as text ("@") before they are written, so Excel keeps every text exactly:
 * no formula from "=…", no date from "1/2" or "March 2025", no number from "007".
 */
const formatsFor = (rows: readonly (readonly PlanValue[])[]): string[][] => rows.map((row) => row.map((v) => (typeof v === 'string' ? '@' : 'General')));

function writeText(sheet: Excel.Worksheet, text: PlannedText): void {
  const style = SUMMARY_TEXT_STYLES[text.style];
  const first = cellAddress(text.column, text.row + 1);
  const range = text.span > 1 ? sheet.getRange(`${first}:${cellAddress(text.column + text.span - 1, text.row + 1)}`) : sheet.getRange(first);
  const cell = sheet.getRange(first);
  cell.numberFormat = [['@']];
  cell.values = [[literalText(text.text)]];
  range.format.font.size = style.size;
  range.format.font.bold = style.bold;
  range.format.font.color = style.colour;
  if (style.wrap) {
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
  }
}

function tableAddress(table: PlannedTable): string {
  const right = table.column + table.header.length - 1;
  return `${cellAddress(table.column, table.row + 1)}:${cellAddress(right, table.row + 1 + table.rows.length)}`;
}

function writeTable(sheet: Excel.Worksheet, table: PlannedTable, plan: SummarySheetPlan, names: WorkbookNames): WrittenTable {
  const address = tableAddress(table);
  const values = [table.header, ...table.rows];
  const range = sheet.getRange(address);
  range.numberFormat = formatsFor(values);
  range.values = literalValues(values);
  const excelTable = sheet.tables.add(address, true);
  const name = names.takeTable(table.name);
  excelTable.name = name;
  excelTable.style = 'TableStyleLight1';
  const bodyTop = table.row + 2;
  const fill = (target: Excel.Range, rating: Rating | undefined) => {
    if (rating === undefined) return;
    target.format.fill.color = plan.palette[rating].fill;
    target.format.font.color = plan.palette[rating].font;
  };
  // One fill per run of rows with the same rating, so the commands do not grow with the rows.
  const ratingColumn = table.column + (table.ratingColumn ?? 0);
  for (const run of ratingRuns(table.rowRatings ?? [])) {
    const first = cellAddress(ratingColumn, bodyTop + run.start);
    fill(sheet.getRange(`${first}:${cellAddress(ratingColumn, bodyTop + run.end)}`), run.rating);
  }
  table.columnRatings?.forEach((rating, index) => fill(sheet.getRange(cellAddress(table.column + index, table.row + 1)), rating));
  for (const column of table.percentColumns ?? []) {
    const letter = columnLetter(table.column + column);
    sheet.getRange(`${letter}${bodyTop}:${letter}${bodyTop + table.rows.length - 1}`).numberFormat = table.rows.map(() => ['0%']);
  }
  for (const column of table.wrapColumns ?? []) {
    const letter = columnLetter(table.column + column);
    const wrapped = sheet.getRange(`${letter}${bodyTop}:${letter}${bodyTop + table.rows.length - 1}`);
    wrapped.format.wrapText = true;
    wrapped.format.verticalAlignment = 'Top';
  }
  return { table: excelTable, planned: table.name, name };
}

const CHART_TYPES: Record<PlannedChart['kind'], `${Excel.ChartType}`> = {
  doughnut: 'Doughnut',
  'stacked-bar': 'BarStacked',
  'stacked-column': 'ColumnStacked',
};

function addChart(sheet: Excel.Worksheet, chart: PlannedChart, table: PlannedTable, plan: SummarySheetPlan): void {
  const lastSeries = Math.max(...chart.series.map((s) => s.column));
  const source = sheet.getRange(
    `${cellAddress(table.column, table.row + 1)}:${cellAddress(table.column + lastSeries, table.row + 1 + table.rows.length)}`,
  );
  const excelChart = sheet.charts.add(CHART_TYPES[chart.kind], source, 'Columns');
  excelChart.title.text = chart.title;
  // The legend names the categories in the order they are drawn: above the bars, beside the doughnut.
  excelChart.legend.position = chart.legend === 'top' ? 'Top' : 'Right';
  excelChart.setPosition(
    cellAddress(chart.anchor.left, chart.anchor.top + 1),
    cellAddress(chart.anchor.right - 1, chart.anchor.bottom),
  );
  if (chart.kind === 'doughnut') {
    const series = excelChart.series.getItemAt(0);
    chart.pointRatings?.forEach((rating, index) => series.points.getItemAt(index).format.fill.setSolidColor(plan.palette[rating].fill));
    series.hasDataLabels = true;
    // The count beside the percentage, so the labels do not depend on the legend's colours.
    series.dataLabels.showPercentage = chart.labels === 'count-and-percent';
    series.dataLabels.showValue = true;
    hideUnfittedLabels(series, chart.pointLabels[0]);
    return;
  }
  if (chart.valueAxis) {
    // Whole numbers from 0: never half an action.
    const axis = excelChart.axes.valueAxis;
    axis.minimum = 0;
    axis.maximum = chart.valueAxis.max;
    axis.majorUnit = chart.valueAxis.majorUnit;
    axis.numberFormat = '0';
  }
  chart.series.forEach((planned, index) => {
    const series = excelChart.series.getItemAt(index);
    if (planned.rating !== undefined) series.format.fill.setSolidColor(plan.palette[planned.rating].fill);
    series.hasDataLabels = true;
    series.dataLabels.showValue = true;
    series.dataLabels.position = 'Center';
    hideUnfittedLabels(series, chart.pointLabels[index]);
  });
}

/** Turns off the label of each point the plan leaves unlabelled (empty, or too small for its label to sit on it). */
function hideUnfittedLabels(series: Excel.ChartSeries, shown: readonly boolean[] | undefined): void {
  shown?.forEach((labelled, point) => {
    if (!labelled) series.points.getItemAt(point).hasDataLabel = false;
  });
}

/** Runs of consecutive equal ratings: [green, green, amber] → {green 0–1}, {amber 2–2}. */
export function ratingRuns(ratings: readonly Rating[]): { rating: Rating; start: number; end: number }[] {
  const runs: { rating: Rating; start: number; end: number }[] = [];
  ratings.forEach((rating, index) => {
    const last = runs.at(-1);
    if (last && last.rating === rating) last.end = index;
    else runs.push({ rating, start: index, end: index });
  });
  return runs;
}
