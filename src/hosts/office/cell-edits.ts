import type { CellEdit } from '../../engine/edits/fix-plan.js';
import { spelling } from '../../engine/vocabulary/normalise.js';

export interface CellEditResult {
  applied: CellEdit[];
  /** Cells that no longer held the expected text (an officer changed them since): left alone. */
  skipped: CellEdit[];
}

/**
 * Writes each edit only where the cell still holds what the edit expects, so a fix never
 * overwrites text an officer typed after validating. Two syncs: read the cells, write the edits.
 */
export async function applyCellEdits(context: Excel.RequestContext, edits: readonly CellEdit[]): Promise<CellEditResult> {
  const ranges = edits.map((edit) => {
    const range = context.workbook.worksheets.getItem(edit.sheet).getRange(edit.cell);
    range.load('values');
    return range;
  });
  await context.sync();
  const result: CellEditResult = { applied: [], skipped: [] };
  edits.forEach((edit, index) => {
    const range = ranges[index];
    const current = range?.values[0]?.[0];
    if (range && typeof current === 'string' && spelling(current) === spelling(edit.from)) {
      range.values = [[edit.to]];
      result.applied.push({ ...edit, from: current });
    } else {
      result.skipped.push(edit);
    }
  });
  if (result.applied.length > 0) await context.sync();
  return result;
}

/** The edits that put back exactly what `applied` replaced. */
export function revertOf(applied: readonly CellEdit[]): CellEdit[] {
  return applied.map((edit) => ({ sheet: edit.sheet, cell: edit.cell, from: edit.to, to: edit.from }));
}
