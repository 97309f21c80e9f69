import { cellText } from '../grid/cell.js';
import { cellAt, columnCount, coloursAt, lastRow, type MergedArea, type SheetGrid } from '../grid/sheet-grid.js';
import type { BragCategory } from '../profile/brag.js';
import type { TrackerLayout } from '../tracker/tracker-layout.js';
import { categoryOfColour, categoryOfEmoji, isSymbolOnly } from '../vocabulary/colour-rating.js';
import type { StatusVocabulary } from '../vocabulary/status-vocabulary.js';
import { parseKeyProse } from './key-prose.js';
import type { KeyEntry, StatusKey } from './status-key.js';

/** Sheets that hold a workbook's key on their own ("Key", "RAG key", "Guidance", "Read me"); never trackers. */
export const KEY_SHEET_NAME = /^\s*(?:(?:rag|brag|status|ratings?)\s+)?(?:key|legend|guidance|read\s*me|readme)(?:\s+(?:to\s+ratings?|and\s+guidance|&\s+guidance))?\s*$/i;

/** A key line is short; a cell longer than this is content (an item, an update). */
const MAX_KEY_TEXT = 120;
const MAX_MARK_TEXT = 24;

/**
 * A tracker's own key, read from its sheet (above the header, beside the table, or below it under
 * a "Key" title) and from any key sheet. Found from text alone, so the host can read the key's
 * colours afterwards (colourReadPlan); colours, when read, only add to the entries.
 */
export function findStatusKey(
  grid: SheetGrid,
  layout: TrackerLayout,
  keySheets: readonly SheetGrid[],
  vocabulary: StatusVocabulary,
): StatusKey | undefined {
  const rate = (text: string) => vocabulary.categoryOf(text);
  const widest = lastColumn(grid);
  const right = tableRight(grid, layout.headerRow, widest);
  const blocks: KeyBlock[] = [
    ...keyBlocks(grid, 1, layout.headerRow - 1, grid.left, widest, rate, false),
    ...keyBlocks(grid, layout.headerRow + 1, lastRow(grid), right + 1, widest, rate, false),
    ...keyBlocks(grid, layout.headerRow + 1, lastRow(grid), grid.left, right, rate, true),
  ];
  const inTable = new Set(
    blocks.filter((b) => b.area.top > layout.headerRow && b.area.left <= right).flatMap((b) => rowsOf(b.area)),
  );
  const sheetBlocks = keySheets
    .filter((sheet) => sheet.name !== grid.name)
    .flatMap((sheet) => keyBlocks(sheet, 1, lastRow(sheet), sheet.left, lastColumn(sheet), rate, false).map((b) => ({ ...b, sheet: sheet.name })));
  const own = blocks.map((b) => ({ ...b, sheet: grid.name }));
  const found = [...own, ...sheetBlocks];
  if (found.length === 0) return undefined;
  const first = found[0];
  return {
    sheet: first?.sheet ?? grid.name,
    areas: found.map((b) => ({ sheet: b.sheet, area: b.area })),
    entries: found.flatMap((b) => b.entries),
    rowsInTable: [...inTable].sort((a, b) => a - b),
  };
}

interface KeyBlock {
  area: MergedArea;
  entries: KeyEntry[];
}

type Rate = (text: string) => BragCategory | undefined;

interface RowCells {
  row: number;
  cells: { column: number; text: string }[];
}

/**
 * Runs of key lines in a rectangle. A run is a title ("Key", "RAG status key") or a column header
 * ("Rating | Meaning") followed by entry lines, or, where `needsTitle` is false, two or more
 * entries of different categories on their own. A prose line ("Blue = complete; Green = …") is a
 * key by itself.
 */
function keyBlocks(grid: SheetGrid, top: number, bottom: number, left: number, right: number, rate: Rate, needsTitle: boolean): KeyBlock[] {
  const blocks: KeyBlock[] = [];
  let run: { start: number; titled: boolean; entries: KeyEntry[]; end: number; left: number; right: number } | undefined;
  const close = () => {
    if (run && run.entries.length >= 2 && (run.titled || (!needsTitle && distinctCategories(run.entries) >= 2))) {
      blocks.push({ area: { top: run.start, left: Math.max(grid.left, run.left - 1), bottom: run.end, right: run.right }, entries: run.entries });
    }
    run = undefined;
  };
  for (let row = Math.max(top, grid.top + 1); row <= bottom; row++) {
    const line = rowCells(grid, row, left, right);
    if (line.cells.length === 0 || line.cells.length > 4) {
      close();
      continue;
    }
    const single = line.cells.length === 1 ? line.cells[0] : undefined;
    // Inside the table a key needs a title, so until one is seen only a title or a prose key can start it.
    const mayStart = !needsTitle || run !== undefined || /\bkey\b/i.test(single?.text ?? '') || isKeyTitle(line);
    if (!mayStart) continue;
    const prose = single && single.text.length <= 600 ? parseKeyProse(single.text, rate) : [];
    if (prose.length >= 2) {
      close();
      if (!needsTitle || /\bkey\b/i.test(single?.text ?? '')) {
        blocks.push({ area: { top: row, left: single?.column ?? left, bottom: row, right: single?.column ?? left }, entries: prose });
      }
      continue;
    }
    if (isKeyTitle(line)) {
      // A column header under a title ("Key", then "Rating | Meaning") goes on the title's run.
      const start = run?.titled && run.entries.length === 0 ? run.start : row;
      close();
      run = { start, titled: true, entries: [], end: row, left: line.cells[0]?.column ?? left, right: lastCell(line) };
      continue;
    }
    const entry = entryOfLine(grid, line, rate, run?.titled === true);
    if (!entry) {
      close();
      continue;
    }
    run ??= { start: row, titled: false, entries: [], end: row, left: line.cells[0]?.column ?? left, right: lastCell(line) };
    run.entries.push(...entry);
    run.end = row;
    run.left = Math.min(run.left, line.cells[0]?.column ?? left);
    run.right = Math.max(run.right, lastCell(line));
  }
  close();
  return blocks;
}

function rowCells(grid: SheetGrid, row: number, left: number, right: number): RowCells {
  const cells: RowCells['cells'] = [];
  for (let column = left; column <= right; column++) {
    const text = cellText(cellAt(grid, row, column));
    if (text !== '') cells.push({ column, text });
    if (cells.length > 4) break;
  }
  return { row, cells };
}

const TITLE_WORDS = /^(?:(?:rag|brag|status|rating|progress)\s+)*(?:key|legend|ratings?\s+key|key\s+to\s+ratings?)\s*:?$/i;
const HEADER_WORDS = /^(?:rating|rag|brag|status|meaning|definition|description|colour|color|key|score|symbol|code)s?$/i;

function isKeyTitle(line: RowCells): boolean {
  if (line.cells.length === 1) return TITLE_WORDS.test(line.cells[0]?.text ?? '');
  return line.cells.every((cell) => HEADER_WORDS.test(cell.text));
}

/**
 * An entry line: a mark (number, letter, symbol, short word) and a meaning the vocabulary rates
 * ("1 | Achieved", "Blue | Complete | …"), or, inside a titled key, a rated word beside a coloured
 * cell (a legend). The category is the meaning's, else the mark's own.
 */
function entryOfLine(grid: SheetGrid, line: RowCells, rate: Rate, titled: boolean): KeyEntry[] | undefined {
  const [mark, ...rest] = line.cells;
  if (!mark || line.cells.some((cell) => cell.text.length > MAX_KEY_TEXT)) return undefined;
  if (rest.length === 0) {
    // A legend: the words beside a coloured (empty) cell ("Completed – evidence provided"), or a lone rated word under a title.
    const category = rate(mark.text);
    if (!category || !titled) return undefined;
    const colour = legendColour(grid, line.row, mark.column - 1) ?? legendColour(grid, line.row, mark.column);
    return [{ written: mark.text, category, ...(colour !== undefined && { colour }) }];
  }
  if (mark.text.length > MAX_MARK_TEXT) return undefined;
  const meaning = rest.find((cell) => rate(cell.text) !== undefined)?.text;
  const category = (meaning === undefined ? undefined : rate(meaning)) ?? rate(mark.text) ?? categoryOfEmoji(mark.text);
  if (!category) return undefined;
  const colour = isSymbolOnly(mark.text) ? fontColour(grid, line.row, mark.column) : legendColour(grid, line.row, mark.column);
  return [{ written: mark.text, category, ...(meaning !== undefined && { meaning }), ...(colour !== undefined && { colour }) }];
}

/** A key cell's fill, where it is a BRAG colour. */
function legendColour(grid: SheetGrid, row: number, column: number): string | undefined {
  const fill = coloursAt(grid, row, column)?.fill;
  return categoryOfColour(fill) ? fill : undefined;
}

function fontColour(grid: SheetGrid, row: number, column: number): string | undefined {
  const font = coloursAt(grid, row, column)?.font;
  return categoryOfColour(font) ? font : undefined;
}

function distinctCategories(entries: readonly KeyEntry[]): number {
  return new Set(entries.map((e) => e.category)).size;
}

function lastCell(line: RowCells): number {
  return line.cells[line.cells.length - 1]?.column ?? 0;
}

/** The rightmost column whose header cell has text: the table's edge. */
function tableRight(grid: SheetGrid, headerRow: number, widest: number): number {
  let right = grid.left;
  for (let column = grid.left; column <= widest; column++) {
    if (cellText(cellAt(grid, headerRow, column)) !== '') right = column;
  }
  return right;
}

function lastColumn(grid: SheetGrid): number {
  return grid.left + columnCount(grid) - 1;
}

function rowsOf(area: MergedArea): number[] {
  const rows: number[] = [];
  for (let row = area.top; row <= area.bottom; row++) rows.push(row);
  return rows;
}
