import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import { ISSUE_CODES, type Issue, type IssueCode, type Severity } from '../../src/engine/issues/issue-codes.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import type { Profile } from '../../src/engine/profile/profile-schema.js';
import { workbookReport, type WorkbookReport } from '../../src/engine/report/workbook-report.js';
import type { CellColours } from '../../src/engine/grid/sheet-grid.js';
import { sheet, withColours, workbook, type CellInput } from '../support/grid-builder.js';

/**
 * Every issue code, made to fire on a small tracker and shown not to fire on a clean one. The
 * table is keyed by code and checked against ISSUE_CODES, so a new code without a case fails.
 */

const AS_AT = '2025-03-31';
const HEADER = ['Recommendation', 'Lead', 'Progress', 'Status', 'Target date'];
const HEADER_NO_DUE = ['Recommendation', 'Lead', 'Progress', 'Status'];
const REGISTER = ['Ann Lee', 'Ben Holmes'];

/** A clean record, numbered n, with any cell replaced: A item, B lead, C progress, D status, E due. */
function record(n: number, change: Partial<Record<'item' | 'lead' | 'progress' | 'status' | 'due', CellInput>> = {}): CellInput[] {
  const cells = {
    item: `${n}. Review the plan`,
    lead: 'Ann Lee',
    progress: 'Work under way',
    status: 'On track',
    due: { date: '2025-12-31' },
    ...change,
  };
  return [cells.item, cells.lead, cells.progress, cells.status, cells.due];
}

interface Scenario {
  name: string;
  rows: CellInput[][];
  /** Names for a "Leads" register sheet beside the tracker. */
  register?: string[];
  profile?: Profile;
  asAt?: string;
  /** Cell colours on the tracker sheet, by address. */
  colours?: Record<string, CellColours>;
}

interface Expected {
  row: number;
  cell?: string;
  suggestion?: string;
  /** Words the message must contain. */
  says?: string;
}

interface CodeCase {
  severity: Severity;
  /** Each scenario's issues must be exactly these, all of the code under test. */
  fires: (Scenario & { expected: Expected[] })[];
  /** Each scenario must give no issue at all. */
  clean: Scenario[];
}

/**
 * Codes the table cannot make fire, because they need two reviews of a tracker (two files), each
 * with the test file that does. The rest of the comparing codes fire here through an earlier
 * rating column beside the status.
 */
const TESTED_ELSEWHERE: Partial<Record<IssueCode, string>> = {
  'progress-unchanged': 'tests/engine/direction-of-travel.test.ts',
};
type TableCode = Exclude<IssueCode, 'progress-unchanged'>;
const TABLE_CODES = ISSUE_CODES.filter((code): code is TableCode => TESTED_ELSEWHERE[code] === undefined);

const RATED_TWICE = ['Recommendation', 'Lead', 'Progress', 'Previous rating (Mar 25)', 'Current rating (Jun 25)'];

const CASES: Record<TableCode, CodeCase> = {
  'missing-column': {
    severity: 'error',
    fires: [
      {
        name: 'no Lead column',
        rows: [['Recommendation', 'Progress', 'Status'], ['1. Review the plan', 'Work under way', 'On track']],
        expected: [{ row: 1, says: 'lead' }],
      },
    ],
    clean: [{ name: 'a Lead column', rows: [HEADER, record(1)] }],
  },
  'duplicate-id': {
    severity: 'error',
    fires: [{ name: 'two items numbered 1', rows: [HEADER, record(1), record(1)], expected: [{ row: 3, cell: 'A3', says: 'row 2' }] }],
    clean: [{ name: 'items 1 and 2', rows: [HEADER, record(1), record(2)] }],
  },
  'lead-missing': {
    severity: 'error',
    fires: [{ name: 'an empty lead cell', rows: [HEADER, record(1), record(2, { lead: null })], expected: [{ row: 3, cell: 'B3' }] }],
    clean: [{ name: 'a named lead', rows: [HEADER, record(1), record(2)] }],
  },
  'lead-reference-unresolved': {
    severity: 'error',
    fires: [
      {
        name: '"As per Recommendation 99", an item not in the tracker',
        rows: [HEADER, record(1), record(2, { lead: 'As per Recommendation 99' })],
        expected: [{ row: 3, cell: 'B3', says: '99' }],
      },
      {
        name: '"As per Rec", cut short',
        rows: [HEADER, record(1), record(2, { lead: 'As per Rec' })],
        expected: [{ row: 3, cell: 'B3', says: 'cut short' }],
      },
      {
        name: '"As per Rec" | "commendation 1", split across two cells by a paste',
        rows: [HEADER, record(1), record(2, { lead: 'As per Rec', progress: 'commendation 1' })],
        expected: [{ row: 3, cell: 'B3', suggestion: 'As per Recommendation 1' }],
      },
    ],
    clean: [{ name: '"As per Recommendation 1", which has a lead', rows: [HEADER, record(1), record(2, { lead: 'As per Recommendation 1' })] }],
  },
  'status-missing': {
    severity: 'error',
    fires: [{ name: 'an empty status cell', rows: [HEADER, record(1, { status: null })], expected: [{ row: 2, cell: 'D2' }] }],
    clean: [{ name: 'a status', rows: [HEADER, record(1)] }],
  },
  'status-unknown': {
    severity: 'error',
    fires: [
      {
        name: '"Compelted"',
        rows: [HEADER, record(1, { status: 'Compelted' })],
        expected: [{ row: 2, cell: 'D2', suggestion: 'Completed', says: 'Compelted' }],
      },
      {
        name: '"Ongoing", no rating and near nothing',
        rows: [HEADER, record(1, { status: 'Ongoing' })],
        expected: [{ row: 2, cell: 'D2', suggestion: 'choose a rating', says: 'Choose a rating' }],
      },
    ],
    clean: [{ name: '"Completed"', rows: [HEADER, record(1, { status: 'Completed' })] }],
  },
  'date-invalid': {
    severity: 'error',
    fires: [{ name: '"31/02/2025"', rows: [HEADER, record(1, { due: '31/02/2025' })], expected: [{ row: 2, cell: 'E2', says: '31/02/2025' }] }],
    clean: [{ name: '"30/06/2025"', rows: [HEADER, record(1, { due: '30/06/2025' })] }],
  },
  'cell-error': {
    severity: 'error',
    fires: [
      {
        name: '#REF! in the status cell',
        rows: [HEADER, record(1), record(2, { status: { error: '#REF!' } })],
        expected: [{ row: 3, cell: 'D3', says: '#REF!' }],
      },
      {
        name: '#N/A in the progress cell',
        rows: [HEADER, record(1, { progress: { error: '#N/A' } })],
        expected: [{ row: 2, cell: 'C2', says: '#N/A' }],
      },
    ],
    clean: [{ name: 'a status text', rows: [HEADER, record(1), record(2)] }],
  },
  'lead-unknown': {
    severity: 'warning',
    fires: [
      {
        name: '"Ben Holms" with a register holding "Ben Holmes"',
        rows: [HEADER, record(1, { lead: 'Ben Holms' })],
        register: REGISTER,
        expected: [{ row: 2, cell: 'B2', suggestion: 'Ben Holmes', says: 'Ben Holms' }],
      },
      {
        name: 'one of two leads not in the register',
        rows: [HEADER, record(1, { lead: 'Ann Lee & Zed Quill' })],
        register: REGISTER,
        expected: [{ row: 2, cell: 'B2', says: 'Zed Quill' }],
      },
      {
        name: 'an unknown lead is reported on its own row, not again on a row that borrows it',
        rows: [HEADER, record(1, { lead: 'Zed Quill' }), record(2, { lead: 'As per Recommendation 1' })],
        register: REGISTER,
        expected: [{ row: 2, cell: 'B2', says: 'Zed Quill' }],
      },
    ],
    clean: [
      { name: 'registered leads', rows: [HEADER, record(1, { lead: 'Ben Holmes & Ann Lee' })], register: REGISTER },
      { name: 'any name when there is no register', rows: [HEADER, record(1, { lead: 'Ben Holms' })] },
    ],
  },
  'status-nonstandard': {
    severity: 'warning',
    fires: [
      {
        name: 'green written two ways, the rarer reported',
        rows: [HEADER, record(1), record(2, { status: 'on track' }), record(3)],
        expected: [{ row: 3, cell: 'D3', suggestion: 'On track' }],
      },
    ],
    clean: [{ name: 'green written one way', rows: [HEADER, record(1), record(2), record(3)] }],
  },
  'status-colour-only': {
    severity: 'warning',
    fires: [
      {
        name: 'an empty cell filled green, and a font-coloured symbol',
        rows: [HEADER, record(1, { status: null }), record(2, { status: '●' })],
        colours: { D2: { fill: '#00B050' }, D3: { font: '#FF0000' } },
        expected: [
          { row: 2, cell: 'D2', suggestion: 'Green', says: 'fill' },
          { row: 3, cell: 'D3', suggestion: 'Red', says: '●' },
        ],
      },
      {
        name: 'an emoji, the suggestion the tracker\'s own wording',
        rows: [HEADER, record(1, { status: '🟢' }), record(2)],
        expected: [{ row: 2, cell: 'D2', suggestion: 'On track', says: '🟢' }],
      },
    ],
    clean: [
      { name: 'a word on a fill of its own colour', rows: [HEADER, record(1)], colours: { D2: { fill: '#00B050' } } },
      { name: 'an empty cell with a grey fill is missing, not coloured', rows: [HEADER, record(1)], colours: { D2: { fill: '#D9D9D9' } } },
    ],
  },
  'status-colour-conflict': {
    severity: 'warning',
    fires: [
      {
        name: '"Completed" on a red fill',
        rows: [HEADER, record(1, { status: 'Completed' })],
        colours: { D2: { fill: '#FF0000' } },
        expected: [{ row: 2, cell: 'D2', says: 'red' }],
      },
    ],
    clean: [{ name: '"On track" on pale banding', rows: [HEADER, record(1)], colours: { D2: { fill: '#DDEBF7' } } }],
  },
  'progress-missing': {
    severity: 'warning',
    fires: [{ name: 'an empty progress cell', rows: [HEADER, record(1, { progress: null })], expected: [{ row: 2, cell: 'C2' }] }],
    clean: [{ name: 'an update', rows: [HEADER, record(1)] }],
  },
  'date-missing': {
    severity: 'warning',
    fires: [
      { name: 'an empty due cell', rows: [HEADER, record(1, { due: null })], expected: [{ row: 2, cell: 'E2' }] },
      { name: '"TBC"', rows: [HEADER, record(1, { due: 'TBC' })], expected: [{ row: 2, cell: 'E2', says: 'TBC' }] },
    ],
    clean: [{ name: 'a typed date', rows: [HEADER, record(1)] }],
  },
  'date-no-year': {
    severity: 'warning',
    fires: [{ name: '"30th Sept"', rows: [HEADER, record(1, { due: '30th Sept' })], expected: [{ row: 2, cell: 'E2', says: '30 September 2025' }] }],
    clean: [
      { name: '"30th Sept 2025"', rows: [HEADER, record(1, { due: '30th Sept 2025' })] },
      { name: '"Monthly": no fixed date, not missing', rows: [HEADER, record(1, { due: 'Monthly' })] },
    ],
  },
  overdue: {
    severity: 'warning',
    fires: [
      {
        name: 'due before the as-at date and on track; a completed item due earlier is not overdue',
        rows: [
          HEADER,
          record(1, { due: { date: '2025-01-31' } }),
          record(2, { status: 'Completed', due: { date: '2024-12-31' } }),
          record(3, { status: 'Red', due: { date: '2025-03-30' } }),
        ],
        expected: [
          { row: 2, cell: 'E2', says: '31 January 2025' },
          { row: 4, cell: 'E4', says: '30 March 2025' },
        ],
      },
      {
        name: 'a due date derived from "within the next six months" and the profile baseline',
        rows: [HEADER_NO_DUE, ['1. Within the next six months, review the plan', 'Ann Lee', 'Work under way', 'On track']],
        profile: { ...DEFAULT_PROFILE, baselineDate: '2024-08-31' },
        expected: [{ row: 2, cell: 'A2', says: 'Within the next six months' }],
      },
    ],
    clean: [
      { name: 'due after the as-at date', rows: [HEADER, record(1, { due: { date: '2025-04-01' } })] },
      { name: 'due on the as-at date itself', rows: [HEADER, record(1, { due: { date: AS_AT } })] },
      { name: 'a completed item long past its date', rows: [HEADER, record(1, { status: 'Completed', due: { date: '2020-01-01' } })] },
      {
        name: 'a derived due date after the as-at date',
        rows: [HEADER_NO_DUE, ['1. Within the next six months, review the plan', 'Ann Lee', 'Work under way', 'On track']],
        profile: { ...DEFAULT_PROFILE, baselineDate: '2024-10-01' },
      },
      {
        name: 'a timescale but no baseline date',
        rows: [HEADER_NO_DUE, ['1. Within the next six months, review the plan', 'Ann Lee', 'Work under way', 'On track']],
      },
    ],
  },
  'status-not-applicable': {
    severity: 'info',
    fires: [
      {
        name: 'withdrawn and N/A items: unrated, and neither late, undated nor missing an update',
        rows: [HEADER, record(1, { status: 'Withdrawn', due: { date: '2024-01-31' }, progress: null }), record(2, { status: 'N/A', due: null })],
        expected: [{ row: 2, cell: 'D2', says: 'no longer applies' }, { row: 3, cell: 'D3' }],
      },
    ],
    clean: [{ name: 'a rating in words', rows: [HEADER, record(1, { status: 'Not started' })] }],
  },
  'blank-row': {
    severity: 'info',
    fires: [
      {
        name: 'a blank row between records (trailing blank rows are not reported)',
        rows: [HEADER, record(1), [], record(2), [], [null, '  ', null]],
        expected: [{ row: 3 }],
      },
    ],
    clean: [{ name: 'blank rows only after the last record', rows: [HEADER, record(1), record(2), [], [null, null]] }],
  },
  'repeated-header': {
    severity: 'info',
    fires: [{ name: 'the header again between records', rows: [HEADER, record(1), HEADER, record(2)], expected: [{ row: 3 }] }],
    clean: [{ name: 'the header once', rows: [HEADER, record(1), record(2)] }],
  },
  'continuation-row': {
    severity: 'info',
    fires: [
      {
        name: 'the tail of item 1 on a row of its own',
        rows: [HEADER, record(1), ['and report back to the board.', null, 'More progress.', null, null], record(2)],
        expected: [{ row: 3, says: 'item 1 in row 2' }],
      },
    ],
    clean: [{ name: 'every row a record', rows: [HEADER, record(1), record(2)] }],
  },
  'status-contradicts-progress': {
    severity: 'warning',
    fires: [
      {
        name: 'on track, but the update says it has slipped',
        rows: [HEADER, record(1, { progress: 'Consultation done. The launch has slipped to September because of the general election in May.' })],
        expected: [{ row: 2, cell: 'D2', says: '"The launch has slipped to September because of the general…"' }],
      },
      {
        name: 'completed, but paused; red, but fully implemented',
        rows: [
          HEADER,
          record(1, { status: 'Completed', progress: 'Recruitment paused until the budget is set' }),
          record(2, { status: 'Red', progress: 'Policy adopted in May and fully implemented across teams.' }),
        ],
        expected: [
          { row: 2, cell: 'D2', says: 'paused' },
          { row: 3, cell: 'D3', says: 'fully implemented' },
        ],
      },
      {
        name: 'on track, awaiting sign-off',
        rows: [HEADER, record(1, { progress: 'Draft written; awaiting sign-off by the Executive Board.' })],
        expected: [{ row: 2, cell: 'D2', says: 'awaiting sign-off' }],
      },
    ],
    clean: [
      { name: '"no delays"', rows: [HEADER, record(1, { progress: 'Work under way, no delays expected.' })] },
      { name: '"delays resolved"', rows: [HEADER, record(1, { progress: 'Earlier delays resolved; work under way.' })] },
      { name: '"has not slipped", "hasn’t been delayed"', rows: [HEADER, record(1, { progress: 'The timetable has not slipped and hasn’t been delayed.' })] },
      { name: 'back on track', rows: [HEADER, record(1, { progress: 'Delayed in the spring, now back on track.' })] },
      { name: 'the service’s delays, not the plan’s', rows: [HEADER, record(1, { progress: 'Delays in discharge down 30%.' })] },
      { name: 'amber and delayed agree', rows: [HEADER, record(1, { status: 'Some delays', progress: 'Delayed by the election.' })] },
      { name: 'red and partly complete', rows: [HEADER, record(1, { status: 'Red', progress: 'Customer insight work complete; strategy not started.' })] },
    ],
  },
  'status-worsened': {
    severity: 'info',
    fires: [
      {
        name: 'green in the previous rating, amber in the current one',
        rows: [RATED_TWICE, ['1. Review the plan', 'Ann Lee', 'Work under way', 'Green', 'Amber']],
        expected: [{ row: 2, cell: 'E2', says: 'Previous rating (Mar 25)' }],
      },
    ],
    clean: [
      { name: 'amber then green', rows: [RATED_TWICE, ['1. Review the plan', 'Ann Lee', 'Work under way', 'Amber', 'Green']] },
      { name: 'a second rating of another kind is no earlier review', rows: [['Recommendation', 'Lead', 'Progress', 'Progress BRAG', 'Impact BRAG'], ['1. Review the plan', 'Ann Lee', 'Work under way', 'Amber', 'Green']] },
    ],
  },
  'status-jumped': {
    severity: 'info',
    fires: [
      {
        name: 'red straight to green',
        rows: [RATED_TWICE, ['1. Review the plan', 'Ann Lee', 'Work under way', 'Red', 'Green']],
        expected: [{ row: 2, cell: 'E2', says: 'up two categories at once, from red to green' }],
      },
    ],
    clean: [{ name: 'red to amber, one at a time', rows: [RATED_TWICE, ['1. Review the plan', 'Ann Lee', 'Work under way', 'Red', 'Amber']] }],
  },
};

function analyse(scenario: Scenario): WorkbookReport {
  const tracker = sheet('Tracker', scenario.rows);
  const sheets = [scenario.colours ? withColours(tracker, scenario.colours) : tracker];
  if (scenario.register) sheets.push(sheet('Leads', [['Lead'], ...scenario.register.map((name) => [name])]));
  const analysis = analyseWorkbook(workbook(...sheets), {
    today: '2030-01-01',
    asAt: scenario.asAt ?? AS_AT,
    ...(scenario.profile && { profile: scenario.profile }),
  });
  return workbookReport('test.xlsx', analysis);
}

function issuesOf(report: WorkbookReport): Issue[] {
  expect(report.trackers).toHaveLength(1);
  return report.trackers[0]?.issues ?? [];
}

function shape(issue: { code: IssueCode; severity: Severity; row: number; cell?: string | undefined; suggestion?: string | undefined }) {
  return { code: issue.code, severity: issue.severity, row: issue.row, cell: issue.cell, suggestion: issue.suggestion };
}

describe('the issue-code table', () => {
  it('has a case for every code in ISSUE_CODES, and none besides, but those that need two reviews', () => {
    expect([...Object.keys(CASES), ...Object.keys(TESTED_ELSEWHERE)].sort()).toStrictEqual([...ISSUE_CODES].sort());
    expect(Object.keys(TESTED_ELSEWHERE)).toStrictEqual(['progress-unchanged']);
  });
});

describe.each(TABLE_CODES)('%s', (code) => {
  const codeCase = CASES[code];

  it.each(codeCase.fires.map((s) => [s.name, s] as const))('fires: %s', (_name, scenario) => {
    const issues = issuesOf(analyse(scenario));
    expect(issues.map(shape)).toStrictEqual(
      scenario.expected.map((e) => shape({ code, severity: codeCase.severity, row: e.row, cell: e.cell, suggestion: e.suggestion })),
    );
    scenario.expected.forEach((e, index) => {
      if (e.says !== undefined) expect(issues[index]?.message).toContain(e.says);
    });
    for (const issue of issues) expect(issue.sheet).toBe('Tracker');
  });

  it.each(codeCase.clean.map((s) => [s.name, s] as const))('does not fire: %s', (_name, scenario) => {
    const issues = issuesOf(analyse(scenario));
    expect(issues.filter((i) => i.code === code)).toStrictEqual([]);
    expect(issues).toStrictEqual([]);
  });
});

describe('what an issue does to the counts', () => {
  it('an item whose status cell shows #REF! is unrated, not missing or unknown', () => {
    const report = analyse({ name: '', rows: [HEADER, record(1), record(2, { status: { error: '#REF!' } })] });
    expect(report.trackers[0]?.statusCounts).toStrictEqual({ blue: 0, green: 1, amber: 0, red: 0, unrated: 1 });
  });

  it('an unknown status is counted as unrated', () => {
    const report = analyse({ name: '', rows: [HEADER, record(1, { status: 'Compelted' }), record(2, { status: 'Completed' })] });
    expect(report.trackers[0]?.statusCounts).toStrictEqual({ blue: 1, green: 0, amber: 0, red: 0, unrated: 1 });
  });

  it('repeated headers, blank rows and continuations are not counted as items', () => {
    const rows = [HEADER, record(1), [], HEADER, record(2), ['tail of item 2', null, 'more'], record(3)];
    const report = analyse({ name: '', rows });
    expect(report.trackers[0]?.items).toBe(3);
    expect(report.issueCounts).toStrictEqual({ error: 0, warning: 0, info: 3 });
  });

  it('issues are reported in sheet order', () => {
    const rows = [HEADER, record(1, { status: null }), record(2, { lead: null, progress: null }), record(3, { due: 'TBC' })];
    const issues = issuesOf(analyse({ name: '', rows }));
    expect(issues.map((i) => i.row)).toStrictEqual([2, 3, 3, 4]);
  });
});
