import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import type { ReviewSnapshot } from '../compare/read-review-snapshots.js';
import { reviewItems } from '../compare/earlier-tracker.js';
import { textKey } from '../compare/match-items.js';
import type { IsoDate } from '../dates/calendar.js';
import type { PlanValue } from './summary-plan-types.js';
import { SNAPSHOT_HEADER } from '../compare/review-snapshot-format.js';

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
