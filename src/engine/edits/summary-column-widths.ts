import type { PlannedTable } from './summary-plan-types.js';

/**
 * The summary's column widths, in Excel's units (the width of a "0" in 11-point Calibri), from what
 * the tables hold: every heading on at most two lines, a number's column no wider than it needs, and
 * long text (an action, a progress update) wrapped within a limit, so no column is three times its
 * neighbours' width to hold "17" and the page still prints one page wide at a size a board can read.
 */
export const WIDTH_LIMITS = { min: 7, narrowText: 22, wideText: 42, max: 42 };
/** A column the tables leave empty (under a chart): Excel's own width. */
export const DEFAULT_WIDTH = 8.43;

/** Characters of bold 11-point text a column `width` wide holds on a line (bold runs wider than the "0" unit). */
export function lineCapacity(width: number): number {
  return Math.max(1, Math.floor(width) - 1);
}

/** Lines `text` wraps to at word breaks, `capacity` characters a line. */
export function linesAt(text: string, capacity: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used === 0) used = word.length;
    else if (used + 1 + word.length <= capacity) used += 1 + word.length;
    else {
      lines += 1;
      used = word.length;
    }
    while (used > capacity) {
      lines += 1;
      used -= capacity;
    }
  }
  return lines;
}

/** The narrowest width at which a heading takes at most two lines. */
export function headingWidth(heading: string): number {
  for (let width = WIDTH_LIMITS.min; width < WIDTH_LIMITS.max; width++) if (linesAt(heading, lineCapacity(width)) <= 2) return width;
  return WIDTH_LIMITS.max;
}

function bodyWidth(table: PlannedTable, index: number): number {
  const values = table.rows.map((row) => row[index] ?? '');
  const longest = Math.max(0, ...values.map((value) => String(value).length));
  if (values.every((value) => typeof value === 'number')) return longest + 3;
  // Prose (an action, an update) gets the wide limit; names and statuses wrap within the narrow one.
  const prose = table.wrapColumns?.includes(index) === true && longest > 2 * WIDTH_LIMITS.wideText;
  const limit = prose ? WIDTH_LIMITS.wideText : WIDTH_LIMITS.narrowText;
  return Math.min(longest + 2, limit);
}

/** The width of each of the sheet's first `count` columns: the widest any table needs there, within the limits. */
export function summaryColumnWidths(tables: readonly PlannedTable[], count: number): number[] {
  const widths: number[] = Array.from({ length: count }, () => 0);
  for (const table of tables) {
    table.header.forEach((heading, index) => {
      const column = table.column + index;
      if (column >= count) return;
      const need = Math.max(headingWidth(heading), bodyWidth(table, index));
      widths[column] = Math.max(widths[column] ?? 0, need);
    });
  }
  return widths.map((width) => (width === 0 ? DEFAULT_WIDTH : Math.min(WIDTH_LIMITS.max, Math.max(WIDTH_LIMITS.min, width))));
}

/** Points an average character of 12-point Calibri takes, with room for the printer's own measure. */
const PARAGRAPH_CHARACTER_POINTS = 6;

/**
 * The paragraph broken at word breaks into lines that fit across the page's columns, a row each: a
 * paragraph wrapped in one cell would need the cells across merged, which Excel's accessibility checker
 * flags and a screen reader reads badly.
 */
export function paragraphLines(text: string, widths: readonly number[]): string[] {
  const pagePoints = widths.reduce((sum, width) => sum + ((Math.round(width * 7) + 5) * 3) / 4, 0);
  const capacity = Math.max(20, Math.floor(pagePoints / PARAGRAPH_CHARACTER_POINTS));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > capacity) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
