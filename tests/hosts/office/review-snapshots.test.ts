// Issue 11 in the add-in: each Build summary keeps a snapshot of the review on the workbook's
// "Tracker Check reviews" sheet, and the next summary compares with it: the movement table, the
// sentence and the trend chart, in the in-memory Excel.
import { describe, expect, it } from 'vitest';
import { REVIEWS_SHEET, SNAPSHOT_HEADER } from '../../../src/engine/compare/review-snapshot-format.js';
import { OfficeTrackerHost } from '../../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, fakeWorkbook, inspect, type FakeExcel, type WorkbookModel } from '../../support/fake-excel/index.js';

const MARCH = () => new Date('2025-03-31T12:00:00Z');
const JUNE = () => new Date('2025-06-30T12:00:00Z');
const SUMMARY = 'Summary – Actions';

function setUp(): { excel: FakeExcel; model: WorkbookModel; at: (now: () => Date) => OfficeTrackerHost } {
  const model = fakeWorkbook({
    sheets: [
      {
        name: 'Actions',
        rows: [
          ['Action', 'Lead', 'Progress', 'Status'],
          ['1. Review the plan', 'Ann Lee', 'Under way.', 'Green'],
          ['2. Agree priorities', 'Ben Holmes', 'Waiting on the board.', 'Amber'],
          ['3. Publish the report', 'Ann Lee', 'Not started.', 'Red'],
        ],
      },
      { name: 'Notes', rows: [['Notes']] },
    ],
  });
  const excel = createFakeExcel(model, { excelApi: '1.13' });
  return { excel, model, at: (now) => new OfficeTrackerHost(excel.run, now, undefined, () => true) };
}

/** An officer's edit between two reviews. */
function setStatus(excel: FakeExcel, cell: string, text: string): Promise<void> {
  return excel.run(async (context) => {
    context.workbook.worksheets.getItem('Actions').getRange(cell).values = [[text]];
    await context.sync();
  });
}

const snapshotDates = (model: WorkbookModel) => inspect(model).values(REVIEWS_SHEET).slice(1).map((row) => row[0]);

describe('Review snapshots in Excel', () => {
  it('keeps a snapshot per review, last among the tabs, every text as text', async () => {
    const { excel, model, at } = setUp();
    await at(MARCH).buildSummary();
    expect(inspect(model).sheetNames()).toEqual(['Actions', 'Notes', SUMMARY, REVIEWS_SHEET]);
    const rows = inspect(model).values(REVIEWS_SHEET);
    expect(rows[0]).toEqual([...SNAPSHOT_HEADER]);
    expect(rows.slice(1)).toEqual([
      ['2025-03-31', 'Actions', 2, '1', 'review the plan', 'Green', 'green', 'Under way.'],
      ['2025-03-31', 'Actions', 3, '2', 'agree priorities', 'Amber', 'amber', 'Waiting on the board.'],
      ['2025-03-31', 'Actions', 4, '3', 'publish the report', 'Red', 'red', 'Not started.'],
    ]);
    expect(inspect(model).cell(`'${REVIEWS_SHEET}'!A2`).numberFormat).toBe('@');

    await setStatus(excel, 'D3', 'Green');
    await setStatus(excel, 'D4', 'Amber');
    await at(JUNE).buildSummary();
    expect(inspect(model).sheetNames().at(-1)).toBe(REVIEWS_SHEET);
    expect(snapshotDates(model)).toEqual([...Array(3).fill('2025-03-31'), ...Array(3).fill('2025-06-30')]);
    expect(inspect(model).values(REVIEWS_SHEET).slice(4).map((row) => row[6])).toEqual(['green', 'green', 'amber']);
  });

  it('the second summary shows the movement since the first: the table, the sentence and the trend chart', async () => {
    const { excel, model, at } = setUp();
    await at(MARCH).buildSummary();
    await setStatus(excel, 'D3', 'Green');
    await setStatus(excel, 'D4', 'Amber');
    const outcome = await at(JUNE).buildSummary();
    expect(outcome.analysis.comparedWith).toBe('2025-03-31');
    const view = inspect(model);
    const texts = view.values(SUMMARY).flat().map(String);
    expect(texts).toContain('Since the 31 March 2025 review');
    // The paragraph is written a line a row, under the title and the as-at line.
    const paragraph = view.values(SUMMARY).slice(2).map((row) => String(row[0] ?? ''));
    expect(paragraph.slice(0, paragraph.indexOf('Status')).join(' ')).toMatch(/Since the March 2025 review, two actions have improved\.$/);
    const movement = view.tables(SUMMARY).find((t) => t.name.endsWith('_Movement'));
    expect(movement).toBeDefined();
    const trend = view.tables(SUMMARY).find((t) => t.name.endsWith('_Trend'));
    expect(trend).toBeDefined();
    const rows = view.values(SUMMARY);
    const reviewRow = (label: string) => rows.find((row) => row[0] === label);
    // Blue, green, amber, red at each review.
    expect(reviewRow('31 March 2025')?.slice(1, 5)).toEqual([0, 1, 1, 1]);
    expect(reviewRow('30 June 2025')?.slice(1, 5)).toEqual([0, 2, 1, 0]);
    const columns = view.charts(SUMMARY).filter((chart) => chart.type === 'ColumnStacked');
    expect(columns).toHaveLength(1);
    expect(columns[0]?.categories).toEqual(['31 March 2025', '30 June 2025']);
    expect(JSON.stringify(columns[0]).toUpperCase()).toContain('#00703C'.toUpperCase());
  });

  it('a rebuild at the same date replaces that snapshot and keeps the earlier one, in four syncs', async () => {
    const { excel, model, at } = setUp();
    await at(MARCH).buildSummary();
    await setStatus(excel, 'D4', 'Amber');
    await at(JUNE).buildSummary();
    await setStatus(excel, 'D2', 'Completed');
    excel.stats.reset();
    const again = await at(JUNE).buildSummary();
    expect(excel.stats.syncCount).toBe(4);
    expect(snapshotDates(model)).toEqual([...Array(3).fill('2025-03-31'), ...Array(3).fill('2025-06-30')]);
    expect(inspect(model).values(REVIEWS_SHEET)[4]?.[6]).toBe('blue');
    expect(again.analysis.comparedWith).toBe('2025-03-31');
    expect(inspect(model).sheetNames().filter((name) => name === REVIEWS_SHEET)).toHaveLength(1);
  });

  it('never reads the snapshot sheet as a tracker, and lets the officer compare with another review or none', async () => {
    const { excel, at } = setUp();
    await at(MARCH).buildSummary();
    await setStatus(excel, 'D4', 'Amber');
    const outcome = await at(JUNE).validate();
    expect(outcome.report.trackers.map((t) => t.sheet)).toEqual(['Actions']);
    expect(outcome.analysis.passedOver).not.toContain(REVIEWS_SHEET);
    expect(outcome.analysis.snapshots.map((s) => s.asAt)).toEqual(['2025-03-31']);
    expect(outcome.analysis.trackers[0]?.since?.counts.improved).toBe(1);
    const none = await at(JUNE).validate({ compareWith: 'none' });
    expect(none.analysis.trackers[0]?.since).toBeUndefined();
    expect(none.analysis.comparedWith).toBeUndefined();
  });
});
