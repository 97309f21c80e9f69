// The snapshot of each review the add-in keeps in the workbook: the rows the engine plans, read back
// from the grid as an earlier review, and the trend and comparison they give the next review.
import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import { readReviewSnapshots } from '../../src/engine/compare/read-review-snapshots.js';
import { REVIEWS_SHEET } from '../../src/engine/compare/review-snapshot-format.js';
import { reviewSnapshotRows } from '../../src/engine/edits/review-snapshot-plan.js';
import { summarySheetPlans } from '../../src/engine/edits/summary-sheet-plan.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import type { PlanValue } from '../../src/engine/edits/summary-sheet-plan.js';
import { sheet, workbook, type CellInput } from '../support/grid-builder.js';

const header = ['No.', 'Action', 'Lead', 'Status'];
const march = [header, ['1', 'Review the plan', 'Ann Lee', 'Amber'], ['2', 'Agree priorities', 'Ben Holmes', 'Red'], ['3', 'Close the old board', 'Ann Lee', 'Green']];

function withSnapshots(rows: readonly (readonly CellInput[])[], kept: readonly (readonly PlanValue[])[]) {
  return workbook(sheet('Actions', rows), sheet(REVIEWS_SHEET, kept));
}

describe('review snapshots', () => {
  const first = analyseWorkbook(workbook(sheet('Actions', march)), { today: '2025-03-31' });
  const kept = reviewSnapshotRows(first.asAt, first.trackers, []);

  it('read back as the review they were, and never as a tracker', () => {
    const [snapshot, ...more] = readReviewSnapshots(withSnapshots(march, kept));
    expect(more).toEqual([]);
    expect(snapshot?.asAt).toBe('2025-03-31');
    expect(snapshot?.trackers.map((t) => t.sheet)).toEqual(['Actions']);
    expect(snapshot?.trackers[0]?.items.map((i) => [i.id, i.key, i.rating])).toEqual([
      ['1', 'review the plan', 'amber'],
      ['2', 'agree priorities', 'red'],
      ['3', 'close the old board', 'green'],
    ]);
    const again = analyseWorkbook(withSnapshots(march, kept), { today: '2025-03-31' });
    expect(again.trackers.map((t) => t.context.layout.sheet)).toEqual(['Actions']);
    expect(again.passedOver).not.toContain(REVIEWS_SHEET);
  });

  it('the next review compares with the latest kept before it, matching renumbered items by their text key', () => {
    // Renumbered, one removed, one added, two moved.
    const june = [header, ['10', 'Agree priorities', 'Ben Holmes', 'Amber'], ['11', 'Review the plan', 'Ann Lee', 'Green'], ['12', 'Hire a director', 'Ann Lee', 'Red']];
    const now = analyseWorkbook(withSnapshots(june, kept), { today: '2025-06-30' });
    expect(now.comparedWith).toBe('2025-03-31');
    const counts = now.trackers[0]?.since?.counts;
    expect(counts).toMatchObject({ improved: 2, worsened: 0, added: 1, removed: 1 });
    expect(analyseWorkbook(withSnapshots(june, kept), { today: '2025-03-15' }).comparedWith).toBeUndefined();

    const plan = summarySheetPlans(now.trackers, DEFAULT_PROFILE, now.snapshots)[0]!;
    const trend = plan.tables.find((t) => t.name.endsWith('_Trend'));
    expect(trend?.rows.map((r) => r.slice(0, 5))).toEqual([
      ['31 March 2025', 0, 1, 1, 1],
      ['30 June 2025', 0, 1, 1, 1],
    ]);
    expect(plan.charts.find((c) => c.kind === 'stacked-column')?.table).toBe(trend?.name);
  });

  it('a second snapshot keeps the first; one at the same date replaces it; a row typed over is left out', () => {
    const snapshots = readReviewSnapshots(withSnapshots(march, kept));
    const june = analyseWorkbook(withSnapshots(march, kept), { today: '2025-06-30' });
    const both = reviewSnapshotRows(june.asAt, june.trackers, snapshots);
    expect(both.slice(1).map((r) => r[0])).toEqual(['2025-03-31', '2025-03-31', '2025-03-31', '2025-06-30', '2025-06-30', '2025-06-30']);
    const replaced = reviewSnapshotRows('2025-03-31', june.trackers, readReviewSnapshots(withSnapshots(march, both)));
    expect(replaced.slice(1).map((r) => r[0])).toEqual(['2025-03-31', '2025-03-31', '2025-03-31', '2025-06-30', '2025-06-30', '2025-06-30']);
    const typedOver = [...both.slice(0, 2), ['31/03/25', ...both[2]!.slice(1)], [...both[3]!.slice(0, 6), 'purple', both[3]![7]!]];
    expect(readReviewSnapshots(withSnapshots(march, typedOver))[0]?.trackers[0]?.items).toHaveLength(1);
  });
});
