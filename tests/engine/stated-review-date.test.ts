import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import { workbookReport } from '../../src/engine/report/workbook-report.js';
import { sheet, type CellInput } from '../support/grid-builder.js';

const TODAY = '2026-12-08';
const HEADER = ['Recommendation', 'Lead', 'Progress', 'Status', 'Target date'];
const ROWS: CellInput[][] = [
  HEADER,
  ['1. Review the plan', 'Ann Lee', 'Under way', 'On track', { date: '2025-12-31' }],
  ['2. Audit cases', 'Ann Lee', 'Under way', 'On track', { date: '2025-08-31' }],
];

function reportOf(above: CellInput[][], extra: ReturnType<typeof sheet>[] = []) {
  const grid = sheet('Plan', [...above, ...ROWS]);
  return workbookReport('plan', analyseWorkbook({ name: 'plan', sheets: [...extra, grid] }, { today: TODAY }));
}

describe('the review date the workbook states', () => {
  it.each([
    ['Position as at 30 September 2025', '2025-09-30'],
    ['Progress update: end of June 2025', '2025-06-30'],
    ['Last updated 27.06.25', '2025-06-27'],
    ['Log updated 3 November 2025', '2025-11-03'],
    ['Children’s services improvement plan – position at 31/10/2025', '2025-10-31'],
    ['Tracker correct as of 1 August 2025', '2025-08-01'],
  ])('"%s" gives %s, not today', (title, date) => {
    const report = reportOf([['Improvement plan'], [title], []]);
    expect({ asAt: report.asAt, source: report.asAtSource, cell: report.asAtStated?.cell }).toStrictEqual({ asAt: date, source: 'stated', cell: 'A2' });
    // Judged at the stated date, the item due in August is overdue and the December one is not.
    expect(report.trackers[0]?.issues.filter((i) => i.code === 'overdue').map((i) => i.cell)).toStrictEqual(date > '2025-08-31' ? ['E6'] : []);
  });

  it('reads a label with its date in the cell beside it', () => {
    const report = reportOf([['Position as at:', { date: '2025-09-30' }], []]);
    expect(report.asAtStated).toStrictEqual({ sheet: 'Plan', cell: 'A1', text: 'Position as at: 30 September 2025' });
    expect(report.asAt).toBe('2025-09-30');
  });

  it('reads the cover sheet of a plan', () => {
    const cover = sheet('Cover', [['SEND improvement plan'], ['Reporting period ending 31 March 2026'], ['Document owner: Director of Education']]);
    const report = reportOf([], [cover]);
    expect({ asAt: report.asAt, sheet: report.asAtStated?.sheet }).toStrictEqual({ asAt: '2026-03-31', sheet: 'Cover' });
  });

  it('takes no date from a title that does not state the position, nor a next review', () => {
    const report = reportOf([['Ofsted inspection March 2024 – improvement plan'], ['Next update due 31 January 2026']]);
    expect(report.asAtSource).toBe('today');
    expect(report.asAt).toBe(TODAY);
  });

  it('gives way to a date given by the officer', () => {
    const grid = sheet('Plan', [['Position as at 30 September 2025'], ...ROWS]);
    const analysis = analyseWorkbook({ name: 'plan', sheets: [grid] }, { today: TODAY, asAt: '2025-06-30' });
    expect([analysis.asAt, analysis.asAtSource]).toStrictEqual(['2025-06-30', 'given']);
  });
});
