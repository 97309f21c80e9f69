import { EMPTY_CELL, type Cell } from './cell.js';

/**
 * A sheet's used range as a plain grid. `top` and `left` are the 0-based sheet row and column
 * of cells[0][0], because a used range need not start at A1.
 */
export interface SheetGrid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly cells: ReadonlyArray<ReadonlyArray<Cell>>;
}

export interface WorkbookGrid {
  readonly name: string;
  readonly sheets: ReadonlyArray<SheetGrid>;
}

/** The cell at a 1-based sheet row and 0-based sheet column, empty outside the grid. */
export function cellAt(grid: SheetGrid, row: number, column: number): Cell {
  return grid.cells[row - 1 - grid.top]?.[column - grid.left] ?? EMPTY_CELL;
}

export function firstRow(grid: SheetGrid): number {
  return grid.top + 1;
}

export function lastRow(grid: SheetGrid): number {
  return grid.top + grid.cells.length;
}

export function columnCount(grid: SheetGrid): number {
  let widest = 0;
  for (const row of grid.cells) widest = Math.max(widest, row.length);
  return widest;
}
