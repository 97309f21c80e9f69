import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../../src/hosts/file/read-workbook-file.js';
import { OfficeTrackerHost } from '../../../src/hosts/office/office-tracker-host.js';
import { ratingRuns } from '../../../src/hosts/office/write-summary-sheet.js';
import { createFakeExcel, fakeWorkbook, inspect, type WorkbookModel } from '../../support/fake-excel/index.js';
import { fakeFromGrid } from '../../support/fake-from-grid.js';

const NOW = () => new Date('2026-11-23T12:00:00Z');
const SUMMARY = 'Summary – Recommendations';
const PARAGRAPH =
  '21% of the recommendations have been completed (5) and a further 71% are in progress and on track to be achieved in timescale (17). Two are in progress but with some delays.';

async function sampleModel(): Promise<WorkbookModel> {
  const read = await readWorkbookFile('tests/fixtures/dfe-commissioner-recommendations.xlsx');
  if (!read.ok) throw new Error(read.message);
  return fakeFromGrid(read.workbook);
}

function allValues(model: WorkbookModel, sheet: string): string[] {
  return inspect(model).values(sheet).flat().map(String);
}

describe('Build summary in Excel', () => {
  it('writes the board figures, the paragraph, the tables and two charts for the DfE sample', async () => {
    const excel = createFakeExcel(await sampleModel());
    const outcome = await new OfficeTrackerHost(excel.run, NOW).buildSummary();
    expect(outcome.sheets).toEqual([SUMMARY]);
    const view = inspect(excel.model);
    const rows = view.values(SUMMARY);
    const statusRow = (label: string) => rows.find((row) => row[0] === label);
    expect(statusRow('Completed')?.slice(1, 3)).toEqual([5, 0.21]);
    expect(statusRow('In progress and on track')?.slice(1, 3)).toEqual([17, 0.71]);
    expect(statusRow('In progress but some delays')?.slice(1, 3)).toEqual([2, 0.08]);
    expect(statusRow('Not in progress or challenge in meeting the timescales')?.slice(1, 3)).toEqual([0, 0]);
    // The paragraph a line a row, from row 3 to the Status heading.
    const column = rows.map((row) => String(row[0] ?? ''));
    expect(column.slice(2, column.indexOf('Status')).join(' ')).toBe(PARAGRAPH);
    expect(rows.find((row) => row[0] === 'Susanne Leece')?.slice(1, 6)).toEqual([0, 4, 1, 0, 5]);
    const exceptionIds = view.tables(SUMMARY).find((t) => t.name.endsWith('_Exceptions'));
    expect(exceptionIds).toBeDefined();
    const exceptionRows = rows.filter((row) => /^(17|21)\. /.test(String(row[0])));
    expect(exceptionRows.map((row) => String(row[0]).split('.')[0])).toEqual(['17', '21']);

    const charts = view.charts(SUMMARY);
    expect(charts).toHaveLength(2);
    // The by-lead bars: a whole-number axis from 0, the legend above them, no label on an empty segment.
    const bars = charts.find((c) => c['type'] === 'BarStacked') as {
      legend: { position: string };
      valueAxis: { minimum: number; maximum: number; majorUnit: number; numberFormat: string };
      series: { values: unknown[]; pointHasLabel: (boolean | null)[] }[];
    };
    expect(bars.legend.position).toBe('Top');
    expect(bars.valueAxis).toStrictEqual({ minimum: 0, maximum: 5, majorUnit: 1, numberFormat: '0' });
    for (const series of bars.series) series.values.forEach((value, i) => expect(series.pointHasLabel[i] === false).toBe(value === 0));
    expect(JSON.stringify(charts).toUpperCase()).toContain('#1D70B8');
    expect(JSON.stringify(charts).toUpperCase()).toContain('#FFDD00');
  });

  it('replaces its own summary when built again, and only that sheet', async () => {
    const model = await sampleModel();
    const excel = createFakeExcel(model);
    const host = new OfficeTrackerHost(excel.run, NOW);
    await host.buildSummary();
    await host.buildSummary();
    expect(inspect(model).sheetNames().filter((name) => name.startsWith('Summary'))).toEqual([SUMMARY]);
    expect(inspect(model).sheetNames()).toEqual(expect.arrayContaining(['Recommendations', 'Leads', 'Notes']));
  });

  it('never replaces an officer sheet that merely has the same name', async () => {
    const model = await sampleModel();
    model.addSheet(SUMMARY).ensure(0, 0).value = 'My own notes';
    const outcome = await new OfficeTrackerHost(createFakeExcel(model).run, NOW).buildSummary();
    expect(outcome.sheets).toEqual([`${SUMMARY} (2)`]);
    expect(inspect(model).value(`'${SUMMARY}'!A1`)).toBe('My own notes');
  });

  it('takes the same number of syncs for a small and a large tracker', async () => {
    const syncsFor = async (rows: number) => {
      const excel = createFakeExcel(
        fakeWorkbook({
          sheets: [
            {
              name: 'Actions',
              rows: [['Action', 'Lead', 'Status'], ...Array.from({ length: rows }, (_, i) => [`${i + 1}. Act`, `Lead ${i % 5}`, i % 3 ? 'Green' : 'Amber'])],
            },
          ],
        }),
      );
      await new OfficeTrackerHost(excel.run, NOW).buildSummary();
      return excel.stats.syncCount;
    };
    expect(await syncsFor(5_000)).toBe(await syncsFor(10));
  });

  it('holds tracker text that starts with = + - @ as text, never as a formula', async () => {
    const risky = ['=HYPERLINK("http://example.invalid","x")', '+44 1234 567890', '-5 days behind', '@risk'];
    const model = fakeWorkbook({
      sheets: [
        {
          name: 'Actions',
          rows: [
            ['Action', 'Lead', 'Progress', 'Status'],
            ...risky.map((text, i) => [`${i + 1}. Do the thing`, text, text, 'Amber']),
          ],
        },
      ],
    });
    const outcome = await new OfficeTrackerHost(createFakeExcel(model).run, NOW).buildSummary();
    const sheet = outcome.sheets[0] ?? '';
    expect(inspect(model).formulaCells(sheet)).toEqual([]);
    const values = allValues(model, sheet);
    for (const text of risky) expect(values).toContain(text);
  });
});

describe('Validate after a summary was built', () => {
  it('leaves the summary sheet out, so its tables are not read as a tracker or a register', async () => {
    const excel = createFakeExcel(await sampleModel());
    const host = new OfficeTrackerHost(excel.run, NOW);
    await host.buildSummary();
    const outcome = await host.validate();
    expect(outcome.report.trackers.map((t) => t.sheet)).toEqual(['Recommendations']);
    expect(outcome.report.registers.map((r) => r.sheet)).toEqual(['Leads']);
  });
});

describe('rating runs', () => {
  it('groups consecutive equal ratings, so one fill covers each run', () => {
    expect(ratingRuns(['red', 'red', 'amber', 'unrated', 'unrated'])).toEqual([
      { rating: 'red', start: 0, end: 1 },
      { rating: 'amber', start: 2, end: 2 },
      { rating: 'unrated', start: 3, end: 4 },
    ]);
    expect(ratingRuns([])).toEqual([]);
  });
});
