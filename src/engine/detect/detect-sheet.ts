import { cellText } from '../grid/cell.js';
import { cellAt, lastRow, type SheetGrid } from '../grid/sheet-grid.js';
import type { Profile } from '../profile/profile-schema.js';
import type { TrackerLayout } from '../tracker/tracker-layout.js';
import { findHeaderRow, findRegisterHeader, type RoleCell } from './header-row.js';
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

/** What a sheet holds: a tracker, a register of leads, or neither (notes, a cover sheet). */
export function detectSheet(grid: SheetGrid, profile: Profile): SheetDetection {
  const words = headerWords(profile);
  const header = findHeaderRow(grid, words);
  if (header) return { kind: 'tracker', layout: layoutFromHeader(grid.name, header.row, header.cells) };
  const register = findRegisterHeader(grid, words);
  if (register) {
    const names: string[] = [];
    for (let row = register.row + 1; row <= lastRow(grid); row++) {
      const name = cellText(cellAt(grid, row, register.column));
      if (name !== '') names.push(name);
    }
    return { kind: 'register', register: { sheet: grid.name, column: register.column, headerRow: register.row, names } };
  }
  return { kind: 'none' };
}

/** The first column of each role is the one used; every rated column is kept. */
function layoutFromHeader(sheet: string, headerRow: number, cells: RoleCell[]): TrackerLayout {
  const layout: TrackerLayout = { sheet, headerRow, columns: {}, ratedColumns: [], source: 'detected' };
  for (const { role, column } of cells) {
    if (role === 'status') layout.ratedColumns.push(column);
    else if (layout.columns[role] === undefined) layout.columns[role] = column;
  }
  return layout;
}
