import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { EMPTY_CELL, type Cell } from '../../engine/grid/cell.js';
import type { MergedArea, SheetGrid, SheetVisibility } from '../../engine/grid/sheet-grid.js';
import { cachedResults } from './cached-results.js';
import { cellReader } from './exceljs-cell.js';
import type { TextBudget } from './text-budget.js';

/**
 * The worksheets as grids, each formula result exceljs lost read from the sheet's XML in the
 * package. Throws TextLimitExceeded when the cells' text passes the budget.
 */
export async function readWorksheetGrids(zip: JSZip, worksheets: readonly ExcelJS.Worksheet[], budget: TextBudget): Promise<SheetGrid[]> {
  const read = cellReader(budget);
  const grids: SheetGrid[] = [];
  for (const sheet of worksheets) {
    const { grid, cells, lostResults } = gridFromWorksheet(sheet, read);
    if (lostResults.size > 0) {
      const found = await cachedResults(zip, sheet.name, new Set(lostResults.keys()));
      for (const [address, [r, c]] of lostResults) {
        const cell = found.get(address);
        const row = cells[r];
        if (cell && row) row[c] = cell;
      }
    }
    grids.push(grid);
  }
  return grids;
}

export interface WorksheetRead {
  grid: SheetGrid;
  /** The grid's rows, for filling in the lost results. */
  cells: Cell[][];
  /** Cells whose cached formula result must come from the sheet's XML (see cellReader): A1 address → [row index, column index]. */
  lostResults: Map<string, [number, number]>;
}

/** exceljs keeps a sheet's merged areas, by top-left address, in a field its typings leave out. */
type MergeRecords = Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;

/** A worksheet as the engine's grid: values (a merged area's in its top-left cell only), merged areas, visibility. */
function gridFromWorksheet(sheet: ExcelJS.Worksheet, read: (cell: ExcelJS.Cell) => Cell | undefined): WorksheetRead {
  const cells: Cell[][] = [];
  const lostResults = new Map<string, [number, number]>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      while (values.length < columnNumber - 1) values.push(EMPTY_CELL);
      const value = read(cell);
      values[columnNumber - 1] = value ?? EMPTY_CELL;
      if (value === undefined) lostResults.set(cell.address, [rowNumber - 1, columnNumber - 1]);
    });
    while (cells.length < rowNumber - 1) cells.push([]);
    cells[rowNumber - 1] = values;
  });
  const merges: MergedArea[] = Object.values((sheet as unknown as { _merges: MergeRecords })._merges ?? {})
    .map(({ model }) => ({ top: model.top, left: model.left - 1, bottom: model.bottom, right: model.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  const visibility: SheetVisibility | undefined = sheet.state === 'hidden' || sheet.state === 'veryHidden' ? sheet.state : undefined;
  const grid: SheetGrid = {
    name: sheet.name,
    top: 0,
    left: 0,
    cells,
    ...(merges.length > 0 && { merges }),
    ...(visibility !== undefined && { visibility }),
  };
  return { grid, cells, lostResults };
}
