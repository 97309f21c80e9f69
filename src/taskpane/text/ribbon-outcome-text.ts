// One-line outcomes of Validate and Build summary: the pane's summary bar uses summarySheetsText,
// and the ribbon's outcome dialog (src/commands/outcome-text.ts) builds its sentences from both.
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

/** "Summary written to sheet 'Summary – Recommendations'" */
export function summarySheetsText(sheets: readonly string[]): string {
  if (sheets.length === 0) return 'no summary was written, as no tracker was found';
  const names = sheets.map((sheet) => `'${sheet}'`).join(', ');
  return `Summary written to ${sheets.length === 1 ? 'sheet' : 'sheets'} ${names}`;
}
