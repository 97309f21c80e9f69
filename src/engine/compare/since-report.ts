import type { IsoDate } from '../dates/calendar.js';
import { columnLetter } from '../grid/a1.js';
import type { Rating } from '../profile/brag.js';
import type { MovementCounts, ReviewComparison } from './review-comparison.js';

/** A tracker's direction of travel as `--json` prints it. */
export interface SinceReport extends MovementCounts {
  /** The earlier review's file (this file, when the earlier review is a rating column in it). */
  file: string;
  /** The earlier tracker's sheet, or the earlier rating column's letter and heading. */
  sheet?: string;
  column?: string;
  header?: string;
  /** The earlier review's date; null when an earlier rating column names no period. */
  asAt: IsoDate | null;
  /** Every matched item, in the tracker's order; a match by text shows the number and row it had. */
  items: { id?: string; row: number; from: Rating; to: Rating; matchedBy: 'id' | 'text'; earlierId?: string; earlierRow: number }[];
  addedItems: { id?: string; row: number; rating: Rating }[];
  removedItems: { id?: string; row: number; rating: Rating }[];
}

export function sinceReport(comparison: ReviewComparison, file: string): SinceReport {
  const { earlier } = comparison;
  const place = earlier.kind === 'file'
    ? { file: earlier.file, sheet: earlier.sheet, asAt: earlier.asAt }
    : { file, column: columnLetter(earlier.column), header: earlier.header, asAt: earlier.asAt ?? null };
  return {
    ...place,
    ...comparison.counts,
    items: comparison.items.map((item) => ({
      ...(item.id !== undefined && { id: item.id }),
      row: item.row,
      from: item.from,
      to: item.to,
      matchedBy: item.matchedBy,
      ...(item.matchedBy === 'text' && item.earlierId !== undefined && { earlierId: item.earlierId }),
      earlierRow: item.earlierRow,
    })),
    addedItems: comparison.added.map(({ id, row, rating }) => ({ ...(id !== undefined && { id }), row, rating })),
    removedItems: comparison.removed.map(({ id, row, rating }) => ({ ...(id !== undefined && { id }), row, rating })),
  };
}
