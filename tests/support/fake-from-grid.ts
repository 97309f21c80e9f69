import type { WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';
import { describeGrid } from './browser-fake/describe-grid.js';
import { fakeWorkbook, type WorkbookModel } from './fake-excel/index.js';

/** Loads a workbook read from a file into the in-memory Excel, dates as serials with a date format. */
export function fakeFromGrid(workbook: WorkbookGrid): WorkbookModel {
  return fakeWorkbook(describeGrid(workbook));
}
