import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type { ColourReadOptions } from '../../engine/analyse/colour-read-plan.js';
import type { SheetGrid } from '../../engine/grid/sheet-grid.js';
import { SUMMARY_MARKER_PREFIX } from '../../engine/edits/summary-sheet-names.js';
import { hasPivotTables, pivotTableAreas } from './pivot-table-areas.js';
import { withPlannedColours } from './read-colours.js';
import { styleColourReader } from './style-colours.js';
import { markedSummarySheets } from './summary-markers.js';
import { TEXT_LIMIT, TextBudget, TextLimitExceeded } from './text-budget.js';
import { readWorksheetGrids } from './worksheet-grid.js';
import { openWorkbookPackage, readPalette } from './xlsx-package.js';
import type { ReadResult } from './package-reader/read-xlsx.js';

/**
 * The exceljs reading of a workbook package, as the command read every .xlsx before the package
 * reader: kept as the reference the package reader's grids are compared with on every fixture.
 */
export async function readXlsxWithExceljs(name: string, path: string, bytes: Uint8Array, options: ColourReadOptions = {}): Promise<ReadResult> {
  const opened = await openWorkbookPackage(path, bytes);
  if (!opened.ok) return opened;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { ok: false, message: `${path}: the workbook is damaged and cannot be opened (${String((error as Error)?.message ?? error).split('\n')[0]})` };
  }
  // A summary sheet Tracker Check wrote earlier holds tables that would read as a tracker or a register.
  const summaries = new Set(markedSummarySheets(workbook, SUMMARY_MARKER_PREFIX).values());
  const worksheets = workbook.worksheets.filter((sheet) => !summaries.has(sheet.name));
  let sheets: SheetGrid[];
  try {
    sheets = await readWorksheetGrids(opened.zip, worksheets, new TextBudget());
  } catch (error) {
    if (!(error instanceof TextLimitExceeded)) throw error;
    return {
      ok: false,
      message: `${path}: its cells hold more than ${TEXT_LIMIT.toLocaleString('en-GB')} characters of text in all, more than Tracker Check reads; copy the tracker's sheets into a new workbook and try again`,
    };
  }
  if (hasPivotTables(opened.zip)) sheets = await withPivotTables(opened.zip, sheets);
  const colours = styleColourReader(await readPalette(opened.zip));
  return { ok: true, workbook: withPlannedColours({ name, sheets }, new Map(worksheets.map((sheet) => [sheet.name, sheet])), colours, options) };
}

/** Each sheet with the areas its pivot tables cover, so that no pivot table is read as a tracker. */
async function withPivotTables(zip: JSZip, sheets: readonly SheetGrid[]): Promise<SheetGrid[]> {
  return Promise.all(
    sheets.map(async (sheet) => {
      const pivotTables = await pivotTableAreas(zip, sheet.name);
      return pivotTables.length > 0 ? { ...sheet, pivotTables } : sheet;
    }),
  );
}
