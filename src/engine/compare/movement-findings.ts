import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import { cellAddress } from '../grid/a1.js';
import type { EarlierReviewName, Finding } from '../issues/issue-codes.js';
import type { BragCategory } from '../profile/brag.js';
import type { EarlierTracker } from './earlier-tracker.js';
import type { ReviewComparison } from './review-comparison.js';

/**
 * What a comparison finds on the tracker now: `status-worsened` for an item that moved down,
 * `status-jumped` for one that moved two categories or more at once, and, against another file,
 * `progress-unchanged` for an update copied word for word from the earlier review (not for an
 * item completed at both, whose update has nothing left to say).
 */
export function movementFindings(comparison: ReviewComparison, now: TrackerAnalysis, earlier?: EarlierTracker): Finding[] {
  const { layout, records, headers } = now.context;
  const status = layout.ratedColumns[0];
  const progress = layout.columns.progress;
  const name: EarlierReviewName =
    comparison.earlier.kind === 'column'
      ? { column: comparison.earlier.header, ...(comparison.earlier.asAt !== undefined && { asAt: comparison.earlier.asAt }) }
      : { asAt: comparison.earlier.asAt };
  const earlierProgress = new Map((earlier?.items ?? []).map((item) => [item.row, item.progress]));
  const findings: Finding[] = [];
  for (const item of comparison.items) {
    const base = { sheet: layout.sheet, row: item.row, ...(item.id !== undefined && { itemId: item.id }) };
    if (status !== undefined && item.movement === 'worsened') {
      findings.push({
        ...base,
        cell: cellAddress(status, item.row),
        code: 'status-worsened',
        params: { from: item.from as BragCategory, to: item.to as BragCategory, fromText: item.fromText, earlier: name },
      });
    }
    if (status !== undefined && Math.abs(item.steps) >= 2) {
      findings.push({
        ...base,
        cell: cellAddress(status, item.row),
        code: 'status-jumped',
        params: { from: item.from as BragCategory, to: item.to as BragCategory, steps: item.steps, earlier: name },
      });
    }
    if (progress === undefined || earlier === undefined || (item.from === 'blue' && item.to === 'blue')) continue;
    const then = earlierProgress.get(item.earlierRow);
    const record = records.find((r) => r.row === item.row);
    if (record === undefined || then === undefined || record.progress === '' || sameWords(record.progress) !== sameWords(then)) continue;
    findings.push({
      ...base,
      cell: cellAddress(progress, item.row),
      code: 'progress-unchanged',
      params: { header: headers.get(progress) || 'progress update', earlier: name },
    });
  }
  return findings;
}

/** Word for word: spacing and line breaks aside. */
function sameWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
