import type { ColourReadOptions } from '../../../engine/analyse/colour-read-plan.js';
import type { WorkbookGrid } from '../../../engine/grid/sheet-grid.js';
import { TEXT_LIMIT, TextBudget, TextLimitExceeded } from '../text-budget.js';
import { readWorkbookPackage } from './read-package.js';
import { DamagedPackage, ReadLimitExceeded } from './read-limits.js';
import { ZipDirectory } from './zip-directory.js';

export type ReadResult = { ok: true; workbook: WorkbookGrid } | { ok: false; message: string };

/** An .xlsx or .xlsm package (bytes starting with the zip signature) read into the engine's grids, or one plain sentence why not. */
export async function readXlsxPackage(name: string, path: string, bytes: Uint8Array, options: ColourReadOptions = {}): Promise<ReadResult> {
  let zip: ZipDirectory;
  try {
    zip = new ZipDirectory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    return { ok: false, message: `${path}: the file is damaged and cannot be opened (${firstLine(error)})` };
  }
  try {
    const read = await readWorkbookPackage(zip, name, new TextBudget(), options);
    return read.ok ? read : { ok: false, message: `${path}: ${read.refusal}` };
  } catch (error) {
    if (error instanceof ReadLimitExceeded) return { ok: false, message: `${path}: not read: ${error.what}, past what Tracker Check reads (README, "Limits")` };
    if (error instanceof TextLimitExceeded) {
      return {
        ok: false,
        message: `${path}: its cells hold more than ${TEXT_LIMIT.toLocaleString('en-GB')} characters of text in all, more than Tracker Check reads; copy the tracker's sheets into a new workbook and try again`,
      };
    }
    if (error instanceof DamagedPackage) return { ok: false, message: `${path}: the workbook is damaged and cannot be opened (${firstLine(error)})` };
    throw error;
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0] ?? 'unknown error';
}
