import { cellText } from '../grid/cell.js';
import { cellAt, lastRow, type SheetGrid } from '../grid/sheet-grid.js';
import type { Profile } from '../profile/profile-schema.js';
import type { TrackerLayout } from '../tracker/tracker-layout.js';
import { findHeaderRow, findRegisterHeader, rolesInRow } from './header-row.js';
import { layoutFromHeader } from './choose-columns.js';
import { headerWords } from './header-words.js';

export interface LeadRegister {
  sheet: string;
  /** The column letter-free index; hosts render it as a letter. */
  column: number;
  headerRow: number;
  names: string[];
}

export type SheetDetection =
  | { kind: 'tracker'; layout: TrackerLayout }
  | { kind: 'register'; register: LeadRegister }
  | { kind: 'none' };

/**
 * What a sheet holds: a tracker, a register of leads, or neither (notes, a cover sheet). With
 * `headerRow`, the officer's answer, the header is that row.
 */
export function detectSheet(grid: SheetGrid, profile: Profile, headerRow?: number): SheetDetection {
  const words = headerWords(profile);
  const header = headerRow === undefined ? findHeaderRow(grid, words) : { row: headerRow, cells: rolesInRow(grid, headerRow, words) };
  if (header && !isCountTable(grid, header.row)) return { kind: 'tracker', layout: layoutFromHeader(grid, header) };
  const register = findRegisterHeader(grid, words);
  if (register) {
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
  return { kind: 'none' };
}

/** A pivot-style count ("Status | Count of Ref", "Grand Total"): figures about a tracker, not one. */
function isCountTable(grid: SheetGrid, headerRow: number): boolean {
  const header = grid.cells[headerRow - 1 - grid.top] ?? [];
  if (header.some((cell) => /^(?:count|sum|number|total|no\.?)\s+of\b/i.test(cellText(cell)))) return true;
  for (let row = headerRow + 1; row <= lastRow(grid); row++) {
    if (/^grand\s+total\b/i.test(cellText(grid.cells[row - 1 - grid.top]?.[0]))) return true;
  }
  return false;
}

function isNameLike(text: string): boolean {
  return text.length <= 60 && text.split(/\s+/).length <= 8 && !/[;:.]$|[;:]\s/.test(text);
}
