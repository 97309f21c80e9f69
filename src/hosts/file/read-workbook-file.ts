import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { EMPTY_CELL, textCell, type Cell } from '../../engine/grid/cell.js';
import type { SheetGrid, WorkbookGrid } from '../../engine/grid/sheet-grid.js';
import { SUMMARY_MARKER_PREFIX } from '../../engine/edits/summary-sheet-names.js';
import { cellFromExcelJs } from './exceljs-cell.js';
import { parseCsv } from './parse-csv.js';
import { markedSummarySheets } from './summary-markers.js';

export type ReadResult = { ok: true; workbook: WorkbookGrid } | { ok: false; message: string };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads an .xlsx or .csv file into the engine's grids; what cannot be read gives one plain sentence. */
export async function readWorkbookFile(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `${path}: no such file` };
    if (code === 'EISDIR') return { ok: false, message: `${path}: is a folder, not a file` };
    return { ok: false, message: `${path}: cannot be read (${code ?? 'unknown error'})` };
  }
  const name = basename(path);
  if (extname(path).toLowerCase() === '.csv') return { ok: true, workbook: workbookFromCsv(name, bytes.toString('utf8')) };
  return readXlsx(name, path, bytes);
}

export async function readXlsx(name: string, path: string, bytes: Uint8Array): Promise<ReadResult> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptionInfo', 'utf16le'));
    return {
      ok: false,
      message: encrypted
        ? `${path}: the workbook is password-protected; remove the password in Excel (File > Info > Protect Workbook) and try again`
        : `${path}: this is an old .xls workbook; save it as .xlsx in Excel and try again`,
    };
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) return { ok: false, message: `${path}: not an Excel workbook (.xlsx) or CSV file` };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { ok: false, message: `${path}: the workbook is damaged and cannot be opened (${firstLine(error)})` };
  }
  // A summary sheet Tracker Check wrote earlier holds tables that would read as a tracker or a register.
  const summaries = new Set(markedSummarySheets(workbook, SUMMARY_MARKER_PREFIX).values());
  const sheets = workbook.worksheets.filter((sheet) => !summaries.has(sheet.name)).map(gridFromWorksheet);
  return { ok: true, workbook: { name, sheets } };
}

export function gridFromWorksheet(sheet: ExcelJS.Worksheet): SheetGrid {
  const cells: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      while (values.length < columnNumber - 1) values.push(EMPTY_CELL);
      values[columnNumber - 1] = cellFromExcelJs(cell.value);
    });
    while (cells.length < rowNumber - 1) cells.push([]);
    cells[rowNumber - 1] = values;
  });
  return { name: sheet.name, top: 0, left: 0, cells };
}

export function workbookFromCsv(name: string, text: string): WorkbookGrid {
  const cells = parseCsv(text).map((row) => row.map(textCell));
  return { name, sheets: [{ name: name.replace(/\.csv$/i, ''), top: 0, left: 0, cells }] };
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0] ?? 'unknown error';
}
