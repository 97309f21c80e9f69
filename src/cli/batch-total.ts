import { emptyCounts, RATINGS, type RatingCounts } from '../engine/profile/brag.js';
import { SEVERITIES, type Severity } from '../engine/issues/issue-codes.js';
import type { WorkbookReport } from '../engine/report/workbook-report.js';

/** A file in a batch: its one-file report, or why it could not be checked. */
export type BatchEntry = WorkbookReport | { file: string; error: string };

export interface BatchTotal {
  files: number;
  trackers: number;
  items: number;
  /** Every tracker's status column (its first rated column), added up. */
  statusCounts: RatingCounts;
  issueCounts: Record<Severity, number>;
}

/** `tracker-check --json` on several files: each file's document in order, then the total. */
export interface BatchReport {
  files: BatchEntry[];
  /** Spreadsheets the folders hold that were not checked (.xls, .xlsb, .ods), and why. */
  skipped: { file: string; reason: string }[];
  total: BatchTotal;
}

export function emptyTotal(): BatchTotal {
  return { files: 0, trackers: 0, items: 0, statusCounts: emptyCounts(), issueCounts: { error: 0, warning: 0, info: 0 } };
}

/** Adds one file to the total in place (a batch need not keep every report to count them). */
export function addToTotal(total: BatchTotal, entry: BatchEntry): void {
  total.files += 1;
  if ('error' in entry) return;
  total.trackers += entry.trackers.length;
  for (const tracker of entry.trackers) {
    total.items += tracker.items;
    for (const rating of RATINGS) total.statusCounts[rating] += tracker.statusCounts[rating];
  }
  for (const severity of SEVERITIES) total.issueCounts[severity] += entry.issueCounts[severity];
}
