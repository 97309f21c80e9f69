/**
 * What the ribbon's outcome dialog says after "Validate tracker" or "Build summary": one or two
 * plain sentences built from the same short wording the pane uses (ribbon-outcome-text.ts).
 */
import type { ValidateOutcome } from '../hosts/office/office-tracker-host.js';
import { reportInShort, summarySheetsText } from '../taskpane/text/ribbon-outcome-text.js';

/** "Validated: 5 completed, 17 on track, 2 delayed — 0 errors, 3 warnings, 1 note. Open the Tracker Check panel for the cells." */
export function validatedText(outcome: ValidateOutcome): string {
  const found = `Validated: ${reportInShort(outcome.report)}.`;
  const more = outcome.report.trackers.length > 0 ? ' Open the Tracker Check panel for the cells.' : '';
  return withMessages(found + more, outcome);
}

/** "Summary written to sheet 'Summary – Recommendations'." */
export function summaryBuiltText(outcome: ValidateOutcome, sheets: readonly string[]): string {
  return withMessages(`${summarySheetsText(sheets)}.`, outcome);
}

/** The outcome's own messages after it: what was left unchanged and why, and unreadable saved choices. */
function withMessages(text: string, outcome: ValidateOutcome): string {
  return [text, outcome.accessMessage, outcome.settingsMessage].filter((part) => part !== undefined).join(' ');
}
