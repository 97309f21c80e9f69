// What the pane's live region says after each action, in an officer's words (WCAG 4.1.3).
import type { CellEdit } from '../../engine/edits/fix-plan.js';
import type { Issue } from '../../engine/issues/issue-codes.js';
import { countIssues } from '../../engine/issues/count-issues.js';
import type { WorkbookReport } from '../../engine/report/workbook-report.js';
import type { ValidateOutcome } from '../../hosts/office/office-tracker-host.js';
import { appliedText, revertedText, skippedText } from './fix-wording.js';
import { issueLocation } from './issue-location.js';
import { countsInShort, issueCountsInShort, plural } from './rating-words.js';
import { summarySheetsText } from './ribbon-outcome-text.js';

/** "Validated Recommendations: 24 items, 0 errors, 3 warnings, 1 note." for each tracker found. */
export function validatedAnnouncement(report: WorkbookReport): string {
  if (report.trackers.length === 0) return 'Validated: no tracker was found in this workbook. Choose the columns below.';
  return report.trackers
    .map((t) => `Validated ${t.sheet}: ${plural(t.items, ['item', 'items'])}, ${issueCountsInShort(countIssues(t.issues))}.`)
    .join(' ');
}

/**
 * The outcome's words, with the warnings the pane shows beside them: what a protected sheet or a
 * read-only workbook left undone, and saved settings that could not be read.
 */
export function withOutcomeMessages(text: string, outcome: Pick<ValidateOutcome, 'accessMessage' | 'settingsMessage'>): string {
  return [text, outcome.accessMessage, outcome.settingsMessage].filter((part) => part !== undefined).join(' ');
}

export function summaryAnnouncement(sheets: readonly string[]): string {
  return `${summarySheetsText(sheets)}.`;
}

/** "Changed D25 to "In progress, some delays"." and any cells left alone. */
export function fixAnnouncement(applied: readonly CellEdit[], skipped: readonly CellEdit[]): string {
  const parts = [applied.length > 0 ? appliedText(applied) : '', skipped.length > 0 ? skippedText(skipped) : ''];
  return parts.filter(Boolean).join(' ') || 'Nothing was changed.';
}

export function revertAnnouncement(reverted: readonly CellEdit[], skipped: readonly CellEdit[]): string {
  const parts = [reverted.length > 0 ? revertedText(reverted) : '', skipped.length > 0 ? skippedText(skipped) : ''];
  return parts.filter(Boolean).join(' ') || 'Nothing was put back.';
}

/** "Selected Recommendations, cell D25 (row 25) in Excel." */
export function selectedAnnouncement(issue: Issue): string {
  return `Selected ${issueLocation(issue)} in Excel.`;
}

export function columnsAnnouncement(forgotten: boolean, report: WorkbookReport): string {
  return `${forgotten ? 'Forgot the chosen columns.' : 'Saved the columns in this workbook.'} ${validatedAnnouncement(report)}`;
}

/**
 * After an answer is saved or forgotten: what was done, the counts it gave, and what is left to
 * answer. "Saved your answer in this workbook. Improvement plan now counts 4 completed, 7 on track, 3 delayed, 2 not in progress. No questions left."
 */
export function answerAnnouncement(forgotten: boolean, report: WorkbookReport): string {
  const counts = report.trackers.map((t) => `${t.sheet} now counts ${countsInShort(t.statusCounts)}.`);
  const left = report.questions.length + report.trackers.reduce((sum, t) => sum + t.questions.length, 0);
  const questions = left === 0 ? 'No questions left.' : `${plural(left, ['question', 'questions'])} left.`;
  return [forgotten ? 'Forgot that answer.' : 'Saved your answer in this workbook.', ...counts, questions].join(' ');
}

/** What the pane shows when the issue filters leave nothing. */
export const NO_MATCH = 'No issues match the filter.';

/** What the issue filters leave: "Showing 3 of 4 issues." or, as the pane says, "No issues match the filter." */
export function filterAnnouncement(shown: number, total: number): string {
  return shown === 0 ? NO_MATCH : `Showing ${shown} of ${plural(total, ['issue', 'issues'])}.`;
}
