import type { Cell } from '../../engine/grid/cell.js';
import type { MergedArea } from '../../engine/grid/sheet-grid.js';
import { cellFromOffice } from './cell-from-office.js';
import { mergedAreasOf, queueMergedAreas } from './merged-areas.js';
import { readFailureMessage } from './officer-message.js';
import { OfficerError } from './officer-error.js';
import { isSizeFailure, READ_CELL_LIMIT } from './read-failures.js';

/** Rows per request when a sheet is too large for one; halved again while a block still fails. */
const FIRST_BLOCK_ROWS = 4000;

export interface SheetValues {
  top: number;
  left: number;
  cells: Cell[][];
}

export function cellsOf(values: unknown[][]): Cell[][] {
  return values.map((row) => row.map(cellFromOffice));
}

/**
 * One sheet's values a block of rows at a time: the fallback when the whole read failed for its
 * size (over 5 MB, past 5,000,000 cells, a GeneralException, or `values` null). A sync per block is
 * the point: each response must be small enough. Any other failure names the sheet.
 */
export async function readValuesInBlocks(context: Excel.RequestContext, name: string): Promise<SheetValues> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await syncFor(context, name);
  if (used.isNullObject) return { top: 0, left: 0, cells: [] };
  const cells: Cell[][] = [];
  let blockRows = Math.max(1, Math.min(FIRST_BLOCK_ROWS, Math.floor(READ_CELL_LIMIT / used.columnCount)));
  for (let offset = 0; offset < used.rowCount; ) {
    const rows = Math.min(blockRows, used.rowCount - offset);
    const block = sheet.getRangeByIndexes(used.rowIndex + offset, used.columnIndex, rows, used.columnCount);
    block.load('values');
    let values: unknown[][] | null = null;
    try {
      await context.sync();
      values = block.values as unknown[][] | null;
    } catch (error) {
      if (!isSizeFailure(error) || rows === 1) throw new OfficerError(readFailureMessage(name, error));
    }
    if (values === null) {
      if (rows === 1) throw new OfficerError(readFailureMessage(name, { code: 'RangeExceedsLimit' }));
      blockRows = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    cells.push(...cellsOf(values));
    offset += rows;
  }
  return { top: used.rowIndex, left: used.columnIndex, cells };
}

/**
 * One sheet's merged areas on their own. Where Excel refuses them (past 512 areas it documents only
 * that the call fails) the sheet is read without merged areas: see the README for what that costs.
 */
export async function readMergesAlone(context: Excel.RequestContext, name: string): Promise<MergedArea[]> {
  const merged = queueMergedAreas(context.workbook.worksheets.getItem(name));
  try {
    await context.sync();
  } catch {
    return [];
  }
  return mergedAreasOf(merged);
}

async function syncFor(context: Excel.RequestContext, sheet: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw new OfficerError(readFailureMessage(sheet, error));
  }
}
