import type ExcelJS from 'exceljs';
import { SUMMARY_TEXT_STYLES, type PlannedTable, type PlannedText, type PlanValue, type SummarySheetPlan } from '../../engine/edits/summary-sheet-plan.js';
import { cellAddress, columnLetter } from '../../engine/grid/a1.js';
import type { Rating } from '../../engine/profile/brag.js';
import { couldBeFormula, xmlSafe } from './cell-text.js';
import { keepTogetherBreaks, MARGINS } from './page-breaks.js';
import { rowHeightFor, wrappedLines } from './text-fit.js';
import type { ChartSpec } from './xlsx-charts/index.js';
/** "#1D70B8" → "FF1D70B8", the ARGB spreadsheet styles write. */
export function argb(colour: string): string {
  return `FF${colour.replace(/^#/, '').toUpperCase()}`;
}

const HEADER_FILL = '#F3F2F1';
const RULE_COLOUR = '#B1B4B6';
/** Excel's width, in "0" characters, of a column nobody sized. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * A plan value as a cell value. Strings are always text: exceljs writes a string as a string whatever
 * it starts with ("=", "+", "-", "@"), and this module never builds a `{ formula }` value from plan text.
 */
function cellValue(value: PlanValue): string | number {
  return typeof value === 'number' ? value : xmlSafe(value);
}

/** "'Summary – Recommendations'" as a formula or chart reference writes the sheet. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Lays the plan out on an empty worksheet and returns the charts to add once the file is written. */
export function layOutSummarySheet(sheet: ExcelJS.Worksheet, plan: SummarySheetPlan): ChartSpec[] {
  const widths = plan.columnWidths;
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  const widthOf = (column: number) => widths[column] ?? DEFAULT_COLUMN_WIDTH;
  const rowHeights = new Map<number, number>();
  const needHeight = (row: number, points: number) => rowHeights.set(row, Math.max(rowHeights.get(row) ?? 0, points));

  for (const { row, points } of plan.rowHeights) needHeight(row + 1, points);
  for (const text of plan.texts) writeText(sheet, text, widthOf, needHeight);
  for (const table of plan.tables) writeTable(sheet, table, plan, widthOf, needHeight);
  for (const [row, points] of rowHeights) if (points > 15) sheet.getRow(row).height = points;
  textFormatWhereFormulaLike(sheet);
  for (const row of keepTogetherBreaks(plan, (r) => sheet.getRow(r).height)) sheet.getRow(row).addPageBreak();

  sheet.views = [{ showGridLines: false }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: plan.print.fitToPagesWide,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { ...MARGINS },
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddHeader: `&C${headerFooterText(plan.print.header)}`,
  };
  return plan.charts.flatMap((chart) => {
    const table = plan.tables.find((t) => t.name === chart.table);
    return table ? [chartSpec(chart, table, plan, sheet.name)] : [];
  });
}

/**
 * Text that Excel would turn into a formula once edited (F2, Enter) carries the Text format, as the
 * add-in writes it: "= 5 on track" stays text.
 */
function textFormatWhereFormulaLike(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && couldBeFormula(cell.value)) cell.numFmt = '@';
    });
  });
}

/** Header and footer text: "&" starts a code there, so a literal one is doubled. */
function headerFooterText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&&');
}

function writeText(
  sheet: ExcelJS.Worksheet,
  text: PlannedText,
  widthOf: (column: number) => number,
  needHeight: (row: number, points: number) => void,
): void {
  const style = SUMMARY_TEXT_STYLES[text.style];
  const row = text.row + 1;
  const cell = sheet.getCell(row, text.column + 1);
  cell.value = cellValue(text.text);
  cell.font = { name: 'Calibri', size: style.size, bold: style.bold, color: { argb: argb(style.colour) } };
  if (style.wrap) {
    // Wrapped in its own cell, never merged across (Excel's accessibility checker flags merged cells).
    cell.alignment = { wrapText: true, vertical: 'top' };
    needHeight(row, rowHeightFor(wrappedLines(text.text, widthOf(text.column), style.size), style.size));
  } else if (style.size > 11) {
    needHeight(row, rowHeightFor(1, style.size) + (text.style === 'title' ? 4 : 2));
  }
  if (text.style === 'heading') {
    // A rule under the heading, across the page's columns.
    for (let column = text.column; column < text.column + Math.max(1, text.span); column++) {
      sheet.getCell(row, column + 1).border = { bottom: { style: 'medium', color: { argb: argb('#1D70B8') } } };
    }
  }
}

/** Table column names must be unique (case aside) and on one line; exceljs writes them as the header cells. */
function tableColumnNames(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((raw, index) => {
    const base = cellValue(raw).toString().replace(/\s+/g, ' ').trim() || `Column ${index + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function writeTable(
  sheet: ExcelJS.Worksheet,
  table: PlannedTable,
  plan: SummarySheetPlan,
  widthOf: (column: number) => number,
  needHeight: (row: number, points: number) => void,
): void {
  const headerRow = table.row + 1;
  const names = tableColumnNames(table.header);
  const rows = table.rows.map((row) => names.map((_, index) => cellValue(row[index] ?? '')));
  sheet.addTable({
    name: table.name,
    ref: cellAddress(table.column, headerRow),
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight1', showRowStripes: false },
    columns: names.map((name) => ({ name, filterButton: false })),
    rows,
  });

  const thin = { style: 'thin' as const, color: { argb: argb(RULE_COLOUR) } };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const paint = (cell: ExcelJS.Cell, rating: Rating | undefined) => {
    if (rating === undefined) return;
    const colours = plan.palette[rating];
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colours.fill) }, bgColor: { argb: argb(colours.fill) } };
    cell.font = { ...cell.font, bold: true, color: { argb: argb(colours.font) } };
  };

  let headerLines = 1;
  names.forEach((name, index) => {
    const column = table.column + index;
    const cell = sheet.getCell(headerRow, column + 1);
    cell.font = { name: 'Calibri', size: 11, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_FILL) }, bgColor: { argb: argb(HEADER_FILL) } };
    cell.alignment = { wrapText: true, vertical: 'bottom', horizontal: index === 0 ? 'left' : 'center' };
    // A heading's rule above the table is its top edge.
    const ruled = headerRow > 1 && sheet.getCell(headerRow - 1, column + 1).border?.bottom !== undefined;
    cell.border = ruled ? { left: thin, bottom: thin, right: thin } : border;
    paint(cell, table.columnRatings?.[index]);
    headerLines = Math.max(headerLines, wrappedLines(name, widthOf(column)));
  });
  needHeight(headerRow, rowHeightFor(headerLines));

  const percent = new Set(table.percentColumns ?? []);
  rows.forEach((values, r) => {
    const row = headerRow + 1 + r;
    let lines = 1;
    values.forEach((value, index) => {
      const column = table.column + index;
      const cell = sheet.getCell(row, column + 1);
      cell.font = { name: 'Calibri', size: 11 };
      cell.border = border;
      if (typeof value === 'number') {
        cell.alignment = { vertical: 'top', horizontal: 'center' };
        if (percent.has(index)) cell.numFmt = '0%';
      } else {
        cell.alignment = { vertical: 'top', wrapText: true };
        lines = Math.max(lines, wrappedLines(value, widthOf(column)));
      }
    });
    paint(sheet.getCell(row, table.column + (table.ratingColumn ?? 0) + 1), table.rowRatings?.[r]);
    needHeight(row, rowHeightFor(lines));
  });
}

/** The chart over a table: categories from its first column, one series per planned column, absolute references. */
function chartSpec(chart: SummarySheetPlan['charts'][number] & { kind: ChartSpec['kind'] }, table: PlannedTable, plan: SummarySheetPlan, sheetName: string): ChartSpec {
  const sheetRef = quoteSheetName(sheetName);
  const top = table.row + 2;
  const bottom = table.row + 1 + table.rows.length;
  const columnRange = (index: number) => {
    const letter = columnLetter(table.column + index);
    return `${sheetRef}!$${letter}$${top}:$${letter}$${bottom}`;
  };
  const names = tableColumnNames(table.header);
  const numbers = (index: number) => table.rows.map((row) => (typeof row[index] === 'number' ? row[index] : 0));
  const mark = (rating: Rating) => plan.chartMarks[rating];
  return {
    kind: chart.kind,
    title: chart.title,
    description: chart.description,
    anchor: { fromCol: chart.anchor.left, fromRow: chart.anchor.top, toCol: chart.anchor.right, toRow: chart.anchor.bottom },
    categories: columnRange(0),
    categoryNames: table.rows.map((row) => String(cellValue(row[0] ?? ''))),
    series: chart.series.map((series) => ({
      name: names[series.column] ?? chart.title,
      values: columnRange(series.column),
      cachedValues: numbers(series.column),
      ...(series.rating !== undefined && {
        colour: mark(series.rating).fill,
        outline: mark(series.rating).outline,
        labelColour: mark(series.rating).label,
      }),
      ...(chart.kind === 'doughnut' &&
        chart.pointRatings && {
          pointColours: chart.pointRatings.map((r) => mark(r).fill),
          pointOutlines: chart.pointRatings.map((r) => mark(r).outline),
          pointLabelColours: chart.pointRatings.map((r) => mark(r).label),
          ...(chart.pointTexts && { pointLabelTexts: chart.pointTexts }),
        }),
    })),
    showValues: true,
    ...(chart.labels === 'count-and-percent' && { showPercent: true }),
    pointLabels: chart.pointLabels,
    legend: chart.legend,
    ...(chart.valueAxis && { valueAxis: chart.valueAxis }),
  };
}
