import { EMPTY_CELL, type Cell } from './cell.js';

/** A cell's colours as #RRGGBB (upper case), each absent when the cell has none of its own. */
export interface CellColours {
  readonly fill?: string;
  readonly font?: string;
}

/** A rectangle of cells in sheet coordinates: 1-based rows, 0-based columns, both ends included. */
export interface SheetArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A merged area. */
export type MergedArea = SheetArea;

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/**
 * A sheet's used range as a plain grid. `top` and `left` are the 0-based sheet row and column
 * of cells[0][0], because a used range need not start at A1. A merged area's value is in its
 * top-left cell only, as Excel gives it; the other cells of the area are empty.
 */
export interface SheetGrid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly cells: ReadonlyArray<ReadonlyArray<Cell>>;
  /**
   * Colours of the cells the engine asked for (see colourReadPlan), keyed by colourKey. Hosts read
   * only those cells, so both hosts hand the engine the same colours.
   */
  readonly colours?: ReadonlyMap<string, CellColours>;
  /**
   * Number formats of the cells the engine asked for (the due columns: see colourReadPlan), keyed
   * by colourKey: a date shown "mmm-yy" is a month, due at its end.
   */
  readonly numberFormats?: ReadonlyMap<string, string>;
  readonly merges?: ReadonlyArray<MergedArea>;
  /** The areas the sheet's pivot tables cover, where the host can tell (the file's pivot table parts): never a tracker. */
  readonly pivotTables?: ReadonlyArray<SheetArea>;
  /** Absent means visible. */
  readonly visibility?: SheetVisibility;
}

/** The key of a cell in SheetGrid.colours: 1-based sheet row, 0-based sheet column. */
export function colourKey(row: number, column: number): string {
  return `${row}:${column}`;
}

export function coloursAt(grid: SheetGrid, row: number, column: number): CellColours | undefined {
  return grid.colours?.get(colourKey(row, column));
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
