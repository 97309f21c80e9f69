import type { IsoDate } from '../dates/calendar.js';
import type { Rating } from '../profile/brag.js';

/** How an item's rating moved between two reviews. Unrated on either side is its own case, not a move. */
export type Movement = 'improved' | 'worsened' | 'unchanged' | 'unrated';

/** One item found at both reviews. */
export interface MatchedItem {
  /** Now: the item's number and sheet row. */
  id?: string;
  row: number;
  /** Then: the number and row it had at the earlier review. */
  earlierId?: string;
  earlierRow: number;
  /** By its number, or by its text where the number is missing or was changed (the match is shown). */
  matchedBy: 'id' | 'text';
  from: Rating;
  to: Rating;
  /** The status as written, then and now. */
  fromText: string;
  toText: string;
  movement: Movement;
  /** Categories moved: positive up the order red → amber → green → blue, 0 when unrated on either side. */
  steps: number;
  lead: string;
}

export interface ComparedItem {
  id?: string;
  row: number;
  rating: Rating;
  lead: string;
}

/** What the earlier review was: another file, or an earlier rating column of this tracker. */
export type EarlierReview =
  | { kind: 'file'; file: string; sheet: string; asAt: IsoDate }
  | { kind: 'column'; header: string; column: number; asAt?: IsoDate };

export interface MovementCounts {
  improved: number;
  worsened: number;
  unchanged: number;
  /** Matched items unrated at either review. */
  unrated: number;
  added: number;
  removed: number;
  /** Matched items blue now that were not blue then. */
  completed: number;
}

/** A tracker now against the same tracker at an earlier review. */
export interface ReviewComparison {
  earlier: EarlierReview;
  /** Matched items, in the order they stand in the tracker now. */
  items: MatchedItem[];
  /** Items only in the tracker now. */
  added: ComparedItem[];
  /** Items only in the earlier review. */
  removed: ComparedItem[];
  counts: MovementCounts;
}

/** Red is lowest: a move up this order is an improvement. */
const ORDER: readonly Rating[] = ['red', 'amber', 'green', 'blue'];

/** Categories moved from one rating to another; undefined when either is unrated. */
export function stepsBetween(from: Rating, to: Rating): number | undefined {
  if (from === 'unrated' || to === 'unrated') return undefined;
  return ORDER.indexOf(to) - ORDER.indexOf(from);
}

export function movementOf(from: Rating, to: Rating): Movement {
  const steps = stepsBetween(from, to);
  if (steps === undefined) return 'unrated';
  return steps > 0 ? 'improved' : steps < 0 ? 'worsened' : 'unchanged';
}

export function movementCounts(items: readonly MatchedItem[], added: number, removed: number): MovementCounts {
  const counts: MovementCounts = { improved: 0, worsened: 0, unchanged: 0, unrated: 0, added, removed, completed: 0 };
  for (const item of items) {
    counts[item.movement] += 1;
    if (item.to === 'blue' && item.from !== 'blue') counts.completed += 1;
  }
  return counts;
}
