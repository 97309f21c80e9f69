import { cellText, type Cell } from '../../src/engine/grid/cell.js';
import { excelSerialFromIso } from '../../src/engine/dates/calendar.js';
import type { WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';
import { fakeWorkbook, type CellInput, type WorkbookModel } from './fake-excel/index.js';

/** Loads a workbook read from a file into the in-memory Excel, dates as serials with a date format. */
export function fakeFromGrid(workbook: WorkbookGrid): WorkbookModel {
  return fakeWorkbook({
    name: workbook.name,
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      rows: sheet.cells.map((row) => row.map(cellInput)),
      numberFormats: sheet.cells.map((row) => row.map((cell) => (cell.kind === 'date' ? 'dd/mm/yyyy' : null))),
    })),
  });
}

function cellInput(cell: Cell): CellInput {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'date':
      return excelSerialFromIso(cell.value);
    case 'number':
    case 'boolean':
      return cell.value;
    default:
      return cellText(cell);
  }
}
