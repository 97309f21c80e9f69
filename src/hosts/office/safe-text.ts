import type { PlanValue } from '../../engine/edits/summary-sheet-plan.js';

/**
 * Excel reads a string written to `Range.values` as if it were typed: "=…" becomes a formula
 * (and "+", "-", "@" may too), "17" a number, "3/4" a date. A leading apostrophe is Excel's own way
 * to say "this is text": it is not shown and not part of the value. So tracker text that Excel
 * could take for something else gets one.
 */
export function asExcelValue(value: PlanValue): string | number {
  if (typeof value === 'number') return value;
  return /^\s*[=+\-@\d.,(£$€]/.test(value) ? `'${value}` : value;
}
