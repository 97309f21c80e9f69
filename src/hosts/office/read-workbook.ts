import type { Cell } from '../../engine/grid/cell.js';
import type { SheetGrid, WorkbookGrid } from '../../engine/grid/sheet-grid.js';
import { cellFromOffice } from './cell-from-office.js';
import { isPayloadTooLarge } from './excel-run.js';

/** Rows per request when a sheet is too large for one; halved again if a block is still too large. */
const FIRST_BLOCK_ROWS = 4000;

/**
 * Values only. Number formats and value types would double every response for little: the engine
 * reads a due date from its serial number, and an error from its text ("#REF!").
 */
const CELL_PROPERTIES = ['rowIndex', 'columnIndex', 'values'];

/**
 * Reads every visible sheet's used range into the engine's grid in two syncs: one for the sheet
 * list, one for all values at once. Only a workbook past Excel on the web's 5 MB response limit
 * is read again in row blocks, a sync per block.
 */
export async function readWorkbookGrid(context: Excel.RequestContext, name: string): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const sheets = worksheets.items.filter((sheet) => sheet.visibility === 'Visible');

  const usedRanges = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(CELL_PROPERTIES);
    return used;
  });
  try {
    await context.sync();
    return { name, sheets: sheets.map((sheet, i) => gridFromRange(sheet.name, usedRanges[i])) };
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
  }
  const grids: SheetGrid[] = [];
  for (const sheet of sheets) grids.push(await readSheetInBlocks(context, sheet));
  return { name, sheets: grids };
}

async function readSheetInBlocks(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<SheetGrid> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return { name: sheet.name, top: 0, left: 0, cells: [] };
  const cells: Cell[][] = [];
  let blockRows = FIRST_BLOCK_ROWS;
  for (let offset = 0; offset < used.rowCount; ) {
    const rows = Math.min(blockRows, used.rowCount - offset);
    const block = sheet.getRangeByIndexes(used.rowIndex + offset, used.columnIndex, rows, used.columnCount);
    block.load(CELL_PROPERTIES);
    try {
      await context.sync(); // one sync per block is the point: each response must stay under 5 MB
    } catch (error) {
      if (!isPayloadTooLarge(error) || blockRows === 1) throw error;
      blockRows = Math.max(1, Math.floor(blockRows / 2));
      continue;
    }
    cells.push(...cellsOf(block));
    offset += rows;
  }
  return { name: sheet.name, top: used.rowIndex, left: used.columnIndex, cells };
}

function gridFromRange(name: string, range: Excel.Range | undefined): SheetGrid {
  if (!range || range.isNullObject) return { name, top: 0, left: 0, cells: [] };
  return { name, top: range.rowIndex, left: range.columnIndex, cells: cellsOf(range) };
}

function cellsOf(range: Excel.Range): Cell[][] {
  return range.values.map((row) => row.map(cellFromOffice));
}
