// A workbook read from a file, as the plain JSON description fakeWorkbook() takes, so it can be
// handed to a browser page (dates as serial numbers with a date format, as Excel holds them). The
// grid's position, cell colours, merged areas and sheet visibility come along, so the in-memory
// Excel holds what the file holds.
import { excelSerialFromIso } from '../../../src/engine/dates/calendar.js';
import { cellText, type Cell } from '../../../src/engine/grid/cell.js';
import type { SheetGrid, WorkbookGrid } from '../../../src/engine/grid/sheet-grid.js';
import { columnName } from '../fake-excel/a1.js';
import type { CellInput, SheetDescription, WorkbookDescription } from '../fake-excel/index.js';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

export function describeGrid(workbook: WorkbookGrid): WorkbookDescription {
  return { name: workbook.name, sheets: workbook.sheets.map(describeSheet) };
}

function describeSheet(sheet: SheetGrid): SheetDescription {
  const fills: Record<string, string> = {};
  const fontColors: Record<string, string> = {};
  for (const [key, colours] of sheet.colours ?? []) {
    const [row, column] = key.split(':').map(Number);
    const address = `${columnName(column!)}${row}`;
    if (colours.fill) fills[address] = colours.fill;
    if (colours.font) fontColors[address] = colours.font;
  }
  return {
    name: sheet.name,
    at: `${columnName(sheet.left)}${sheet.top + 1}`,
    rows: sheet.cells.map((row) => row.map(cellInput)),
    numberFormats: sheet.cells.map((row) => row.map((cell) => (cell.kind === 'date' ? 'dd/mm/yyyy' : null))),
    fills,
    fontColors,
    merges: (sheet.merges ?? []).map((m) => `${columnName(m.left)}${m.top}:${columnName(m.right)}${m.bottom}`),
    ...(sheet.visibility ? { visibility: VISIBILITY[sheet.visibility] } : {}),
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
