import type { ReviewComparison } from '../compare/review-comparison.js';
import type { IsoDate } from '../dates/calendar.js';
import { RATINGS, type Rating } from '../profile/brag.js';

export interface MovedItem {
  id: string;
  lead: string;
  from: Rating;
  to: Rating;
}

/** The board pack's direction of travel: what moved since the earlier review, and how many. */
export interface MovementSummary {
  /** The earlier review's date, where known. */
  asAt?: IsoDate;
  /** Blue now, not blue then. */
  completed: number;
  /** Moved up, but not to blue. */
  improved: number;
  worsened: number;
  unchanged: number;
  /** Unrated at either review. */
  unrated: number;
  added: number;
  removed: number;
  /** Each move (then → now) with its count, the worst moves first. */
  moves: { from: Rating; to: Rating; count: number }[];
  /** The items whose rating changed, the ones that slipped first. */
  moved: MovedItem[];
}

export function movementSummary(comparison: ReviewComparison): MovementSummary {
  const moved = comparison.items
    .filter((item) => item.from !== item.to)
    .map((item): MovedItem => ({ id: item.id ?? `row ${item.row}`, lead: item.lead, from: item.from, to: item.to }));
  const { counts } = comparison;
  const asAt = comparison.earlier.asAt;
  return {
    ...(asAt !== undefined && { asAt }),
    completed: counts.completed,
    improved: comparison.items.filter((i) => i.movement === 'improved' && i.to !== 'blue').length,
    worsened: counts.worsened,
    unchanged: counts.unchanged,
    unrated: counts.unrated,
    added: counts.added,
    removed: counts.removed,
    moves: movesOf(moved),
    moved: [...moved].sort((a, b) => worseFirst(a) - worseFirst(b)),
  };
}

/** Several trackers' movement added up (a whole plan), each item named with its sheet. */
export function combinedMovement(parts: readonly { sheet: string; since: MovementSummary }[]): MovementSummary | undefined {
  if (parts.length === 0) return undefined;
  const sum = (key: 'completed' | 'improved' | 'worsened' | 'unchanged' | 'unrated' | 'added' | 'removed') => parts.reduce((n, p) => n + p.since[key], 0);
  const moved = parts.flatMap((p) => p.since.moved.map((item) => ({ ...item, id: `${p.sheet} ${item.id}` })));
  const dates = new Set(parts.map((p) => p.since.asAt));
  const [asAt] = dates;
  return {
    ...(dates.size === 1 && asAt !== undefined && { asAt }),
    completed: sum('completed'),
    improved: sum('improved'),
    worsened: sum('worsened'),
    unchanged: sum('unchanged'),
    unrated: sum('unrated'),
    added: sum('added'),
    removed: sum('removed'),
    moves: movesOf(moved),
    moved: [...moved].sort((a, b) => worseFirst(a) - worseFirst(b)),
  };
}

const RANK: Record<Rating, number> = { red: 0, amber: 1, green: 2, blue: 3, unrated: -1 };

/** Slipped first (the furthest first), then unrated either side, then improved. */
function worseFirst(item: { from: Rating; to: Rating }): number {
  if (item.from === 'unrated' || item.to === 'unrated') return 0;
  return RANK[item.to] - RANK[item.from];
}

function movesOf(moved: readonly MovedItem[]): MovementSummary['moves'] {
  const counts = new Map<string, { from: Rating; to: Rating; count: number }>();
  for (const { from, to } of moved) {
    const key = `${from}>${to}`;
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { from, to, count: 1 });
  }
  return [...counts.values()].sort((a, b) => worseFirst(a) - worseFirst(b) || RATINGS.indexOf(a.from) - RATINGS.indexOf(b.from));
}
