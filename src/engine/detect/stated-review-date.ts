import { cellAddress } from '../grid/a1.js';
import { cellText, type Cell } from '../grid/cell.js';
import { cellAt, columnCount, firstRow, lastRow, type SheetGrid } from '../grid/sheet-grid.js';
import type { IsoDate } from '../dates/calendar.js';
import { periodEnd } from '../dates/period.js';
import { readDate } from '../dates/read-date.js';
import { formatLongDate } from '../text/format-date.js';

/** A review date the workbook states, and where: "Position as at 30 September 2025" in A2. */
export interface StatedReviewDate {
  date: IsoDate;
  sheet: string;
  /** The cell holding the statement (the label's cell where the date sits beside it). */
  cell: string;
  /** The words as written. */
  text: string;
}

/**
 * Words that tie a date to the document's position: "as at", "position at", "last updated",
 * "progress update:", "correct as of", "reporting period ending". A date in a title without them
 * ("Ofsted inspection March 2024 – improvement plan") is about something else and is not taken.
 */
const POSITION_WORDS =
  /\b(?:as\s+(?:at|of)|position(?:\s+statement)?(?:\s+(?:as\s+)?(?:at|of))?|(?:last|log|tracker|plan|sheet)\s+updated?|updated(?:\s+(?:on|at))?|(?:progress\s+)?update(?:\s+(?:at|as\s+at|to))?\s*[:–—-]|progress\s+(?:update|report)|correct\s+(?:as\s+)?(?:at|of)|reporting\s+(?:period|date)|period\s+end(?:ing|ed)?|status\s+(?:at|as\s+at))\b/i;

/** "Next update due", "next review": a date still to come, not the position. */
const FUTURE_WORDS = /\b(?:next|due|deadline|review\s+by)\b/i;

/** A day, month, quarter or term: a plan's lifetime ("Delivery Plan 2025/26") names no review date. */
const PRECISE_PERIOD =
  /\b(?:q[1-4]|quarter\s*[1-4]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|term)\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}/i;

/** How far to the right of a label ("Position as at:") its date may sit. */
const LABEL_REACH = 3;

/**
 * The first review date stated in the given rows of a sheet, reading row by row, left to right:
 * a cell whose words state the position and name a date, or such a label with the date in a cell
 * beside it (an Excel date or text).
 */
export function statedReviewDate(grid: SheetGrid, fromRow: number, toRow: number): StatedReviewDate | undefined {
  const width = columnCount(grid);
  const last = Math.min(toRow, lastRow(grid));
  for (let row = Math.max(fromRow, firstRow(grid)); row <= last; row++) {
    for (let c = 0; c < width; c++) {
      const column = grid.left + c;
      const text = cellText(cellAt(grid, row, column));
      const words = POSITION_WORDS.exec(text);
      if (words === null || FUTURE_WORDS.test(text.slice(0, words.index + words[0].length))) continue;
      const place = { sheet: grid.name, cell: cellAddress(column, row), text };
      const inline = periodEnd(text.slice(words.index + words[0].length));
      if (inline !== undefined) return { date: inline, ...place };
      for (let step = 1; step <= LABEL_REACH; step++) {
        const beside = dateOf(cellAt(grid, row, column + step));
        if (beside !== undefined) return { date: beside, ...place, text: labelWithDate(text, beside) };
      }
    }
  }
  return undefined;
}

/** A date beside a label: an Excel date (a serial number where the host gives one), or a date in text. */
/** Every date named in text in the given rows (titles above a tracker): what a review date could be. */
export function datesNamed(grid: SheetGrid, fromRow: number, toRow: number): StatedReviewDate[] {
  const found: StatedReviewDate[] = [];
  const width = columnCount(grid);
  for (let row = Math.max(fromRow, firstRow(grid)); row <= Math.min(toRow, lastRow(grid)); row++) {
    for (let c = 0; c < width; c++) {
      const text = cellText(cellAt(grid, row, grid.left + c));
      const words = POSITION_WORDS.exec(text);
      // A statement's date is the one after its words; another title's, the first it names.
      const named = words === null ? text : text.slice(words.index + words[0].length);
      const date = text === '' || FUTURE_WORDS.test(text) || !PRECISE_PERIOD.test(named) ? undefined : periodEnd(named);
      if (date !== undefined) found.push({ date, sheet: grid.name, cell: cellAddress(grid.left + c, row), text });
    }
  }
  return found;
}

function dateOf(cell: Cell): IsoDate | undefined {
  if (cell.kind === 'text') return periodEnd(cell.value);
  const reading = cell.kind === 'date' || cell.kind === 'number' ? readDate(cell) : undefined;
  return reading?.kind === 'date' ? reading.date : undefined;
}

/** The label and its date as an officer reads them: "Position as at: 9 January 2026". */
function labelWithDate(label: string, date: IsoDate): string {
  return `${label} ${formatLongDate(date)}`;
}
