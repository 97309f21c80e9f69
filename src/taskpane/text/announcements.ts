// What the pane's live region says after each action, in an officer's words (WCAG 4.1.3).
import type { CellEdit } from '../../engine/edits/fix-plan.js';
import type { Issue } from '../../engine/issues/issue-codes.js';
import { countIssues } from '../../engine/issues/count-issues.js';
import type { WorkbookReport } from '../../engine/report/workbook-report.js';
import type { ValidateOutcome } from '../../hosts/office/office-tracker-host.js';
import { appliedText, revertedText, skippedText } from './fix-wording.js';
import { issueLocation } from './issue-location.js';
import { issueCountsInShort, plural } from './rating-words.js';
import { summarySheetsText } from './ribbon-outcome-text.js';

/** "Validated Recommendations: 24 items, 0 errors, 3 warnings, 1 note." for each tracker found. */
export function validatedAnnouncement(report: WorkbookReport): string {
  if (report.trackers.length === 0) return 'Validated: no tracker was found in this workbook. Choose the columns below.';
  return report.trackers
    .map((t) => `Validated ${t.sheet}: ${plural(t.items, ['item', 'items'])}, ${issueCountsInShort(countIssues(t.issues))}.`)
    .join(' ');
}

/** The outcome's words, with the message about unreadable saved settings when there is one. */
export function withSettings(text: string, outcome: ValidateOutcome): string {
  return outcome.settingsMessage === undefined ? text : `${text} ${outcome.settingsMessage}`;
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
