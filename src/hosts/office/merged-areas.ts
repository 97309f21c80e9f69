import type { MergedArea } from '../../engine/grid/sheet-grid.js';

/** Queues a sheet's merged areas (ExcelApi 1.13): those overlapping its used range, formats included. */
export function queueMergedAreas(sheet: Excel.Worksheet): Excel.RangeAreas {
  const merged = sheet.getUsedRange().getMergedAreasOrNullObject();
  merged.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
  return merged;
}

/** After the sync: the areas as the grid holds them (1-based rows, 0-based columns), top to bottom. */
export function mergedAreasOf(merged: Excel.RangeAreas): MergedArea[] {
  if (merged.isNullObject) return [];
  return merged.areas.items
    .map((r) => ({ top: r.rowIndex + 1, left: r.columnIndex, bottom: r.rowIndex + r.rowCount, right: r.columnIndex + r.columnCount - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
