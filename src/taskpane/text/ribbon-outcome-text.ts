import type { RibbonOutcome } from '../../commands/ribbon-outcomes.js';
import type { WorkbookReport } from '../../engine/report/workbook-report.js';
import type { RatingCounts } from '../../engine/profile/brag.js';
import { countsInShort, issueCountsInShort } from './rating-words.js';

/** "5 completed, 17 on track, 2 delayed — 0 errors, 3 warnings", over every tracker in the report. */
export function reportInShort(report: WorkbookReport): string {
  if (report.trackers.length === 0) return 'no tracker was found';
  const counts: RatingCounts = { blue: 0, green: 0, amber: 0, red: 0, unrated: 0 };
  for (const tracker of report.trackers) {
    for (const rating of Object.keys(counts) as (keyof RatingCounts)[]) counts[rating] += tracker.statusCounts[rating];
  }
  return `${countsInShort(counts)} — ${issueCountsInShort(report.issueCounts)}`;
}

/** What the pane says about something the ribbon did. */
export function ribbonOutcomeText(outcome: RibbonOutcome): string {
  const what = outcome.action === 'validate' ? 'Validating' : 'Building the summary';
  switch (outcome.state) {
    case 'running':
      return `${what} from the ribbon…`;
    case 'failed':
      return outcome.message;
    case 'done':
      return outcome.action === 'validate'
        ? `Validated from the ribbon: ${reportInShort(outcome.outcome.report)}`
        : `From the ribbon: ${summarySheetsText(outcome.sheets)}`;
  }
}

/** "Summary written to sheet 'Summary – Recommendations'" */
export function summarySheetsText(sheets: readonly string[]): string {
  if (sheets.length === 0) return 'no summary was written, as no tracker was found';
  const names = sheets.map((sheet) => `'${sheet}'`).join(', ');
  return `Summary written to ${sheets.length === 1 ? 'sheet' : 'sheets'} ${names}`;
}
