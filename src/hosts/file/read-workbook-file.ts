import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ColourReadOptions } from '../../engine/analyse/colour-read-plan.js';
import { textCell } from '../../engine/grid/cell.js';
import { parseDelimited } from './parse-csv.js';
import { count, READ_LIMITS } from './package-reader/read-limits.js';
import { readXlsxPackage, type ReadResult } from './package-reader/read-xlsx.js';
import { decodeText } from './text-file.js';

export type { ReadResult };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
/** Delimited text files Excel saves: CSV, "Text (Tab delimited)" and "Unicode Text" (.txt), and .tsv. */
const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);

/** Reads an .xlsx, .xlsm or delimited text file into the engine's grids; what cannot be read gives one plain sentence. */
/** `profile` is the one the engine will check with: it decides which cells' colours are read (colourReadPlan). */
export async function readWorkbookFile(path: string, options: ColourReadOptions = {}): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    // Checked before opening: opening a FIFO waits for a writer, and a device never ends.
    const found = await stat(path);
    if (found.isDirectory()) return { ok: false, message: `${path}: is a folder, not a file` };
    if (!found.isFile()) return { ok: false, message: `${path}: is not a regular file (a pipe or a device); save the workbook to a file and try again` };
    if (found.size > READ_LIMITS.fileBytes) {
      return { ok: false, message: `${path}: not read: the file is larger than ${count(READ_LIMITS.fileBytes)} bytes, past what Tracker Check reads (README, "Limits")` };
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `${path}: no such file` };
    if (code === 'EISDIR') return { ok: false, message: `${path}: is a folder, not a file` };
    return { ok: false, message: `${path}: cannot be read (${code ?? 'unknown error'})` };
  }
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
  const parsed = parseDelimited(decodeText(bytes));
  if (!parsed.ok) {
    return { ok: false, message: `${path}: a quoted field opened on line ${parsed.line} is never closed; check the quotes there and save it again` };
  }
  const cells = parsed.rows.map((row) => row.map(textCell));
  return { ok: true, workbook: { name, sheets: [{ name: name.replace(/\.(csv|txt|tsv)$/i, ''), top: 0, left: 0, cells }] } };
}

/** An .xlsx or .xlsm (a zip), as against a delimited text file. */
export function isWorkbookPackage(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}
