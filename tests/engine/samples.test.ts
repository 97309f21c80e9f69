import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import { cellText } from '../../src/engine/grid/cell.js';
import { cellAt, lastRow, type WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';
import { workbookReport, type TrackerReport, type WorkbookReport } from '../../src/engine/report/workbook-report.js';
import { wholePercentages } from '../../src/engine/summary/count-ratings.js';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** A "today" far from the tracker's period, so an as-at of 31 March 2025 can only come from the header. */
const TODAY = '2030-01-01';

/** The board's figures for the DfE tracker (samples README): 5 completed, 17 on track, 2 with delays. */
const BOARD_COUNTS = { blue: 5, green: 17, amber: 2, red: 0, unrated: 0 };

async function load(name: string): Promise<{ workbook: WorkbookGrid; report: WorkbookReport }> {
  const read = await readWorkbookFile(fixture(name));
  if (!read.ok) throw new Error(read.message);
  const report = workbookReport(read.workbook.name, analyseWorkbook(read.workbook, { today: TODAY }));
  return { workbook: read.workbook, report };
}

function onlyTracker(report: WorkbookReport): TrackerReport {
  expect(report.trackers).toHaveLength(1);
  const [tracker] = report.trackers;
  if (!tracker) throw new Error('no tracker');
  return tracker;
}

/** The sheet row whose item text starts with the recommendation's number ("11. ..."). */
function rowOfRecommendation(workbook: WorkbookGrid, sheetName: string, number: number): number {
  const grid = workbook.sheets.find((s) => s.name === sheetName);
  if (!grid) throw new Error(`no sheet ${sheetName}`);
  for (let row = 1; row <= lastRow(grid); row++) {
    if (cellText(cellAt(grid, row, 0)).startsWith(`${number}. `)) return row;
  }
  throw new Error(`no recommendation ${number} on ${sheetName}`);
}

describe('dfe-commissioner-recommendations.xlsx', () => {
  let workbook: WorkbookGrid;
  let report: WorkbookReport;
  let tracker: TrackerReport;
  beforeAll(async () => {
    ({ workbook, report } = await load('dfe-commissioner-recommendations.xlsx'));
    tracker = onlyTracker(report);
  });

  it('finds one tracker on Recommendations with its header in row 4 and 24 items', () => {
    expect(tracker.sheet).toBe('Recommendations');
    expect(tracker.headerRow).toBe(4);
    expect(tracker.columns).toStrictEqual({ item: 'A', lead: 'B', progress: 'C', status: 'D' });
    expect(tracker.items).toBe(24);
  });

  it('is read with certainty: it asks no question, of the workbook or the tracker', () => {
    expect([...report.questions, ...tracker.questions]).toStrictEqual([]);
  });

  it("reproduces the board's counts, 5 / 17 / 2, and whole percentages 21 / 71 / 8", () => {
    expect(tracker.statusCounts).toStrictEqual(BOARD_COUNTS);
    expect(tracker.ratings).toHaveLength(1);
    expect(tracker.ratings[0]?.counts).toStrictEqual(BOARD_COUNTS);
    expect(wholePercentages(tracker.statusCounts)).toStrictEqual({ blue: 21, green: 71, amber: 8, red: 0, unrated: 0 });
  });

  it('reads the tail of recommendation 22 in row 27 as a continuation, not an item', () => {
    const continuations = tracker.issues.filter((i) => i.code === 'continuation-row');
    expect(continuations.map((i) => i.row)).toStrictEqual([27]);
    expect(continuations[0]?.message).toContain('item 22');
    expect(continuations[0]?.message).toContain(`row ${rowOfRecommendation(workbook, 'Recommendations', 22)}`);
  });

  it('reports missing progress on recommendations 11 and 18 only', () => {
    const row11 = rowOfRecommendation(workbook, 'Recommendations', 11);
    const row18 = rowOfRecommendation(workbook, 'Recommendations', 18);
    const missing = tracker.issues.filter((i) => i.code === 'progress-missing');
    expect(missing.map((i) => [i.cell, i.row])).toStrictEqual([
      [`C${row11}`, row11],
      [`C${row18}`, row18],
    ]);
    expect(missing.map((i) => i.cell)).toStrictEqual(['C15', 'C22']);
  });

  it('raises no lead issue on recommendation 11 ("As per Recommendation 5"), nor on any other row', () => {
    const row11 = rowOfRecommendation(workbook, 'Recommendations', 11);
    const grid = workbook.sheets.find((s) => s.name === 'Recommendations');
    expect(grid && cellText(cellAt(grid, row11, 1))).toBe('As per Recommendation 5');
    expect(tracker.issues.filter((i) => i.code.startsWith('lead-'))).toStrictEqual([]);
  });

  it('reports exactly one status-nonstandard, on one of the two amber wordings', () => {
    const nonstandard = tracker.issues.filter((i) => i.code === 'status-nonstandard');
    expect(nonstandard).toHaveLength(1);
    const [issue] = nonstandard;
    const amberWordings = ['In progress, some delays', 'In progress – some delays'];
    const grid = workbook.sheets.find((s) => s.name === 'Recommendations');
    const written = grid && issue ? cellText(cellAt(grid, issue.row, 3)) : '';
    expect(amberWordings).toContain(written);
    expect(issue?.cell).toBe(`D${issue?.row}`);
    // The suggestion is the other amber wording, never the one already written.
    expect(amberWordings.filter((w) => w !== written)).toStrictEqual([issue?.suggestion]);
  });

  it('has only warnings and notes: no errors', () => {
    expect(report.issueCounts.error).toBe(0);
    expect(tracker.issues.every((i) => i.severity !== 'error')).toBe(true);
    expect(report.issueCounts.warning).toBe(3);
    expect(report.issueCounts.info).toBe(1);
  });

  it('takes the Leads sheet as the register of leads and passes over Notes', () => {
    expect(report.registers.map((r) => [r.sheet, r.column])).toStrictEqual([['Leads', 'A']]);
    const leads = workbook.sheets.find((s) => s.name === 'Leads');
    const expectedNames: string[] = [];
    if (leads) for (let row = 2; row <= lastRow(leads); row++) expectedNames.push(cellText(cellAt(leads, row, 0)));
    expect(report.registers[0]?.names).toStrictEqual(expectedNames.filter((n) => n !== ''));
    expect(report.registers[0]?.names).toContain('Corporate Management Team');
    expect(report.passedOver).toStrictEqual(['Notes']);
  });

  it('is as at 31 March 2025, from the "Progress – March 2025" header', () => {
    expect(report.asAt).toBe('2025-03-31');
    expect(report.asAtSource).toBe('progress-header');
  });
});

describe('dfe-commissioner-recommendations.csv', () => {
  it('gives the same counts from the header on line 1', async () => {
    const { report } = await load('dfe-commissioner-recommendations.csv');
    const tracker = onlyTracker(report);
    expect(tracker.headerRow).toBe(1);
    expect(tracker.items).toBe(24);
    expect(tracker.statusCounts).toStrictEqual(BOARD_COUNTS);
    expect(report.registers).toStrictEqual([]);
    expect(report.asAt).toBe('2025-03-31');
  });
});

describe('dfe-commissioner-slides-paste.xlsx', () => {
  let workbook: WorkbookGrid;
  let report: WorkbookReport;
  let tracker: TrackerReport;
  beforeAll(async () => {
    ({ workbook, report } = await load('dfe-commissioner-slides-paste.xlsx'));
    tracker = onlyTracker(report);
  });

  it('still counts 24 items, 5 / 17 / 2', () => {
    expect(tracker.headerRow).toBe(1);
    expect(tracker.items).toBe(24);
    expect(tracker.statusCounts).toStrictEqual(BOARD_COUNTS);
  });

  it('reports every repeated header row, the misspelt "Lead I" one included', () => {
    const grid = workbook.sheets[0];
    if (!grid) throw new Error('no sheet');
    const headerRows: number[] = [];
    for (let row = 2; row <= lastRow(grid); row++) {
      if (cellText(cellAt(grid, row, 0)) === 'Recommendation') headerRows.push(row);
    }
    expect(headerRows.length).toBeGreaterThan(5);
    const misspelt = headerRows.find((row) => cellText(cellAt(grid, row, 1)) === 'Lead I');
    expect(misspelt).toBeDefined();
    const reported = tracker.issues.filter((i) => i.code === 'repeated-header').map((i) => i.row);
    expect(reported).toStrictEqual(headerRows);
  });

  it('reports the cut-short "As per Rec" in B30 and suggests "As per Recommendation 12"', () => {
    const grid = workbook.sheets[0];
    expect(grid && cellText(cellAt(grid, 30, 1))).toBe('As per Rec');
    const unresolved = tracker.issues.filter((i) => i.code === 'lead-reference-unresolved');
    expect(unresolved).toHaveLength(1);
    expect(unresolved[0]).toMatchObject({
      severity: 'error',
      cell: 'B30',
      row: 30,
      suggestion: 'As per Recommendation 12',
    });
    expect(report.issueCounts.error).toBe(1);
  });

  it('still reads the tail of recommendation 22 as a continuation', () => {
    const row22 = rowOfRecommendation(workbook, workbook.sheets[0]?.name ?? '', 22);
    const continuations = tracker.issues.filter((i) => i.code === 'continuation-row');
    expect(continuations.map((i) => i.row)).toStrictEqual([row22 + 1]);
  });
});
