import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type { ColourReadOptions } from '../../engine/analyse/colour-read-plan.js';
import { textCell } from '../../engine/grid/cell.js';
import type { SheetGrid, WorkbookGrid } from '../../engine/grid/sheet-grid.js';
import { SUMMARY_MARKER_PREFIX } from '../../engine/edits/summary-sheet-names.js';
import { parseDelimited } from './parse-csv.js';
import { hasPivotTables, pivotTableAreas } from './pivot-table-areas.js';
import { readInput } from './read-input.js';
import { withPlannedColours } from './read-colours.js';
import { styleColourReader } from './style-colours.js';
import { markedSummarySheets } from './summary-markers.js';
import { notTextTable } from './text-content.js';
import { decodeText } from './text-file.js';
import { TEXT_LIMIT, TextBudget, TextLimitExceeded } from './text-budget.js';
import { readWorksheetGrids } from './worksheet-grid.js';
import { openWorkbookPackage, readPalette } from './xlsx-package.js';

export type ReadResult = { ok: true; workbook: WorkbookGrid } | { ok: false; message: string };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
/** Delimited text files Excel saves: CSV, "Text (Tab delimited)" and "Unicode Text" (.txt), and .tsv. */
const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);

/** Reads an .xlsx, .xlsm or delimited text file into the engine's grids; what cannot be read gives one plain sentence. */
/** `profile` is the one the engine will check with: it decides which cells' colours are read (colourReadPlan). */
export async function readWorkbookFile(path: string, options: ColourReadOptions = {}): Promise<ReadResult> {
  const read = await readInput(path);
  return read.ok ? readWorkbookBytes(path, read.input.bytes, options) : read;
}

/** A file's bytes, already read, into the engine's grids: a workbook by its signature, else a delimited text file by its extension. */
export async function readWorkbookBytes(path: string, bytes: Uint8Array, options: ColourReadOptions = {}): Promise<ReadResult> {
  const name = basename(path);
  // A workbook saved under a text file's name is still read as the workbook it is.
  const binary = startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE_SIGNATURE);
  if (!binary && TEXT_EXTENSIONS.has(extname(path).toLowerCase())) return readTextTable(name, path, bytes);
  return readXlsx(name, path, bytes, options);
}

export async function readXlsx(name: string, path: string, bytes: Uint8Array, options: ColourReadOptions = {}): Promise<ReadResult> {
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
  const opened = await openWorkbookPackage(path, bytes);
  if (!opened.ok) return opened;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { ok: false, message: `${path}: the workbook is damaged and cannot be opened (${firstLine(error)})` };
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

/** A delimited text file as a one-sheet workbook, every cell as the text it was in the file, the sheet named after the file. */
export function readTextTable(name: string, path: string, bytes: Uint8Array): ReadResult {
  const text = decodeText(bytes);
  const not = notTextTable(text);
  if (not === 'empty') return { ok: false, message: `${path}: the file is empty` };
  if (not === 'binary') return { ok: false, message: `${path}: not a CSV or text file (it holds binary data), nor an Excel workbook` };
  const parsed = parseDelimited(text);
  if (!parsed.ok) {
    return { ok: false, message: `${path}: a quoted field opened on line ${parsed.line} is never closed; check the quotes there and save it again` };
  }
  if (parsed.rows.every((row) => row.every((cell) => cell.trim() === ''))) return { ok: false, message: `${path}: the file holds no text, only blank lines or separators` };
  const cells = parsed.rows.map((row) => row.map(textCell));
  // The sheet is named after the file; a control character in a file's name has no place in a sheet's.
  const sheet = name.replace(/\.(csv|txt|tsv)$/i, '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return { ok: true, workbook: { name, sheets: [{ name: sheet, top: 0, left: 0, cells }] } };
}

/** An .xlsx or .xlsm (a zip), as against a delimited text file. */
export function isWorkbookPackage(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0] ?? 'unknown error';
}
