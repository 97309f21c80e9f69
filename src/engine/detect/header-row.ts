import { cellAt, columnCount, firstRow, lastRow, type SheetGrid } from '../grid/sheet-grid.js';
import type { ColumnRole } from '../profile/column-role.js';
import type { HeaderWords } from './header-words.js';

/** Header rows sit under at most a few title rows; looking further only finds content. */
export const HEADER_SEARCH_ROWS = 30;

export interface RoleCell {
  column: number;
  role: ColumnRole;
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
    if (role) found.push({ column, role });
  }
  return found;
}

/** The row that best reads as a tracker's header: the most distinct roles, the earliest on a tie. */
export function findHeaderRow(grid: SheetGrid, words: HeaderWords): { row: number; cells: RoleCell[] } | undefined {
  let best: { row: number; cells: RoleCell[]; score: number } | undefined;
  const end = Math.min(lastRow(grid), firstRow(grid) + HEADER_SEARCH_ROWS - 1);
  const width = columnCount(grid);
  for (let row = firstRow(grid); row <= end; row++) {
    const cells = rolesInRow(grid, row, words, width);
    const roles = new Set(cells.map((c) => c.role));
    const isTracker = (roles.has('status') && roles.size >= 2) || (roles.has('item') && (roles.has('lead') || roles.has('progress') || roles.has('due')));
    if (!isTracker) continue;
    if (!best || roles.size > best.score) best = { row, cells, score: roles.size };
  }
  return best && { row: best.row, cells: best.cells };
}

/** A list of leads: a Lead/Owner header with no item or rating beside it. */
export function findRegisterHeader(grid: SheetGrid, words: HeaderWords): { row: number; column: number } | undefined {
  const end = Math.min(lastRow(grid), firstRow(grid) + HEADER_SEARCH_ROWS - 1);
  const width = columnCount(grid);
  let first: { row: number; column: number } | undefined;
  for (let row = firstRow(grid); row <= end; row++) {
    const cells = rolesInRow(grid, row, words, width);
    const lead = cells.find((c) => c.role === 'lead');
    if (!lead || cells.some((c) => c.role === 'item' || c.role === 'status')) continue;
    // A title such as "Lead officers and teams" may sit above the real "Lead" header.
    const text = cellAt(grid, row, lead.column);
    if (text.kind === 'text' && words.isExactly(text.value, 'lead')) return { row, column: lead.column };
    first ??= { row, column: lead.column };
  }
  return first;
}
