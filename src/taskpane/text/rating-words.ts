import { RATINGS, type Rating, type RatingCounts } from '../../engine/profile/brag.js';
import type { Profile } from '../../engine/profile/profile-schema.js';
import type { Severity } from '../../engine/issues/issue-codes.js';

/** The profile's own label for a rating ("In progress and on track"). */
export function ratingLabel(rating: Rating, profile: Profile): string {
  return rating === 'unrated' ? 'No recognised status' : profile.categories[rating].label;
}

/** Short words for one-line outcomes: "5 completed, 17 on track, 2 delayed". */
const SHORT_WORDS: Record<Rating, string> = {
  blue: 'completed',
  green: 'on track',
  amber: 'delayed',
  red: 'not in progress',
  unrated: 'with no recognised status',
};

export function countsInShort(counts: RatingCounts): string {
  const parts = RATINGS.filter((rating) => counts[rating] > 0).map((rating) => `${counts[rating]} ${SHORT_WORDS[rating]}`);
  return parts.length > 0 ? parts.join(', ') : 'no items';
}

export const SEVERITY_HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/** "0 errors, 3 warnings" (notes only when there are some). */
export function issueCountsInShort(counts: Record<Severity, number>): string {
  const parts = (['error', 'warning'] as const).map((s) => plural(counts[s], SEVERITY_WORDS[s]));
  if (counts.info > 0) parts.push(plural(counts.info, SEVERITY_WORDS.info));
  return parts.join(', ');
}

export function plural(count: number, [one, many]: readonly [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}
