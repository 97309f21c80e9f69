import { colourReadPlan } from '../../engine/analyse/colour-read-plan.js';
import type { AnalyseOptions } from '../../engine/analyse/analyse-workbook.js';
import type { MergedArea, SheetGrid, WorkbookGrid } from '../../engine/grid/sheet-grid.js';
import { mergedAreasOf, queueMergedAreas } from './merged-areas.js';
import { cellsOf, readMergesAlone, readValuesInBlocks, type SheetValues } from './read-in-blocks.js';
import { readPlannedColours } from './read-colours.js';
import type { SheetState, WorkbookState } from './workbook-state.js';

/**
 * Values only. Number formats and value types would double every response for little: the engine
 * reads a due date from its serial number, and an error from its text ("#REF!").
 */
const CELL_PROPERTIES = ['rowIndex', 'columnIndex', 'values'];

export interface ReadOptions extends Pick<AnalyseOptions, 'profile' | 'layouts'> {
  /** Read merged areas (ExcelApi 1.13); without them the engine sees every cell on its own. */
  merges: boolean;
}

/**
 * Reads the sheets (hidden ones too: the engine lists them) into the engine's grid: one sync for
 * every sheet's values and merged areas, then one for the colours of the cells the engine's plan
 * names. Only a workbook whose read fails for its size (see read-failures.ts) is read again sheet
 * by sheet in row blocks, a sync per block.
 */
export async function readWorkbookGrid(context: Excel.RequestContext, state: WorkbookState, sheets: readonly SheetState[], options: ReadOptions): Promise<WorkbookGrid> {
  const grid: WorkbookGrid = { name: state.name, sheets: await readSheets(context, sheets, options.merges) };
  const plan = colourReadPlan(grid, options);
  return plan.length === 0 ? grid : readPlannedColours(context, grid, plan);
}

async function readSheets(context: Excel.RequestContext, sheets: readonly SheetState[], merges: boolean): Promise<SheetGrid[]> {
  const reads = sheets.map((state) => {
    const sheet = context.workbook.worksheets.getItem(state.name);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(CELL_PROPERTIES);
    return { state, used, merged: merges ? queueMergedAreas(sheet) : undefined };
  });
  try {
    await context.sync();
  } catch {
    // Too large, past 512 merged areas, or something else: each sheet alone says which.
    const grids: SheetGrid[] = [];
    for (const state of sheets) {
      const values = await readValuesInBlocks(context, state.name);
      grids.push(gridOf(state, values, merges ? await readMergesAlone(context, state.name) : []));
    }
    return grids;
  }
  const grids: SheetGrid[] = [];
  for (const { state, used, merged } of reads) {
    const areas = merged ? mergedAreasOf(merged) : [];
    if (used.isNullObject) grids.push(gridOf(state, { top: 0, left: 0, cells: [] }, areas));
    else if (used.values === null) grids.push(gridOf(state, await readValuesInBlocks(context, state.name), areas)); // too large: Excel gave null
    else grids.push(gridOf(state, { top: used.rowIndex, left: used.columnIndex, cells: cellsOf(used.values) }, areas));
  }
  return grids;
}

function gridOf(state: SheetState, values: SheetValues, merges: MergedArea[]): SheetGrid {
  return {
    name: state.name,
    ...values,
    ...(merges.length > 0 && { merges }),
    ...(state.visibility !== 'visible' && { visibility: state.visibility }),
  };
}
