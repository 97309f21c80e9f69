import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import type { ReviewSnapshot } from '../compare/read-review-snapshots.js';
import { reviewItems } from '../compare/earlier-tracker.js';
import { textKey } from '../compare/match-items.js';
import type { IsoDate } from '../dates/calendar.js';
import type { PlanValue } from './summary-sheet-plan.js';

/**
 * The sheet where Build summary keeps a snapshot of each review, so the next summary can say what
 * moved. Visible and last among the tabs, so an officer can see what is kept and it travels with
 * the file; never read as a tracker or register.
 */
export const REVIEWS_SHEET = 'Tracker Check reviews';

/** The snapshot sheet's header row: one row below it per item per review, the reviews in date order. */
export const SNAPSHOT_HEADER = ['As at', 'Tracker', 'Row', 'No.', 'Item (text key)', 'Status', 'Category', 'Update'] as const;

/**
 * Every row the snapshot sheet holds after this review: the header, each review kept (one block of
 * rows each, oldest first) and this one, which replaces a kept review of the same as-at date.
 * The item's text is kept as its key (lower case, no number or punctuation), enough to match it.
 */
export function reviewSnapshotRows(asAt: IsoDate, trackers: readonly TrackerAnalysis[], kept: readonly ReviewSnapshot[]): PlanValue[][] {
  const now: ReviewSnapshot = {
    asAt,
    trackers: trackers.map((tracker) => ({
      sheet: tracker.context.layout.sheet,
      items: reviewItems(tracker).map((item) => ({ ...item, key: textKey(item.item) })),
    })),
  };
  const reviews = [...kept.filter((review) => review.asAt !== asAt), now].sort((a, b) => a.asAt.localeCompare(b.asAt));
  return [
    [...SNAPSHOT_HEADER],
    ...reviews.flatMap((review) =>
      review.trackers.flatMap((tracker) =>
        tracker.items.map((item): PlanValue[] => [
          review.asAt,
          tracker.sheet,
          item.row,
          item.id ?? '',
          item.key ?? textKey(item.item),
          item.ratingText,
          item.rating,
          item.progress,
        ]),
      ),
    ),
  ];
}
