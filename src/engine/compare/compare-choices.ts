import type { IsoDate } from '../dates/calendar.js';
import { formatLongDate } from '../text/format-date.js';
import type { ReviewSnapshot } from './read-review-snapshots.js';

export interface CompareOption {
  /** A kept review's as-at date, or 'none'. */
  value: IsoDate | 'none';
  label: string;
}

/** What an officer may compare this review with: each other kept review, the latest first, or none. */
export function compareOptions(snapshots: readonly ReviewSnapshot[], asAt: IsoDate): CompareOption[] {
  const reviews = snapshots
    .filter((snapshot) => snapshot.asAt !== asAt)
    .map((snapshot) => snapshot.asAt)
    .sort((a, b) => b.localeCompare(a));
  if (reviews.length === 0) return [];
  return [...reviews.map((date) => ({ value: date, label: `The ${formatLongDate(date)} review` })), { value: 'none', label: 'No earlier review' }];
}
