import { cellText } from '../grid/cell.js';
import { mergedAreaAt, cellOrMergedLeft } from '../grid/merges.js';
import { cellAt, columnCount, firstRow, lastRow, type SheetGrid } from '../grid/sheet-grid.js';
import type { ColumnRole } from '../profile/column-role.js';
import type { HeaderWords } from './header-words.js';

/** Header rows sit under at most a few title rows; looking further only finds content. */
export const HEADER_SEARCH_ROWS = 30;

export interface RoleCell {
  column: number;
  role: ColumnRole;
  /** The column's whole heading: a group row's text and the name under it ("Dates Revised"). */
  heading: string;
}

/**
 * The columns of one row whose text names a role, left to right. `width` is the grid's
 * columnCount, which callers looking at many rows work out once: it reads every row.
 */
export function rolesInRow(grid: SheetGrid, row: number, words: HeaderWords, width = columnCount(grid)): RoleCell[] {
  const found: RoleCell[] = [];
  for (let c = 0; c < width; c++) {
    const column = grid.left + c;
    const cell = cellAt(grid, row, column);
    if (cell.kind !== 'text') continue;
    const role = words.roleOf(cell.value);
    if (role) found.push({ column, role, heading: cell.value.trim() });
  }
  return found;
}

/**
 * The columns of a two-row header, the group row above the names ("Progress" over "RAG |
 * Update"): each column is named by its own cell, else by the group above with it ("Dates" over
 * "Revised"), else by the group alone where the name row is empty (left labels in the top row).
 * A group merged across columns names the first column alone when it is a status: a merged
 * "Status" over two cells is one status column, not two.
 */
export function rolesInTwoRows(grid: SheetGrid, row: number, words: HeaderWords, width = columnCount(grid)): RoleCell[] {
  const found: RoleCell[] = [];
  for (let c = 0; c < width; c++) {
    const column = grid.left + c;
    const top = cellText(cellOrMergedLeft(grid, row - 1, column));
    const bottom = cellText(cellAt(grid, row, column));
    const merge = mergedAreaAt(grid, row - 1, column);
    const followsInMerge = merge !== undefined && merge.left !== column && merge.top === row - 1;
    let role = bottom === '' ? undefined : words.roleOf(bottom);
    let heading = top === '' || top === bottom ? bottom : `${top} ${bottom}`;
    if (!role && top !== '') {
      role = words.roleOf(bottom === '' ? top : heading);
      if (bottom === '') heading = top;
      if (role === 'status' && followsInMerge) role = undefined;
      if (bottom === '' && followsInMerge) role = undefined;
    }
    if (role) found.push({ column, role, heading });
  }
  return found;
}

export interface HeaderFound {
  /** The row of the column names: the last header row. */
  row: number;
  /** The group row above it, when the header has two rows. */
  top?: number;
  cells: RoleCell[];
  /** Other rows that read as well as a header (a header row repeated, reworded, inside the data). */
  rivals?: number[];
}

/**
 * The row (or pair of rows) that best reads as a tracker's header: the most distinct roles, the
 * earliest on a tie; two rows only when the group row adds roles the names alone lack.
 */
export function findHeaderRow(grid: SheetGrid, words: HeaderWords): HeaderFound | undefined {
  let best: (HeaderFound & { score: number }) | undefined;
  const scored: { row: number; score: number }[] = [];
  const end = Math.min(lastRow(grid), firstRow(grid) + HEADER_SEARCH_ROWS - 1);
  const width = columnCount(grid);
  let above: RoleCell[] = [];
  for (let row = firstRow(grid); row <= end; row++) {
    const single = rolesInRow(grid, row, words, width);
    const candidates: HeaderFound[] = [{ row, cells: single }];
    if (row > firstRow(grid)) {
      const pair = rolesInTwoRows(grid, row, words, width);
      if (distinctRoles(pair) > Math.max(distinctRoles(single), distinctRoles(above))) candidates.unshift({ row, top: row - 1, cells: pair });
    }
    above = single;
    for (const candidate of candidates) {
      const roles = new Set(candidate.cells.map((c) => c.role));
      const isTracker = (roles.has('status') && roles.size >= 2) || (roles.has('item') && (roles.has('lead') || roles.has('progress') || roles.has('due')));
      if (!isTracker) continue;
      scored.push({ row: candidate.row, score: roles.size });
      if (!best || roles.size > best.score) best = { ...candidate, score: roles.size };
    }
  }
  if (!best) return undefined;
  const { row, top, score } = best;
  const rivals = [...new Set(scored.filter((s) => s.score === score && Math.abs(s.row - row) > 1).map((s) => s.row))];
  return { row, ...(top !== undefined && { top }), cells: best.cells, ...(rivals.length > 0 && { rivals }) };
}

function distinctRoles(cells: readonly RoleCell[]): number {
  return new Set(cells.map((c) => c.role)).size;
}

/** A list of leads: a Lead/Owner header with no item or rating beside it. */
export function findRegisterHeader(grid: SheetGrid, words: HeaderWords): { row: number; column: number } | undefined {
  const end = Math.min(lastRow(grid), firstRow(grid) + HEADER_SEARCH_ROWS - 1);
  const width = columnCount(grid);
  let first: { row: number; column: number } | undefined;
  for (let row = firstRow(grid); row <= end; row++) {
    const cells = rolesInRow(grid, row, words, width);
    // A label with its value ("Document owner: Director of Education") is a cover's line, not a heading.
    const lead = cells.find((c) => c.role === 'lead' && !/:\s*\S/.test(c.heading));
    if (!lead || cells.some((c) => c.role === 'item' || c.role === 'status')) continue;
    // A title such as "Lead officers and teams" may sit above the real "Lead" header.
    const text = cellAt(grid, row, lead.column);
    if (text.kind === 'text' && words.isExactly(text.value, 'lead')) return { row, column: lead.column };
    first ??= { row, column: lead.column };
  }
  return first;
}
