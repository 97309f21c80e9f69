import { cellAt, coloursAt, lastRow, type CellColours, type MergedArea, type SheetGrid } from './sheet-grid.js';
import type { Cell } from './cell.js';

const indexes = new WeakMap<SheetGrid, Map<number, MergedArea[]>>();

/**
 * The merged area covering a cell, if any. Each area is listed under the rows it covers, down to
 * the grid's last row (no cell below holds a value), and each row's areas are kept by their left
 * column, so an area as wide as the sheet costs one entry a row, never one a cell.
 */
export function mergedAreaAt(grid: SheetGrid, row: number, column: number): MergedArea | undefined {
  if (!grid.merges || grid.merges.length === 0) return undefined;
  const last = lastRow(grid);
  if (row > last) return grid.merges.find((area) => covers(area, row, column));
  let index = indexes.get(grid);
  if (!index) {
    index = new Map();
    for (const area of grid.merges) {
      for (let r = area.top; r <= Math.min(area.bottom, last); r++) {
        const areas = index.get(r);
        if (areas) areas.push(area);
        else index.set(r, [area]);
      }
    }
    for (const areas of index.values()) areas.sort((a, b) => a.left - b.left);
    indexes.set(grid, index);
  }
  const areas = index.get(row);
  if (!areas) return undefined;
  // The areas of one row do not overlap: the last that starts at or before the column is the only candidate.
  let low = 0;
  let high = areas.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (areas[middle]!.left <= column) low = middle;
    else high = middle - 1;
  }
  const area = areas[low];
  return area && covers(area, row, column) ? area : undefined;
}

function covers(area: MergedArea, row: number, column: number): boolean {
  return area.top <= row && row <= area.bottom && area.left <= column && column <= area.right;
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
