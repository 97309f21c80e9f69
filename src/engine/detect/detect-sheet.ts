import { cellText } from '../grid/cell.js';
import { cellAt, lastRow, type SheetGrid } from '../grid/sheet-grid.js';
import type { Profile } from '../profile/profile-schema.js';
import type { TrackerLayout } from '../tracker/tracker-layout.js';
import { findHeaderRow, findRegisterHeader, rolesInRow, type HeaderFound } from './header-row.js';
import { layoutFromHeader } from './choose-columns.js';
import { headerWords } from './header-words.js';

export interface LeadRegister {
  sheet: string;
  /** The column letter-free index; hosts render it as a letter. */
  column: number;
  headerRow: number;
  names: string[];
}

/** Why a sheet with what looks like a header is still no tracker: it is a pivot table (its parts say so) or laid out as one (a table of counts). */
export type PassedOverReason = 'pivot-table' | 'count-table';

export type SheetDetection =
  | { kind: 'tracker'; layout: TrackerLayout }
  | { kind: 'register'; register: LeadRegister }
  | { kind: 'none'; reason?: PassedOverReason };

/**
 * What a sheet holds: a tracker, a register of leads, or neither (notes, a cover sheet, a pivot
 * table). With `headerRow`, the officer's answer, the header is that row.
 */
export function detectSheet(grid: SheetGrid, profile: Profile, headerRow?: number): SheetDetection {
  const words = headerWords(profile);
  const header = headerRow === undefined ? findHeaderRow(grid, words) : answeredHeader(grid, words, headerRow);
  let notTracker = header && pivotReason(grid, header.row);
  if (header && notTracker === undefined) {
    const layout = layoutFromHeader(grid, header);
    if (headerRow !== undefined) layout.headerAnswered = true;
    return { kind: 'tracker', layout };
  }
  const register = findRegisterHeader(grid, words);
  // The row labels of a pivot table (leads, say) are no register of leads either.
  notTracker ??= register && pivotReason(grid, register.row);
  if (register && notTracker === undefined) {
    const names: string[] = [];
    for (let row = register.row + 1; row <= lastRow(grid); row++) {
      const name = cellText(cellAt(grid, row, register.column));
      if (name !== '') names.push(name);
    }
    // A register is a list of names, not lines of prose under a heading that mentions an owner.
    if (names.length > 0 && names.filter(isNameLike).length * 2 > names.length) {
      return { kind: 'register', register: { sheet: grid.name, column: register.column, headerRow: register.row, names } };
    }
  }
  const reason = notTracker ?? ((grid.pivotTables?.length ?? 0) > 0 ? 'pivot-table' : undefined);
  return reason === undefined ? { kind: 'none' } : { kind: 'none', reason };
}

/**
 * The header row the officer named. Where it was one of rows that read equally well as a header,
 * the others stay rivals: below it they are a header repeated, not items.
 */
function answeredHeader(grid: SheetGrid, words: ReturnType<typeof headerWords>, row: number): HeaderFound {
  const found = findHeaderRow(grid, words);
  const tied = found ? [found.row, ...(found.rivals ?? [])] : [];
  const rivals = tied.includes(row) ? tied.filter((r) => r !== row) : [];
  return { row, cells: rolesInRow(grid, row, words), ...(rivals.length > 0 && { rivals }) };
}

/** Why the table whose header is `headerRow` is a pivot table, if it is one. */
function pivotReason(grid: SheetGrid, headerRow: number): PassedOverReason | undefined {
  if ((grid.pivotTables ?? []).some((area) => area.top <= headerRow && headerRow <= area.bottom)) return 'pivot-table';
  return isCountTable(grid, headerRow) ? 'count-table' : undefined;
}

/**
 * A pivot-style count: figures about a tracker, not one. Excel's and LibreOffice's labels ("Count
 * of Ref", "Count - Ref", "Grand Total", "Total Result", "Row Labels"), or the shape of a cross-tab
 * (below the header, rows of a label and numbers only).
 */
function isCountTable(grid: SheetGrid, headerRow: number): boolean {
  const header = grid.cells[headerRow - 1 - grid.top] ?? [];
  if (header.some((cell) => /^(?:(?:count|sum|number|total|no\.?)\s+of\b|(?:count|sum)\s+-\s|row labels$|column labels$)/i.test(cellText(cell).trim()))) return true;
  for (let row = headerRow + 1; row <= lastRow(grid); row++) {
    if (/^(?:grand\s+total|total\s+result)\b/i.test(cellText(grid.cells[row - 1 - grid.top]?.[0]).trim())) return true;
  }
  return isCrossTab(grid, headerRow);
}

/** At least two rows under the header, each a label then numbers (at least one) and nothing else, across at least two columns. */
function isCrossTab(grid: SheetGrid, headerRow: number): boolean {
  let rows = 0;
  const numbered = new Set<number>();
  for (let row = headerRow + 1; row <= lastRow(grid); row++) {
    const cells = grid.cells[row - 1 - grid.top] ?? [];
    const first = cells.findIndex((cell) => cell.kind !== 'empty');
    if (first < 0) continue;
    const rest = cells.slice(first + 1);
    if (rest.some((cell) => cell.kind !== 'empty' && cell.kind !== 'number')) return false;
    if (!rest.some((cell) => cell.kind === 'number')) return false;
    rest.forEach((cell, index) => cell.kind === 'number' && numbered.add(index));
    rows += 1;
  }
  return rows >= 2 && numbered.size >= 2;
}

function isNameLike(text: string): boolean {
  return text.length <= 60 && text.split(/\s+/).length <= 8 && !/[;:.]$|[;:]\s/.test(text);
}
