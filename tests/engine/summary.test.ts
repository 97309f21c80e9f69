import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import { MAX_LISTED_ROWS, summarySheetPlan } from '../../src/engine/edits/summary-sheet-plan.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import { boardSummary } from '../../src/engine/summary/board-summary.js';
import { wholePercentages } from '../../src/engine/summary/count-ratings.js';
import { reportParagraph } from '../../src/engine/summary/report-paragraph.js';
import { trackerWorkbook, type CellInput } from '../support/grid-builder.js';

const RECOMMENDATIONS = { one: 'recommendation', many: 'recommendations' };
const counts = (blue: number, green: number, amber: number, red: number, unrated = 0) => ({ blue, green, amber, red, unrated });

describe('whole percentages', () => {
  it.each([
    [counts(5, 17, 2, 0), counts(21, 71, 8, 0)],
    [counts(1, 1, 1, 0), counts(34, 33, 33, 0)],
    [counts(0, 0, 0, 0), counts(0, 0, 0, 0)],
    [counts(2, 0, 0, 0, 1), counts(67, 0, 0, 0, 33)],
    [counts(1, 2, 3, 1), counts(14, 29, 43, 14)],
  ])('%o gives %o, adding to 100 when there are items', (given, expected) => {
    const result = wholePercentages(given);
    expect(result).toEqual(expected);
    const total = Object.values(result).reduce((a, b) => a + b, 0);
    expect(total).toBe(Object.values(given).some((n) => n > 0) ? 100 : 0);
  });
});

describe('the report paragraph', () => {
  const paragraph = (c: ReturnType<typeof counts>, noun = RECOMMENDATIONS) => reportParagraph(c, wholePercentages(c), noun);

  it.each([
    [
      counts(5, 17, 2, 0),
      '21% of the recommendations have been completed (5) and a further 71% are in progress and on track to be achieved in timescale (17). Two are in progress but with some delays.',
    ],
    [counts(3, 0, 0, 1), '75% of the recommendations have been completed (3). One is not in progress or faces a challenge in meeting the timescales.'],
    [counts(0, 4, 0, 0), '100% of the recommendations are in progress and on track to be achieved in timescale (4).'],
    [counts(0, 0, 1, 12), 'One recommendation is in progress but with some delays. 12 are not in progress or face a challenge in meeting the timescales.'],
    [counts(0, 0, 0, 0, 2), 'Two recommendations have no recognised status.'],
    [counts(0, 0, 0, 0), 'The tracker lists no recommendations yet.'],
  ])('%o reads as the council writes it', (given, expected) => {
    expect(paragraph(given)).toBe(expected);
  });

  it('names what the tracker lists', () => {
    expect(paragraph(counts(0, 0, 3, 0), { one: 'action', many: 'actions' })).toBe('Three actions are in progress but with some delays.');
  });
});

describe('the board summary', () => {
  const tracker = (rows: CellInput[][]) => {
    const analysis = analyseWorkbook(trackerWorkbook([['Action', 'Lead', 'Progress', 'Status', 'Target date'], ...rows]), {
      today: '2025-06-30',
      asAt: '2025-03-31',
    });
    const first = analysis.trackers[0];
    if (!first) throw new Error('no tracker found');
    return boardSummary(first);
  };

  it('counts an item once for each of its leads, and lists the exceptions red first', () => {
    const summary = tracker([
      ['1. A', 'Ann Lee & Bob Roe', 'Done', 'Completed', { date: '2025-01-31' }],
      ['2. B', 'Bob Roe', 'Late', 'Amber', { date: '2025-02-28' }],
      ['3. C', 'Cat Ng', 'Stuck', 'Red', { date: '2025-05-31' }],
      ['4. D', 'Ann Lee', '', 'Green', { date: '2025-09-30' }],
    ]);
    expect(summary.byLead).toEqual([
      { name: 'Ann Lee', counts: counts(1, 1, 0, 0), total: 2 },
      { name: 'Bob Roe', counts: counts(1, 0, 1, 0), total: 2 },
      { name: 'Cat Ng', counts: counts(0, 0, 0, 1), total: 1 },
    ]);
    expect(summary.overdue.map((d) => d.id)).toEqual(['2']);
    expect(summary.dueSoon.map((d) => d.id)).toEqual(['3']);
    expect(summary.nextQuarterEnd).toBe('2025-06-30');
    const plan = summarySheetPlan(summary, DEFAULT_PROFILE, 1);
    const exceptions = plan.tables.find((t) => t.name.endsWith('_Exceptions'));
    expect(exceptions?.header).toEqual(['Action', 'Lead', 'Status', 'Due', 'Latest update']);
    expect(exceptions?.rows).toEqual([
      ['3. C', 'Cat Ng', 'Red', '31 May 2025', 'Stuck'],
      ['2. B', 'Bob Roe', 'Amber', '28 February 2025', 'Late'],
    ]);
    expect(exceptions?.rowRatings).toEqual(['red', 'amber']);
  });

  it(`lists at most ${MAX_LISTED_ROWS} exceptions and says how many more there are`, () => {
    const rows = Array.from({ length: MAX_LISTED_ROWS + 30 }, (_, i): CellInput[] => [`${i + 1}. Act`, 'Ann Lee', 'x', 'Amber', null]);
    const plan = summarySheetPlan(tracker(rows), DEFAULT_PROFILE, 1);
    expect(plan.tables.find((t) => t.name.endsWith('_Exceptions'))?.rows).toHaveLength(MAX_LISTED_ROWS);
    expect(plan.texts.map((t) => t.text)).toContain("…and 30 more, not listed here: the tracker and Tracker Check's panel have them all.");
  });

  it('says nothing is overdue only where the tracker has due dates, and points to where the pack was made', () => {
    const undated = analyseWorkbook(trackerWorkbook([['Action', 'Lead', 'Progress', 'Status'], ['1. A', 'Ann Lee', 'x', 'Amber']]), { today: '2025-06-30', asAt: '2025-03-31' });
    const summary = boardSummary(undated.trackers[0]!);
    expect(summary.hasDue).toBe(false);
    const fromCli = summarySheetPlan(summary, DEFAULT_PROFILE, 1, [], 'command-line').texts.map((t) => t.text);
    expect(fromCli).toContain('The tracker records no due dates, so no action can be shown as overdue or due soon.');
    expect(fromCli.join(' ')).not.toMatch(/overdue or due by/);
    expect(fromCli.join(' ')).not.toMatch(/panel/);
    const dated = tracker([['1. A', 'Ann Lee', 'x', 'Green', { date: '2026-12-31' }]]);
    expect(summarySheetPlan(dated, DEFAULT_PROFILE, 1).texts.map((t) => t.text)).toContain('No open action is overdue or due by 30 June 2025.');
  });

  it('points a pack made on the command line to its report, not to a panel', () => {
    const rows = Array.from({ length: MAX_LISTED_ROWS + 2 }, (_, i): CellInput[] => [`${i + 1}. Act`, 'Ann Lee', 'x', 'Amber', null]);
    const texts = summarySheetPlan(tracker(rows), DEFAULT_PROFILE, 1, [], 'command-line').texts.map((t) => t.text);
    expect(texts).toContain('…and 2 more, not listed here: the tracker and the tracker-check report have them all.');
  });
});
