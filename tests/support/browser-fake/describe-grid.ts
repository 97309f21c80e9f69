// A workbook read from a file, as the plain JSON description fakeWorkbook() takes, so it can be
// handed to a browser page (dates as serial numbers with a date format, as Excel holds them).
import { excelSerialFromIso } from '../../../src/engine/dates/calendar.js';
import { cellText, type Cell } from '../../../src/engine/grid/cell.js';
import type { WorkbookGrid } from '../../../src/engine/grid/sheet-grid.js';
import type { CellInput, WorkbookDescription } from '../fake-excel/index.js';

export function describeGrid(workbook: WorkbookGrid): WorkbookDescription {
  return {
    name: workbook.name,
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      rows: sheet.cells.map((row) => row.map(cellInput)),
      numberFormats: sheet.cells.map((row) => row.map((cell) => (cell.kind === 'date' ? 'dd/mm/yyyy' : null))),
    })),
  };
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
