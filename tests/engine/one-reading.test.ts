import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import { workbookReport } from '../../src/engine/report/workbook-report.js';
import { sheet, withColours } from '../support/grid-builder.js';

const HEADER = ['Ref', 'Action', 'Lead', 'Status', 'Update'];

/** Rows 2–4 share one status, merged down D2:D4 as officers merge it; only D2 holds the text. */
const rows = [
  HEADER,
  ['1.1', 'Review the referral pathway', 'Ann Lee', 'On track', 'Drafted'],
  ['1.2', 'Train the front door team', 'Ann Lee', null, 'Booked'],
  ['1.3', 'Audit twenty cases', 'Ann Lee', null, 'Started'],
  ['2.1', 'Publish the local offer', 'Ben Holmes', 'Completed', 'Published'],
];
const merged = { ...sheet('Plan', rows), merges: [{ top: 2, left: 3, bottom: 4, right: 3 }] };

describe('one reading of each cell', () => {
  it('rates every item under a status merged down over several rows by the merge, with no finding', () => {
    const report = workbookReport('plan', analyseWorkbook({ name: 'plan', sheets: [merged] }, { today: '2025-06-30' }));
    const tracker = report.trackers[0];
    expect(tracker?.statusCounts).toStrictEqual({ blue: 1, green: 3, amber: 0, red: 0, unrated: 0 });
    expect(tracker?.issues.filter((i) => i.code.startsWith('status-'))).toStrictEqual([]);
  });

  it('takes a merged status with no words from the merge’s fill', () => {
    const noWords = rows.map((row, index) => (index >= 1 && index <= 3 ? [...row.slice(0, 3), null, row[4]] : row));
    const coloured = withColours({ ...sheet('Plan', noWords), merges: merged.merges }, { D2: { fill: '#FFC000' } });
    const report = workbookReport('plan', analyseWorkbook({ name: 'plan', sheets: [coloured] }, { today: '2025-06-30' }));
    expect(report.trackers[0]?.statusCounts).toStrictEqual({ blue: 1, green: 0, amber: 3, red: 0, unrated: 0 });
  });
});
