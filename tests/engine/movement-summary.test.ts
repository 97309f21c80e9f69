import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import { earlierTrackerOf } from '../../src/engine/compare/earlier-tracker.js';
import { summarySheetPlans } from '../../src/engine/edits/summary-sheet-plan.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import { boardSummary } from '../../src/engine/summary/board-summary.js';
import type { MovementSummary } from '../../src/engine/summary/movement-summary.js';
import { movementSentence } from '../../src/engine/summary/report-paragraph.js';
import { trackerWorkbook } from '../support/grid-builder.js';

const RECOMMENDATIONS = { one: 'recommendation', many: 'recommendations' };
const NONE: MovementSummary = { asAt: '2025-03-31', completed: 0, improved: 0, worsened: 0, unchanged: 0, unrated: 0, added: 0, removed: 0, moves: [], moved: [] };

describe('the movement sentence', () => {
  it.each([
    [{ completed: 3, worsened: 2 }, 'Since the March 2025 review, three more recommendations have been completed and two have slipped.'],
    [{ completed: 1 }, 'Since the March 2025 review, one more recommendation has been completed.'],
    [{ completed: 12, improved: 1, worsened: 1 }, 'Since the March 2025 review, 12 more recommendations have been completed, one has improved and one has slipped.'],
    [{ worsened: 2 }, 'Since the March 2025 review, two recommendations have slipped.'],
    [{ unchanged: 20 }, 'There has been no change since the March 2025 review.'],
    [{ unchanged: 20, added: 2, removed: 1 }, 'No rating has changed since the March 2025 review. Two recommendations have been added and one is no longer listed.'],
    [{ improved: 1, removed: 2 }, 'Since the March 2025 review, one recommendation has improved. Two recommendations are no longer listed.'],
    [{ completed: 1, asAt: undefined }, 'Since the previous review, one more recommendation has been completed.'],
  ])('%o', (change, expected) => {
    const since = { ...NONE, ...change } as MovementSummary;
    if ('asAt' in change && change.asAt === undefined) delete since.asAt;
    expect(movementSentence(since, RECOMMENDATIONS)).toBe(expected);
  });
});

describe('the board pack, since the earlier review', () => {
  const header = ['No.', 'Recommendation', 'Lead', 'Progress', 'Status'];
  const earlier = analyseWorkbook(
    trackerWorkbook([header, ['1', 'Publish the strategy', 'Ann Lee', 'Draft.', 'Green'], ['2', 'Recruit a director', 'Ben Holmes', 'Advert out.', 'Green'], ['3', 'Review scrutiny', 'Ann Lee', 'Begun.', 'Amber']]),
    { today: '2030-01-01', asAt: '2025-03-31' },
  );
  const now = analyseWorkbook(
    trackerWorkbook([header, ['1', 'Publish the strategy', 'Ann Lee', 'Published.', 'Completed'], ['2', 'Recruit a director', 'Ben Holmes', 'No appointment.', 'Red'], ['3', 'Review scrutiny', 'Ann Lee', 'Going well.', 'Amber']]),
    { today: '2030-01-01', asAt: '2025-06-30', since: { file: 'march.xlsx', asAt: earlier.asAt, trackers: earlier.trackers.map(earlierTrackerOf) } },
  );
  const [plan] = summarySheetPlans(now.trackers, DEFAULT_PROFILE);

  it('the paragraph ends with the movement sentence', () => {
    expect(boardSummary(now.trackers[0]!).paragraph).toMatch(/ Since the March 2025 review, one more recommendation has been completed and one has slipped\.$/);
  });

  it('the plan gains the section: the moves with counts, and the items that moved with their leads, the slipped first', () => {
    const heading = plan?.texts.find((t) => t.text === 'Since the 31 March 2025 review');
    expect(heading?.style).toBe('heading');
    const movement = plan?.tables.find((t) => t.name === 'TC_Tracker_Movement');
    expect(movement?.header).toStrictEqual(['Then', 'Now', 'Count']);
    expect(movement?.rows).toStrictEqual([
      ['In progress and on track', 'Not in progress or challenge in meeting the timescales', 1],
      ['In progress and on track', 'Completed', 1],
    ]);
    expect(plan?.texts.map((t) => t.text)).toContain('Unchanged: 1; added: 0; no longer listed: 0.');
    const moved = plan?.tables.find((t) => t.name === 'TC_Tracker_Moved');
    expect(moved?.rows).toStrictEqual([
      ['2', 'Ben Holmes', 'In progress and on track', 'Not in progress or challenge in meeting the timescales'],
      ['1', 'Ann Lee', 'In progress and on track', 'Completed'],
    ]);
    expect(moved?.rowRatings).toStrictEqual(['red', 'blue']);
    // The section sits between the status and the leads, and nothing overlaps it.
    const byLead = plan?.texts.find((t) => t.text === 'By lead');
    expect(heading!.row).toBeLessThan(movement!.row);
    expect(moved!.row + moved!.rows.length).toBeLessThan(byLead!.row);
  });

  it('a tracker with nothing to compare has no such section', () => {
    const [alone] = summarySheetPlans(earlier.trackers, DEFAULT_PROFILE);
    expect(alone?.texts.some((t) => t.text.startsWith('Since the'))).toBe(false);
    expect(alone?.tables.map((t) => t.name)).not.toContain('TC_Tracker_Movement');
  });
});
