import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import { periodEnd } from '../dates/period.js';
import { reviewItems, type EarlierTracker, type ReviewItem } from './earlier-tracker.js';
import { matchItems } from './match-items.js';
import {
  movementCounts,
  movementOf,
  stepsBetween,
  type ComparedItem,
  type EarlierReview,
  type MatchedItem,
  type ReviewComparison,
} from './review-comparison.js';

/** The tracker now against the same tracker at an earlier review (another file, or a kept snapshot). */
export function compareTrackers(now: TrackerAnalysis, earlier: EarlierTracker, review: EarlierReview): ReviewComparison {
  return compareSides(reviewItems(now), earlier.items, review, true);
}

/**
 * A tracker that keeps an earlier rating beside the current one ("Previous rating (Mar 25)" next to
 * "Current rating (Jun 25)") compared with itself; undefined when it has no such column. A second
 * rating of another kind ("Impact BRAG") is no earlier review.
 */
export function ratingColumnComparison(tracker: TrackerAnalysis): ReviewComparison | undefined {
  const { layout, headers } = tracker.context;
  const [status, ...others] = layout.ratedColumns;
  if (status === undefined) return undefined;
  const statusEnd = periodEnd(headers.get(status) ?? '');
  let chosen: { index: number; column: number; header: string; end?: string } | undefined;
  others.forEach((column, offset) => {
    const header = headers.get(column) ?? '';
    const end = periodEnd(header);
    const earlier = (end !== undefined && statusEnd !== undefined && end < statusEnd) || PREVIOUS.test(header);
    if (!earlier || CURRENT.test(header)) return;
    if (chosen === undefined || (end !== undefined && (chosen.end === undefined || end > chosen.end))) {
      chosen = { index: offset + 1, column, header, ...(end !== undefined && { end }) };
    }
  });
  if (chosen === undefined) return undefined;
  const review: EarlierReview = { kind: 'column', header: chosen.header, column: chosen.column, ...(chosen.end !== undefined && { asAt: chosen.end }) };
  return compareSides(reviewItems(tracker), reviewItems(tracker, chosen.index), review, false);
}

const PREVIOUS = /\b(?:previous|prior|last|earlier|was|baseline)\b/i;
const CURRENT = /\b(?:current|latest|now)\b/i;

function compareSides(nowItems: readonly ReviewItem[], earlierItems: readonly ReviewItem[], review: EarlierReview, matchByText: boolean): ReviewComparison {
  // Within one sheet, a row is the same item in both columns.
  const matches = matchByText
    ? matchItems(nowItems, earlierItems)
    : nowItems.map((_, index) => ({ now: index, earlier: index, matchedBy: 'id' as const }));
  const items = matches.map(({ now: n, earlier: e, matchedBy }): MatchedItem => {
    const record = nowItems[n]!;
    const before = earlierItems[e]!;
    return {
      ...(record.id !== undefined && { id: record.id }),
      row: record.row,
      ...(before.id !== undefined && { earlierId: before.id }),
      earlierRow: before.row,
      matchedBy,
      from: before.rating,
      to: record.rating,
      fromText: before.ratingText,
      toText: record.ratingText,
      movement: movementOf(before.rating, record.rating),
      steps: stepsBetween(before.rating, record.rating) ?? 0,
      lead: record.lead,
    };
  });
  const matchedNow = new Set(matches.map((m) => m.now));
  const matchedEarlier = new Set(matches.map((m) => m.earlier));
  const unmatched = (side: readonly ReviewItem[], matched: Set<number>): ComparedItem[] =>
    side.flatMap((item, index) =>
      matched.has(index) ? [] : [{ ...(item.id !== undefined && { id: item.id }), row: item.row, rating: item.rating, lead: item.lead }],
    );
  const added = unmatched(nowItems, matchedNow);
  const removed = unmatched(earlierItems, matchedEarlier);
  return { earlier: review, items, added, removed, counts: movementCounts(items, added.length, removed.length) };
}
