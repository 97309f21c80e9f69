import { cellAddress } from '../../engine/grid/a1.js';
import { REVIEWS_SHEET } from '../../engine/compare/review-snapshot-format.js';
import type { PlanValue } from '../../engine/edits/summary-sheet-plan.js';
import { literalValues } from './literal-text.js';
import type { WorkbookNames } from './summary-names.js';

/**
 * Queues the snapshot sheet's rows as the engine planned them (every review kept, and this one),
 * on the sheet last among the tabs: added there, or cleared and moved there. Texts go in as text,
 * so an as-at date stays "2025-03-31" and a number "007". No sync of its own.
 */
export function queueReviewSnapshots(context: Excel.RequestContext, rows: readonly (readonly PlanValue[])[], names: WorkbookNames): void {
  const worksheets = context.workbook.worksheets;
  const exists = names.has(REVIEWS_SHEET);
  const sheet = exists ? worksheets.getItem(REVIEWS_SHEET) : worksheets.add(names.addSheet(REVIEWS_SHEET));
  if (exists) {
    sheet.getRange().clear('Contents');
    const last = names.count - 1;
    sheet.position = last;
    names.moveSheet(REVIEWS_SHEET, last);
  }
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0) return;
  const range = sheet.getRange(`A1:${cellAddress(width - 1, rows.length)}`);
  range.numberFormat = rows.map((row) => row.map((value) => (typeof value === 'string' ? '@' : 'General')));
  range.values = literalValues(rows);
  sheet.getRange(`A1:${cellAddress(width - 1, 1)}`).format.font.bold = true;
}
