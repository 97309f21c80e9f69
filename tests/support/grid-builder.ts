import type { Cell } from '../../src/engine/grid/cell.js';
import { parseCellAddress } from '../../src/engine/grid/a1.js';
import { colourKey, type CellColours, type SheetGrid, type WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';

/**
 * A cell written the short way in a test: a string is text (blank text is an empty cell), a
 * number a number, `{ date: '2025-06-30' }` a typed date, `{ error: '#REF!' }` an Excel error,
 * and null or undefined an empty cell.
 */
export type CellInput = string | number | boolean | null | undefined | { date: string } | { error: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function cell(input: CellInput): Cell {
  if (input === null || input === undefined) return { kind: 'empty' };
  if (typeof input === 'string') return input.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: input };
  if (typeof input === 'number') return { kind: 'number', value: input };
  if (typeof input === 'boolean') return { kind: 'boolean', value: input };
  if ('date' in input) {
    // A typo in a test's date should fail loudly, not become a different day.
    if (!ISO_DATE.test(input.date) || Number.isNaN(Date.parse(`${input.date}T00:00:00Z`))) {
      throw new Error(`grid-builder: "${input.date}" is not a YYYY-MM-DD date`);
    }
    return { kind: 'date', value: input.date };
  }
  return { kind: 'error', value: input.error };
}

/** A sheet whose first row is row 1 and first column is A. */
export function sheet(name: string, rows: readonly (readonly CellInput[])[]): SheetGrid {
  return { name, top: 0, left: 0, cells: rows.map((row) => row.map(cell)) };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { name: 'test.xlsx', sheets };
}

/** A one-sheet workbook, the sheet named "Tracker". */
export function trackerWorkbook(rows: readonly (readonly CellInput[])[], name = 'Tracker'): WorkbookGrid {
  return workbook(sheet(name, rows));
}

/** The sheet with cell colours, by A1 address: { D2: { fill: '#00B050' } }. */
export function withColours(grid: SheetGrid, colours: Record<string, CellColours>): SheetGrid {
  const map = new Map<string, CellColours>();
  for (const [address, colour] of Object.entries(colours)) {
    const at = parseCellAddress(address);
    if (!at) throw new Error(`grid-builder: "${address}" is not a cell address`);
    map.set(colourKey(at.row, at.column), colour);
  }
  return { ...grid, colours: map };
}
