import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import { periodEnd } from '../dates/period.js';
import type { Rating } from '../profile/brag.js';
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

/** One review's side of a comparison: per record, its rating and status text. */
interface Side {
  tracker: TrackerAnalysis;
  /** Which rated column (by index into the layout's rated columns) holds the rating. */
  ratedIndex: number;
}

/** The tracker now against the same tracker at an earlier review (another file's analysis). */
export function compareTrackers(now: TrackerAnalysis, earlier: TrackerAnalysis, review: EarlierReview): ReviewComparison {
  return compareSides({ tracker: now, ratedIndex: 0 }, { tracker: earlier, ratedIndex: 0 }, review, true);
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
  return compareSides({ tracker, ratedIndex: 0 }, { tracker, ratedIndex: chosen.index }, review, false);
}

const PREVIOUS = /\b(?:previous|prior|last|earlier|was|baseline)\b/i;
const CURRENT = /\b(?:current|latest|now)\b/i;

function compareSides(now: Side, earlier: Side, review: EarlierReview, matchByText: boolean): ReviewComparison {
  const nowRecords = now.tracker.context.records;
  const earlierRecords = earlier.tracker.context.records;
  // Within one sheet, a row is the same item in both columns.
  const matches = matchByText
    ? matchItems(nowRecords, earlierRecords)
    : nowRecords.map((_, index) => ({ now: index, earlier: index, matchedBy: 'id' as const }));
  const items = matches.map(({ now: n, earlier: e, matchedBy }): MatchedItem => {
    const record = nowRecords[n]!;
    const before = earlierRecords[e]!;
    const from = ratingOf(earlier, e);
    const to = ratingOf(now, n);
    return {
      ...(record.id !== undefined && { id: record.id }),
      row: record.row,
      ...(before.id !== undefined && { earlierId: before.id }),
      earlierRow: before.row,
      matchedBy,
      from,
      to,
      fromText: before.ratingTexts[earlier.ratedIndex] ?? '',
      toText: record.ratingTexts[now.ratedIndex] ?? '',
      movement: movementOf(from, to),
      steps: stepsBetween(from, to) ?? 0,
      lead: record.lead,
    };
  });
  const matchedNow = new Set(matches.map((m) => m.now));
  const matchedEarlier = new Set(matches.map((m) => m.earlier));
  const unmatched = (side: Side, matched: Set<number>): ComparedItem[] =>
    side.tracker.context.records.flatMap((record, index) =>
      matched.has(index) ? [] : [{ ...(record.id !== undefined && { id: record.id }), row: record.row, rating: ratingOf(side, index), lead: record.lead }],
    );
  const added = unmatched(now, matchedNow);
  const removed = unmatched(earlier, matchedEarlier);
  return { earlier: review, items, added, removed, counts: movementCounts(items, added.length, removed.length) };
}

function ratingOf(side: Side, index: number): Rating {
  return side.tracker.context.ratings[index]?.[side.ratedIndex] ?? 'unrated';
}
