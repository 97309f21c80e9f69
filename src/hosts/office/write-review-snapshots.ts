import { cellAddress } from '../../engine/grid/a1.js';
import { REVIEWS_SHEET } from '../../engine/compare/review-snapshot-format.js';
import type { PlanValue } from '../../engine/edits/summary-sheet-plan.js';
import { literalValues } from './literal-text.js';
import type { WorkbookNames } from './summary-names.js';

type Rows = readonly (readonly PlanValue[])[];

/**
 * The snapshot rows a request carries at most, by their size: Excel on the web refuses a request
 * over 5 MB, and the first one also carries the summary sheets. A row costs its values and its
 * number formats, about twice its JSON.
 */
export const SNAPSHOT_REQUEST_BYTES = 3 * 1024 * 1024;

/** The rows in blocks of at most SNAPSHOT_REQUEST_BYTES each (a block holds at least one row). */
export function snapshotBlocks(rows: Rows, limit = SNAPSHOT_REQUEST_BYTES): Rows[] {
  const blocks: Rows[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const size = 2 * JSON.stringify(row).length + 16;
    if (index > start && bytes + size > limit) {
      blocks.push(rows.slice(start, index));
      start = index;
      bytes = 0;
    }
    bytes += size;
  });
  if (start < rows.length) blocks.push(rows.slice(start));
  return blocks;
}

/** What writing the snapshot left to do after the first sync: the further blocks, each a sync of its own. */
export interface PendingSnapshot {
  readonly sheet: string;
  readonly blocks: ReadonlyArray<{ firstRow: number; rows: Rows }>;
  /** When the snapshot went to a sheet of its own (it did not fit one request): the old one, to be replaced by it at the end. */
  readonly replaces?: string;
}

/**
 * Queues the snapshot sheet's rows as the engine planned them (every review kept, and this one),
 * on the sheet last among the tabs: added there, or cleared and moved there. Texts go in as text,
 * so an as-at date stays "2025-03-31" and a number "007". The first block rides the summary's sync;
 * a snapshot too large for one request is written whole to a new sheet, block by block
 * (writePendingSnapshot), and only then takes the old sheet's place, so a failure on the way leaves
 * the reviews kept as they were.
 */
export function queueReviewSnapshots(context: Excel.RequestContext, rows: Rows, names: WorkbookNames): PendingSnapshot | undefined {
  const worksheets = context.workbook.worksheets;
  const exists = names.has(REVIEWS_SHEET);
  const blocks = snapshotBlocks(rows);
  const replaces = exists && blocks.length > 1 ? REVIEWS_SHEET : undefined;
  const name = exists && replaces === undefined ? REVIEWS_SHEET : names.addSheet(REVIEWS_SHEET);
  const sheet = name === REVIEWS_SHEET && exists ? worksheets.getItem(REVIEWS_SHEET) : worksheets.add(name);
  if (exists && replaces === undefined) {
    sheet.getRange().clear('Contents');
    const last = names.count - 1;
    sheet.position = last;
    names.moveSheet(REVIEWS_SHEET, last);
  }
  const [first, ...rest] = blocks;
  if (!first) return undefined;
  queueBlock(sheet, first, 1);
  sheet.getRange(`A1:${cellAddress((first[0]?.length ?? 1) - 1, 1)}`).format.font.bold = true;
  if (rest.length === 0) return undefined;
  let firstRow = first.length + 1;
  const pending = rest.map((block) => {
    const at = { firstRow, rows: block };
    firstRow += block.length;
    return at;
  });
  return { sheet: name, blocks: pending, ...(replaces !== undefined && { replaces }) };
}

/**
 * Writes the blocks the first request could not carry, a sync each, then puts the new sheet in the
 * old one's place (its name, last among the tabs). On a failure the new sheet is removed again.
 */
export async function writePendingSnapshot(context: Excel.RequestContext, pending: PendingSnapshot, names: WorkbookNames): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(pending.sheet);
  try {
    for (const block of pending.blocks) {
      queueBlock(sheet, block.rows, block.firstRow);
      await context.sync();
    }
    if (pending.replaces !== undefined) {
      context.workbook.worksheets.getItem(pending.replaces).delete();
      names.deleteSheet(pending.replaces);
      sheet.name = names.renameSheet(pending.sheet, REVIEWS_SHEET);
      const last = names.count - 1;
      sheet.position = last;
      names.moveSheet(REVIEWS_SHEET, last);
      await context.sync();
    }
  } catch (error) {
    if (pending.replaces !== undefined) {
      try {
        context.workbook.worksheets.getItem(pending.sheet).delete();
        await context.sync();
      } catch {
        // The officer is told the build failed; the half-written sheet is not named as the reviews sheet, so it is never read as one.
      }
    }
    throw error;
  }
}

function queueBlock(sheet: Excel.Worksheet, rows: Rows, firstRow: number): void {
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0) return;
  const range = sheet.getRange(`A${firstRow}:${cellAddress(width - 1, firstRow + rows.length - 1)}`);
  range.numberFormat = rows.map((row) => row.map((value) => (typeof value === 'string' ? '@' : 'General')));
  range.values = literalValues(rows);
}
