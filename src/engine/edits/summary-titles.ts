import type { BoardSummary } from '../summary/board-summary.js';
import { capitalise } from '../text/number-words.js';
import { formatLongDate } from '../text/format-date.js';

/**
 * What a summary's page is titled: the tracker it summarises, so a plan's pages (Priority 1, 2, 3
 * and the whole plan) cannot be told apart only by their grey source line. "Recommendations: progress
 * summary" where the sheet is named after what it lists; "Priority 1 – actions: progress summary";
 * "Whole plan – actions in 3 trackers: progress summary".
 */
export function summaryTitle(summary: BoardSummary): string {
  const { plan, noun } = summary;
  if (plan) return `Whole plan – ${noun.many} in ${plan.sheets.length} trackers: progress summary`;
  const sheet = summary.sheet.trim();
  if (sheet.toLowerCase() === noun.many.toLowerCase()) return `${capitalise(noun.many)}: progress summary`;
  return `${sheet} – ${noun.many}: progress summary`;
}

/** The printed page's header: the title and the date the review is as at. */
export function summaryPageHeader(summary: BoardSummary): string {
  return `${summaryTitle(summary)}, as at ${formatLongDate(summary.asAt)}`;
}
