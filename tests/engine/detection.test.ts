import { describe, expect, it } from 'vitest';
import { analyseWorkbook, type WorkbookAnalysis } from '../../src/engine/analyse/analyse-workbook.js';
import type { WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';
import { leadNames } from '../../src/engine/leads/lead-names.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import { workbookReport, type WorkbookReport } from '../../src/engine/report/workbook-report.js';
import { statusVocabulary } from '../../src/engine/vocabulary/status-vocabulary.js';
import { cell, sheet, trackerWorkbook, workbook } from '../support/grid-builder.js';

/** Far from any period a header names, so an as-at taken from a header is told apart from today. */
const TODAY = '2030-01-01';

function analyse(grid: WorkbookGrid): { analysis: WorkbookAnalysis; report: WorkbookReport } {
  const analysis = analyseWorkbook(grid, { today: TODAY });
  return { analysis, report: workbookReport(grid.name, analysis) };
}

const HEADER = ['Recommendation', 'Lead', 'Progress', 'Status'];

describe('finding the header row', () => {
  it('finds the header under a title, a subtitle and a blank row', () => {
    const { report } = analyse(
      trackerWorkbook([
        ['Improvement Plan – Progress'],
        ['Children’s Services'],
        [],
        HEADER,
        ['1. Review the plan', 'Ann Lee', 'Under way', 'On track'],
        ['2. Appoint a lead', 'Ben Holmes', 'Done', 'Completed'],
      ]),
    );
    expect(report.trackers).toHaveLength(1);
    expect(report.trackers[0]).toMatchObject({ sheet: 'Tracker', headerRow: 4, items: 2 });
    expect(report.trackers[0]?.columns).toStrictEqual({ item: 'A', lead: 'B', progress: 'C', status: 'D' });
  });

  it('reports sheet rows and columns when the used range does not start at A1', () => {
    const grid: WorkbookGrid = {
      name: 'offset.xlsx',
      sheets: [
        {
          name: 'Tracker',
          top: 2,
          left: 1,
          cells: [HEADER, ['1. Review the plan', 'Ann Lee', null, 'On track']].map((row) => row.map(cell)),
        },
      ],
    };
    const { report } = analyse(grid);
    expect(report.trackers[0]).toMatchObject({ headerRow: 3, items: 1, columns: { item: 'B', lead: 'C', progress: 'D', status: 'E' } });
    expect(report.trackers[0]?.issues.map((i) => [i.code, i.cell, i.row])).toStrictEqual([['progress-missing', 'D4', 4]]);
  });
});

describe('column words', () => {
  it('reads Action / Owner / Update / RAG / Target date', () => {
    const { report } = analyse(
      trackerWorkbook([
        ['Action', 'Owner', 'Update', 'RAG', 'Target date'],
        ['1. Review the plan', 'Ann Lee', 'Under way', 'G', { date: '2031-01-31' }],
      ]),
    );
    expect(report.trackers[0]?.columns).toStrictEqual({ item: 'A', lead: 'B', progress: 'C', status: 'D', due: 'E' });
    expect(report.trackers[0]?.statusCounts.green).toBe(1);
  });

  it('reads "Progress – March 2025" as the progress column and takes the as-at date from it', () => {
    const { report } = analyse(
      trackerWorkbook([
        ['Recommendation', 'Lead', 'Progress – March 2025', 'Status'],
        ['1. Review the plan', 'Ann Lee', 'Under way', 'On track'],
      ]),
    );
    expect(report.trackers[0]?.columns.progress).toBe('C');
    expect(report.asAt).toBe('2025-03-31');
    expect(report.asAtSource).toBe('progress-header');
  });

  it('falls back to today when no header names a period', () => {
    const { report } = analyse(trackerWorkbook([HEADER, ['1. Review the plan', 'Ann Lee', 'Under way', 'On track']]));
    expect(report.asAt).toBe(TODAY);
    expect(report.asAtSource).toBe('today');
  });

  it.each(['Lead officer', 'Responsible', 'Action owner'])('reads "%s" as the lead column', (leadHeader) => {
    const { report } = analyse(
      trackerWorkbook([
        ['Recommendation', leadHeader, 'Progress', 'Status'],
        ['1. Review the plan', 'Ann Lee', 'Under way', 'On track'],
      ]),
    );
    expect(report.trackers[0]?.columns).toStrictEqual({ item: 'A', lead: 'B', progress: 'C', status: 'D' });
  });
});

describe('more than one rated column', () => {
  const grid = trackerWorkbook([
    ['Recommendation', 'Lead', 'Progress BRAG', 'Impact BRAG'],
    ['1. Review the plan', 'Ann Lee', 'Completed', 'Red'],
    ['2. Appoint a lead', 'Ben Holmes', 'On track', 'Amber'],
    ['3. Publish a strategy', 'Ann Lee', 'On track', 'Amber'],
  ]);

  it('rates both "Progress BRAG" and "Impact BRAG"; the first is the status', () => {
    const { report } = analyse(grid);
    const tracker = report.trackers[0];
    expect(tracker?.columns.status).toBe('C');
    expect(tracker?.statusCounts).toStrictEqual({ blue: 1, green: 2, amber: 0, red: 0, unrated: 0 });
    expect(tracker?.ratings).toStrictEqual([
      { header: 'Progress BRAG', column: 'C', counts: { blue: 1, green: 2, amber: 0, red: 0, unrated: 0 } },
      { header: 'Impact BRAG', column: 'D', counts: { blue: 0, green: 0, amber: 2, red: 1, unrated: 0 } },
    ]);
  });

  it('checks every rated column, naming the column in the issue', () => {
    const { report } = analyse(
      trackerWorkbook([
        ['Recommendation', 'Lead', 'Progress BRAG', 'Impact BRAG'],
        ['1. Review the plan', 'Ann Lee', 'Completed', null],
      ]),
    );
    const issues = report.trackers[0]?.issues ?? [];
    expect(issues.map((i) => [i.code, i.cell])).toStrictEqual([['status-missing', 'D2']]);
    expect(issues[0]?.message).toContain('Impact BRAG');
  });
});

describe('a rating word wins the header outright', () => {
  it.each(['Progress BRAG', 'Latest update RAG', 'Action RAG', 'Lead officer RAG rating'])('"%s" is a rated column', (ratedHeader) => {
    const { report } = analyse(
      trackerWorkbook([
        ['Recommendation', 'Lead', ratedHeader],
        ['1. Review the plan', 'Ann Lee', 'Amber'],
      ]),
    );
    expect(report.trackers[0]?.columns).toStrictEqual({ item: 'A', lead: 'B', status: 'C' });
    expect(report.trackers[0]?.ratings.map((r) => r.header)).toStrictEqual([ratedHeader]);
    expect(report.trackers[0]?.statusCounts.amber).toBe(1);
  });
});

describe('sheets that are not trackers', () => {
  it('takes a sheet with only a Lead column as the register of leads', () => {
    const { report } = analyse(
      workbook(
        sheet('Tracker', [HEADER, ['1. Review the plan', 'Ben Holmes', 'Under way', 'On track']]),
        sheet('Owners', [['Contacts, March 2025'], [], ['Lead'], ['Ann Lee'], ['Ben Holmes'], [], ['Cat Day']]),
      ),
    );
    expect(report.trackers.map((t) => t.sheet)).toStrictEqual(['Tracker']);
    expect(report.registers).toStrictEqual([{ sheet: 'Owners', column: 'A', names: ['Ann Lee', 'Ben Holmes', 'Cat Day'] }]);
    expect(report.passedOver).toStrictEqual([]);
  });

  it('reads the register under a title that itself names leads', () => {
    const { report } = analyse(
      workbook(
        sheet('Tracker', [HEADER, ['1. Review the plan', 'Ben Holmes', 'Under way', 'On track']]),
        sheet('Leads', [['Lead officers and teams'], [], ['Lead'], ['Ann Lee'], ['Ben Holmes']]),
      ),
    );
    expect(report.registers).toStrictEqual([{ sheet: 'Leads', column: 'A', names: ['Ann Lee', 'Ben Holmes'] }]);
  });

  it('passes over a sheet of notes', () => {
    const { report } = analyse(
      workbook(
        sheet('Notes', [['Quarterly review with the Improvement Advisor; figures agreed by the board.'], [], ['Next review: June 2025.']]),
        sheet('Tracker', [HEADER, ['1. Review the plan', 'Ann Lee', 'Under way', 'On track']]),
      ),
    );
    expect(report.passedOver).toStrictEqual(['Notes']);
    expect(report.registers).toStrictEqual([]);
    expect(report.trackers.map((t) => t.sheet)).toStrictEqual(['Tracker']);
  });

  it('finds two trackers on two sheets, each counted on its own', () => {
    const { report } = analyse(
      workbook(
        sheet('Children', [HEADER, ['1. Review the plan', 'Ann Lee', 'Under way', 'On track'], ['2. Audit', 'Ann Lee', 'Done', 'Completed']]),
        sheet('Adults', [['Action', 'Owner', 'RAG'], ['1. Recruit', 'Ben Holmes', 'Red']]),
      ),
    );
    expect(report.trackers.map((t) => [t.sheet, t.items])).toStrictEqual([
      ['Children', 2],
      ['Adults', 1],
    ]);
    expect(report.trackers[0]?.statusCounts).toStrictEqual({ blue: 1, green: 1, amber: 0, red: 0, unrated: 0 });
    expect(report.trackers[1]?.statusCounts).toStrictEqual({ blue: 0, green: 0, amber: 0, red: 1, unrated: 0 });
  });
});

describe('the status vocabulary', () => {
  const vocabulary = statusVocabulary(DEFAULT_PROFILE);

  it.each([
    ['In progress & On track', 'green'],
    ['in progress and on track', 'green'],
    ['ON TRACK', 'green'],
    ['G', 'green'],
    ['not on track', 'red'],
    ['Not on track', 'red'],
    ['Not started', 'red'],
    ['Slipping', 'amber'],
    ['In progress – some delays', 'amber'],
    ['In progress, some delays', 'amber'],
    ['Completed', 'blue'],
    ['Compelted', 'unrated'],
    ['', 'unrated'],
  ])('"%s" is %s', (text, rating) => {
    expect(vocabulary.categoryOf(text) ?? 'unrated').toBe(rating);
  });

  it('counts a tracker by the same vocabulary', () => {
    const statuses = ['In progress & On track', 'in progress and on track', 'ON TRACK', 'G', 'not on track', 'Not started', 'Slipping', 'Compelted'];
    const rows = [HEADER, ...statuses.map((status, i) => [`${i + 1}. Item`, 'Ann Lee', 'Under way', status])];
    const { report } = analyse(trackerWorkbook(rows));
    expect(report.trackers[0]?.statusCounts).toStrictEqual({ blue: 0, green: 4, amber: 1, red: 2, unrated: 1 });
  });
});

describe('leads', () => {
  it('splits "Katherine Appleton, Wendy Harrison, Val Armor & Zoe Fearon" into four names', () => {
    expect(leadNames('Katherine Appleton, Wendy Harrison, Val Armor & Zoe Fearon', undefined)).toStrictEqual([
      'Katherine Appleton',
      'Wendy Harrison',
      'Val Armor',
      'Zoe Fearon',
    ]);
  });

  const FOUR = ['Katherine Appleton', 'Wendy Harrison', 'Val Armor', 'Zoe Fearon'];
  const rows = [
    HEADER,
    ['5. Work with the Improvement Advisor', 'Katherine Appleton, Wendy Harrison, Val Armor & Zoe Fearon', 'Under way', 'On track'],
    ['11. Working with the Improvement Advisor', 'As per Recommendation 5', 'Under way', 'On track'],
    ['12. Review the plan', 'As per Recommendation 11', 'Under way', 'On track'],
    ['13. Audit', 'Gray Prince & Susanne Leece', 'Under way', 'On track'],
  ];

  it('"As per Recommendation 5" takes item 5\'s leads, and a chain 12 → 11 → 5 reaches them too', () => {
    const { analysis, report } = analyse(trackerWorkbook(rows));
    expect(analysis.trackers[0]?.context.leads).toStrictEqual([FOUR, FOUR, FOUR, ['Gray Prince', 'Susanne Leece']]);
    expect(report.trackers[0]?.issues).toStrictEqual([]);
  });

  it('a reference loop is unresolved, not a hang', { timeout: 2_000 }, () => {
    const loop = [
      HEADER,
      ['1. Review the plan', 'As per Recommendation 2', 'Under way', 'On track'],
      ['2. Audit', 'As per Recommendation 1', 'Under way', 'On track'],
      ['3. Recruit', 'As per Recommendation 3', 'Under way', 'On track'],
    ];
    const { analysis, report } = analyse(trackerWorkbook(loop));
    expect(analysis.trackers[0]?.context.leads).toStrictEqual([[], [], []]);
    expect(report.trackers[0]?.issues.map((i) => [i.code, i.cell])).toStrictEqual([
      ['lead-reference-unresolved', 'B2'],
      ['lead-reference-unresolved', 'B3'],
      ['lead-reference-unresolved', 'B4'],
    ]);
  });

  it('a reference to an item with no lead is unresolved', () => {
    const { report } = analyse(
      trackerWorkbook([
        HEADER,
        ['1. Review the plan', null, 'Under way', 'On track'],
        ['2. Audit', 'As per Recommendation 1', 'Under way', 'On track'],
      ]),
    );
    expect(report.trackers[0]?.issues.map((i) => [i.code, i.cell])).toStrictEqual([
      ['lead-missing', 'B2'],
      ['lead-reference-unresolved', 'B3'],
    ]);
  });

  it('a register name holding "and" is not split', () => {
    const { analysis } = analyse(
      workbook(
        sheet('Tracker', [HEADER, ['1. Review the plan', 'Finance and HR Team', 'Under way', 'On track']]),
        sheet('Leads', [['Lead'], ['Finance and HR Team']]),
      ),
    );
    expect(analysis.trackers[0]?.context.leads).toStrictEqual([['Finance and HR Team']]);
  });
});
