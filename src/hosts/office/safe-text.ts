import type { PlanValue } from '../../engine/edits/summary-sheet-plan.js';

/**
 * Excel takes a string written to `Range.values` that starts with "=" as a formula (and "+", "-",
 * "@" as one too when typed). A leading apostrophe is Excel's own way to say "this is text": it is
 * not shown and not part of the value.
 */
export function asExcelValue(value: PlanValue): string | number {
  if (typeof value === 'number') return value;
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}
