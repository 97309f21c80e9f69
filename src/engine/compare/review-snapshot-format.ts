/**
 * The review snapshot's format, owned here once: the sheet Build summary keeps each review on and
 * its header row. review-snapshot-plan.ts writes rows in it and read-review-snapshots.ts reads them.
 */

/**
 * The sheet where Build summary keeps a snapshot of each review, so the next summary can say what
 * moved. Visible and last among the tabs, so an officer can see what is kept and it travels with
 * the file; never read as a tracker or register.
 */
export const REVIEWS_SHEET = 'Tracker Check reviews';

/** The snapshot sheet's header row: one row below it per item per review, the reviews in date order. */
export const SNAPSHOT_HEADER = ['As at', 'Tracker', 'Row', 'No.', 'Item (text key)', 'Status', 'Category', 'Update'] as const;
