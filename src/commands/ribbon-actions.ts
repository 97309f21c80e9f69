/**
 * What the ribbon buttons do. commands.ts registers these with Office and always calls
 * event.completed() after them, whether they resolve or throw, so an action only has to do
 * its work and resolve (or reject).
 *
 * Placeholders for now: they resolve at once. Filled in by the ribbon's owner; any Excel
 * access goes through src/hosts/office/, not Office.js calls here.
 */

/** Ribbon: Home → Tracker Check → "Validate tracker" (manifest FunctionName `validateTracker`). */
export function validateTrackerFromRibbon(): Promise<void> {
  return Promise.resolve();
}

/** Ribbon: Home → Tracker Check → "Build summary" (manifest FunctionName `buildSummary`). */
export function buildSummaryFromRibbon(): Promise<void> {
  return Promise.resolve();
}
