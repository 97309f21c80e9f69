import { cellText, EMPTY_CELL, isBlank, type Cell } from '../grid/cell.js';
import { cellOrMergedAbove, mergedAreaAt, ownColours } from '../grid/merges.js';
import { cellAt, columnCount, lastRow, type SheetGrid } from '../grid/sheet-grid.js';
import { categoryOfColour } from '../vocabulary/colour-rating.js';
import type { Finding } from '../issues/issue-codes.js';
import { rememberingWordingKey, wordingKey } from '../vocabulary/normalise.js';
import { leadingItemNumber, normaliseId } from './item-number.js';
import type { TrackerLayout } from './tracker-layout.js';
import type { TrackerRecord } from './tracker-record.js';

export interface ReadRecords {
  records: TrackerRecord[];
  /** Rows that are not records: blank, repeated headers, continuations. */
  findings: Finding[];
}

/**
 * Reads the rows under the header into records. Pasted slides repeat the header (sometimes
 * misspelt) and split a long item over two rows; those rows are reported, not counted. Section
 * headings (their text becomes the area of the items under them), totals rows, notes under the
 * table and the rows in `notItems` (a key inside the table) are passed over silently.
 */
export function readRecords(grid: SheetGrid, layout: TrackerLayout, notItems: ReadonlySet<number> = new Set()): ReadRecords {
  const records: TrackerRecord[] = [];
  const findings: Finding[] = [];
  const blankRows: number[] = [];
  const header = headerCells(grid, layout.headerRow);
  const keyOf = rememberingWordingKey(REMEMBERED_CELL_TEXTS);
  const { item, id, lead, progress, area, due } = layout.columns;
  const { revisedDue } = layout;
  // A theme or recommendation merged down over its actions belongs to each of them.
  const cell = (row: number, column: number | undefined): Cell => (column === undefined ? EMPTY_CELL : cellOrMergedAbove(grid, row, column));
  const text = (row: number, column: number | undefined): string => cellText(cell(row, column));
  const sheet = layout.sheet;
  let previous: TrackerRecord | undefined;
  let sectionArea = '';

  for (let row = layout.headerRow + 1; row <= lastRow(grid); row++) {
    if (notItems.has(row)) {
      previous = undefined;
      continue;
    }
    if (isBlankRow(grid, row)) {
      blankRows.push(row);
      previous = undefined;
      continue;
    }
    // A blank row only matters when the tracker goes on below it.
    for (const blank of blankRows.splice(0)) findings.push({ code: 'blank-row', sheet, row: blank, params: {} });

    if (repeatsHeader(grid, row, header, keyOf) || layout.headerRivals?.includes(row)) {
      findings.push({ code: 'repeated-header', sheet, row, params: {} });
      previous = undefined;
      continue;
    }
    if (TOTALS_LABEL.test(firstText(grid, row))) continue; // a totals row, or a table's total line

    const ratingTexts = layout.ratedColumns.map((column) => text(row, column));
    const leadText = text(row, lead);
    const rated = ratingTexts.some((t) => t !== '') || layout.ratedColumns.some((column) => hasColour(grid, row, column));
    const dated = text(row, due) !== '' || text(row, revisedDue) !== '';
    // A section heading ("Priority 1: Identification of need") or a note under the table: a line or
    // two of text with no lead, rating or date, named as a heading, merged across, or after a gap.
    const own = leadText === '' && !rated && !dated ? ownTexts(grid, row, 3) : [];
    if (own.length > 0 && own.length <= 2 && (HEADING_WORDS.test(own[0] ?? '') || isMergedAcross(grid, row) || previous === undefined)) {
      sectionArea = own.join(' ');
      previous = undefined;
      continue;
    }

    const itemText = text(row, item);
    const idText = id === undefined ? leadingItemNumber(itemText) : normaliseId(text(row, id)) || undefined;
    if (previous && idText === undefined && leadText === '' && !rated) {
      previous.item = joinText(previous.item, itemText);
      previous.progress = joinText(previous.progress, text(row, progress));
      previous.rows.push(row);
      const params = previous.id === undefined ? { recordRow: previous.row } : { recordRow: previous.row, id: previous.id };
      findings.push({ code: 'continuation-row', sheet, row, params });
      continue;
    }

    const record: TrackerRecord = {
      row,
      item: itemText,
      lead: leadText,
      progress: text(row, progress),
      area: text(row, area) || sectionArea,
      ratingTexts,
      dueCell: cell(row, due),
      rows: [row],
    };
    if (revisedDue !== undefined) record.revisedDueCell = cell(row, revisedDue);
    if (idText !== undefined) record.id = idText;
    records.push(record);
    previous = record;
  }
  return { records, findings };
}

/** Words that open a section heading inside a tracker. */
const HEADING_WORDS = /^(?:priority|theme|section|area|objective|outcome|work\s?stream|strand|domain|part|stage|phase|aim|key line of enquiry|kloe|recommendation area)\b/i;
const TOTALS_LABEL = /^(?:grand\s+)?totals?\b/i;

/** The texts of a row's own cells, left to right (a merge's text only in its first cell), at most `limit`. */
function ownTexts(grid: SheetGrid, row: number, limit: number): string[] {
  const texts: string[] = [];
  for (const c of grid.cells[row - 1 - grid.top] ?? []) {
    const t = cellText(c);
    if (t !== '') texts.push(t);
    if (texts.length === limit) break;
  }
  return texts;
}

function firstText(grid: SheetGrid, row: number): string {
  return ownTexts(grid, row, 1)[0] ?? '';
}

function isBlankRow(grid: SheetGrid, row: number): boolean {
  const cells = grid.cells[row - 1 - grid.top];
  return cells === undefined || cells.every((cell) => isBlank(cell));
}

function isMergedAcross(grid: SheetGrid, row: number): boolean {
  const cells = grid.cells[row - 1 - grid.top] ?? [];
  const first = cells.findIndex((c) => !isBlank(c));
  const area = first < 0 ? undefined : mergedAreaAt(grid, row, grid.left + first);
  return area !== undefined && area.right > area.left;
}

/** A fill that rates: a status shown only by colour still makes the row an item. */
function hasColour(grid: SheetGrid, row: number, column: number): boolean {
  return categoryOfColour(ownColours(grid, row, column)?.fill) !== undefined;
}

interface HeaderCell {
  column: number;
  key: string;
  length: number;
}

function headerCells(grid: SheetGrid, headerRow: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  const width = columnCount(grid);
  for (let c = 0; c < width; c++) {
    const text = cellText(cellAt(grid, headerRow, grid.left + c));
    if (text !== '') cells.push({ column: grid.left + c, key: wordingKey(text), length: text.length });
  }
  return cells;
}

/** Short cells (leads, statuses, dates) repeat down a tracker; their keys are worked out once. */
const REMEMBERED_CELL_TEXTS = 65_536;

/** Most of the header's cells, word for word: one misspelt cell ("Lead I") still repeats it. */
function repeatsHeader(grid: SheetGrid, row: number, header: HeaderCell[], keyOf: (text: string) => string): boolean {
  let same = 0;
  for (const { column, key, length } of header) {
    const text = cellText(cellAt(grid, row, column));
    // Long texts are content; skipping them keeps this cheap on large trackers.
    if (text.length <= length * 2 + 8 && keyOf(text) === key) same += 1;
  }
  return same >= 2 && same * 2 >= header.length;
}

function joinText(first: string, more: string): string {
  if (more === '') return first;
  return first === '' ? more : `${first} ${more}`;
}
