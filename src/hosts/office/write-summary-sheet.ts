import { columnLetter, cellAddress } from '../../engine/grid/a1.js';
import { SUMMARY_TEXT_STYLES, type PlannedChart, type PlannedTable, type PlannedText, type SummarySheetPlan } from '../../engine/edits/summary-sheet-plan.js';
import type { Rating } from '../../engine/profile/brag.js';
import { freeSheetName, sheetOfReference } from '../../engine/edits/summary-sheet-names.js';
import { asExcelValue } from './safe-text.js';

/** Excel cannot measure wrapped text from here: the paragraph's row gets room for about four lines. */
const PARAGRAPH_ROW_HEIGHT = 64;

/**
 * Builds the board-pack sheet from the engine's plan in two syncs: one to find the add-in's earlier
 * summary (by its marker name) and the sheet names in use, one to replace it. No other sheet is
 * touched. Returns the name of the sheet written.
 */
export async function writeSummarySheet(context: Excel.RequestContext, plan: SummarySheetPlan): Promise<string> {
  const workbook = context.workbook;
  workbook.worksheets.load('items/name');
  const marker = workbook.names.getItemOrNullObject(plan.markerName);
  marker.load('value');
  await context.sync();

  const previous = marker.isNullObject ? undefined : sheetOfReference(String(marker.value));
  const taken = new Set(workbook.worksheets.items.map((s) => s.name).filter((n) => n !== previous));
  if (previous !== undefined && !marker.isNullObject) {
    marker.delete();
    workbook.worksheets.getItem(previous).delete();
  }
  const name = freeSheetName(plan.sheetName, taken);
  const sheet = workbook.worksheets.add(name);
  context.application.suspendScreenUpdatingUntilNextSync();

  plan.columnWidths.forEach((width, column) => {
    sheet.getRange(`${columnLetter(column)}:${columnLetter(column)}`).format.columnWidth = width * 6;
  });
  for (const text of plan.texts) writeText(sheet, text);
  for (const table of plan.tables) writeTable(sheet, table, plan);
  // Excel's API sets no alt text on a chart at ExcelApi 1.9 (Shape.altTextDescription does not reach
  // charts): the plan's caption under each chart, written with the texts above, is its text alternative.
  for (const chart of plan.charts) {
    const table = plan.tables.find((t) => t.name === chart.table);
    if (table) addChart(sheet, chart, table, plan);
  }
  sheet.pageLayout.orientation = 'Landscape';
  sheet.pageLayout.zoom = { horizontalFitToPages: plan.print.fitToPagesWide, verticalFitToPages: 0 };
  sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = plan.print.header;
  workbook.names.add(plan.markerName, sheet.getRange('A1'), 'Tracker Check summary sheet: rebuilt by Build summary');
  sheet.activate();
  await context.sync();
  return name;
}

function writeText(sheet: Excel.Worksheet, text: PlannedText): void {
  const style = SUMMARY_TEXT_STYLES[text.style];
  const first = cellAddress(text.column, text.row + 1);
  const range = text.span > 1 ? sheet.getRange(`${first}:${cellAddress(text.column + text.span - 1, text.row + 1)}`) : sheet.getRange(first);
  if (text.span > 1 && style.wrap) range.merge(false);
  sheet.getRange(first).values = [[asExcelValue(text.text)]];
  range.format.font.size = style.size;
  range.format.font.bold = style.bold;
  range.format.font.color = style.colour;
  if (style.wrap) {
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
  }
  if (text.style === 'paragraph') range.format.rowHeight = PARAGRAPH_ROW_HEIGHT;
}

function tableAddress(table: PlannedTable): string {
  const right = table.column + table.header.length - 1;
  return `${cellAddress(table.column, table.row + 1)}:${cellAddress(right, table.row + 1 + table.rows.length)}`;
}

function writeTable(sheet: Excel.Worksheet, table: PlannedTable, plan: SummarySheetPlan): void {
  const address = tableAddress(table);
  sheet.getRange(address).values = [table.header.map(asExcelValue), ...table.rows.map((row) => row.map(asExcelValue))];
  const excelTable = sheet.tables.add(address, true);
  excelTable.name = table.name;
  excelTable.style = 'TableStyleLight1';
  const bodyTop = table.row + 2;
  const fill = (range: Excel.Range, rating: Rating | undefined) => {
    if (rating === undefined) return;
    range.format.fill.color = plan.palette[rating].fill;
    range.format.font.color = plan.palette[rating].font;
  };
  // One fill per run of rows with the same rating, so the commands do not grow with the rows.
  for (const run of ratingRuns(table.rowRatings ?? [])) {
    const first = cellAddress(table.column, bodyTop + run.start);
    fill(sheet.getRange(`${first}:${cellAddress(table.column, bodyTop + run.end)}`), run.rating);
  }
  table.columnRatings?.forEach((rating, index) => fill(sheet.getRange(cellAddress(table.column + index, table.row + 1)), rating));
  for (const column of table.percentColumns ?? []) {
    const letter = columnLetter(table.column + column);
    sheet.getRange(`${letter}${bodyTop}:${letter}${bodyTop + table.rows.length - 1}`).numberFormat = table.rows.map(() => ['0%']);
  }
  for (const column of table.wrapColumns ?? []) {
    const letter = columnLetter(table.column + column);
    const range = sheet.getRange(`${letter}${bodyTop}:${letter}${bodyTop + table.rows.length - 1}`);
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
  }
}

function addChart(sheet: Excel.Worksheet, chart: PlannedChart, table: PlannedTable, plan: SummarySheetPlan): void {
  const lastSeries = Math.max(...chart.series.map((s) => s.column));
  const source = sheet.getRange(
    `${cellAddress(table.column, table.row + 1)}:${cellAddress(table.column + lastSeries, table.row + 1 + table.rows.length)}`,
  );
  const excelChart = sheet.charts.add(chart.kind === 'doughnut' ? 'Doughnut' : 'BarStacked', source, 'Columns');
  excelChart.title.text = chart.title;
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
    return;
  }
  chart.series.forEach((planned, index) => {
    const series = excelChart.series.getItemAt(index);
    if (planned.rating !== undefined) series.format.fill.setSolidColor(plan.palette[planned.rating].fill);
    series.hasDataLabels = true;
    series.dataLabels.showValue = true;
    series.dataLabels.position = 'Center';
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
