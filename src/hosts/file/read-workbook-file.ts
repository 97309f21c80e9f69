import { basename, extname } from 'node:path';
import type { ColourReadOptions } from '../../engine/analyse/colour-read-plan.js';
import { textCell } from '../../engine/grid/cell.js';
import { parseDelimited } from './parse-csv.js';
import { readXlsxPackage, type ReadResult } from './package-reader/read-xlsx.js';
import { readInput } from './read-input.js';
import { notTextTable } from './text-content.js';
import { decodeText } from './text-file.js';

export type { ReadResult };

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
  return readXlsxPackage(name, path, bytes, options);
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
