import { cellAt, coloursAt, type CellColours, type MergedArea, type SheetGrid } from './sheet-grid.js';
import type { Cell } from './cell.js';

const indexes = new WeakMap<SheetGrid, Map<string, MergedArea>>();

/** The merged area covering a cell, if any. */
export function mergedAreaAt(grid: SheetGrid, row: number, column: number): MergedArea | undefined {
  if (!grid.merges || grid.merges.length === 0) return undefined;
  let index = indexes.get(grid);
  if (!index) {
    index = new Map();
    for (const area of grid.merges) {
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) index.set(`${r}:${c}`, area);
    }
    indexes.set(grid, index);
  }
  return index.get(`${row}:${column}`);
}

/**
 * The cell as a reader of the tracker takes it: a theme merged down over its actions belongs to
 * each of them, so a cell under the top of a merge reads the merge's value, in the merge's own
 * (left) column only. A heading merged across the table stays in its first cell.
 */
export function cellOrMergedAbove(grid: SheetGrid, row: number, column: number): Cell {
  return cellAt(grid, rowReadFor(grid, row, column), column);
}

/**
 * The row whose cell stands for this one as cellOrMergedAbove reads it: the top of a merge down
 * its own column, else the row itself. Value and colours are both read there, so a status merged
 * over three actions rates (and colours) each of them as the merge shows it.
 */
export function rowReadFor(grid: SheetGrid, row: number, column: number): number {
  if (cellAt(grid, row, column).kind !== 'empty') return row;
  const area = mergedAreaAt(grid, row, column);
  return !area || area.left !== column || area.top === row ? row : area.top;
}

/** The text heading a column in a group row: a merge across columns gives its text to every column under it. */
export function cellOrMergedLeft(grid: SheetGrid, row: number, column: number): Cell {
  const own = cellAt(grid, row, column);
  if (own.kind !== 'empty') return own;
  const area = mergedAreaAt(grid, row, column);
  return area ? cellAt(grid, area.top, area.left) : own;
}

/**
 * A cell's own colours: none for a cell inside a merge that starts in another column, such as a
 * shaded heading merged across the table, whose fill is the heading's, not a rating.
 */
export function ownColours(grid: SheetGrid, row: number, column: number): CellColours | undefined {
  const colours = coloursAt(grid, row, column);
  if (colours === undefined) return undefined;
  const area = mergedAreaAt(grid, row, column);
  return area !== undefined && area.left !== column ? undefined : colours;
}
