import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../../src/hosts/file/read-workbook-file.js';
import { OfficeTrackerHost } from '../../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, fakeWorkbook, inspect, type WorkbookModel } from '../../support/fake-excel/index.js';
import { fakeFromGrid } from '../../support/fake-from-grid.js';

const SAMPLE = 'tests/fixtures/dfe-commissioner-recommendations.xlsx';
const NOW = () => new Date('2026-11-23T12:00:00Z');

async function sampleModel(): Promise<WorkbookModel> {
  const read = await readWorkbookFile(SAMPLE);
  if (!read.ok) throw new Error(read.message);
  return fakeFromGrid(read.workbook);
}

/** A plain tracker of `rows` items, each text `textLength` characters long. */
function generatedModel(rows: number, textLength = 10): WorkbookModel {
  const statuses = ['Completed', 'In progress & On track', 'In progress, some delays', 'Not started'];
  const text = 'x'.repeat(textLength);
  return fakeWorkbook({
    sheets: [
      {
        name: 'Actions',
        rows: [
          ['Action', 'Lead', 'Progress', 'Status'],
          ...Array.from({ length: rows }, (_, i) => [`${i + 1}. ${text}`, `Lead ${i % 7}`, text, statuses[i % 4] ?? '']),
        ],
      },
    ],
  });
}

async function validateCost(model: WorkbookModel): Promise<{ syncs: number; commands: number[] }> {
  const excel = createFakeExcel(model);
  await new OfficeTrackerHost(excel.run, NOW).validate();
  return { syncs: excel.stats.syncCount, commands: excel.stats.syncs.filter((s) => !s.implicit).map((s) => s.commands) };
}

describe('Validate through the Office.js adapter', () => {
  it('reads the DfE sample, counts 5 / 17 / 2 and colours the status column', async () => {
    const excel = createFakeExcel(await sampleModel());
    const outcome = await new OfficeTrackerHost(excel.run, NOW).validate();
    const [tracker] = outcome.report.trackers;
    expect(tracker?.statusCounts).toEqual({ blue: 5, green: 17, amber: 2, red: 0, unrated: 0 });
    const formats = inspect(excel.model).conditionalFormats('Recommendations');
    expect(formats).toHaveLength(5);
    expect(JSON.stringify(formats)).toContain('D5');
    expect(JSON.stringify(formats).toUpperCase()).toContain('#1D70B8');
  });

  it('leaves one set of formats when run twice', async () => {
    const excel = createFakeExcel(await sampleModel());
    const host = new OfficeTrackerHost(excel.run, NOW);
    await host.validate();
    const once = inspect(excel.model).conditionalFormats('Recommendations');
    await host.validate();
    expect(inspect(excel.model).conditionalFormats('Recommendations')).toEqual(once);
  });

  it('takes the same syncs and colouring commands for 10 rows as for 50,000', async () => {
    const small = await validateCost(generatedModel(10));
    const large = await validateCost(generatedModel(50_000));
    expect(large).toEqual(small);
    // Three to read (the sheets and their protection, the values and merges, the planned colours), two to colour (see apply-colouring.ts).
    expect(small.syncs).toBe(5);
  });

  it('reads in row blocks only when a response would pass the 5 MB limit', async () => {
    const large = await validateCost(generatedModel(20_000, 200)); // about 9 MB of text
    const small = await validateCost(generatedModel(10, 200));
    expect(large.syncs).toBeGreaterThan(small.syncs);
    const excel = createFakeExcel(generatedModel(20_000, 200));
    const outcome = await new OfficeTrackerHost(excel.run, NOW).validate();
    expect(outcome.report.trackers[0]?.items).toBe(20_000);
    // The first, whole read is refused (as Excel on the web refuses it); every block then fits.
    const answered = excel.stats.syncs.filter((sync) => sync.error === undefined);
    expect(Math.max(...answered.map((sync) => sync.responseBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
  });
});

describe('Fixes and revert', () => {
  it('rewrites a nonstandard status after confirmation and puts back exactly what it replaced', async () => {
    const excel = createFakeExcel(await sampleModel());
    const host = new OfficeTrackerHost(excel.run, NOW);
    const edit = { sheet: 'Recommendations', cell: 'D25', from: 'In progress – some delays', to: 'In progress, some delays' };
    const applied = await host.applyEdits([edit]);
    expect(applied.applied).toHaveLength(1);
    expect(inspect(excel.model).value('Recommendations!D25')).toBe('In progress, some delays');
    await host.revert(applied.applied);
    expect(inspect(excel.model).value('Recommendations!D25')).toBe('In progress – some delays');
  });

  it('leaves a cell alone when an officer changed it after validating', async () => {
    const excel = createFakeExcel(await sampleModel());
    const host = new OfficeTrackerHost(excel.run, NOW);
    const result = await host.applyEdits([{ sheet: 'Recommendations', cell: 'D25', from: 'Delayed', to: 'Amber' }]);
    expect(result.skipped).toHaveLength(1);
    expect(inspect(excel.model).value('Recommendations!D25')).toBe('In progress – some delays');
  });
});

describe('Saved column choices', () => {
  it('ignores an unreadable saved choice with a message and still validates', async () => {
    const model = await sampleModel();
    model.settings.set('trackerCheck.layouts', JSON.stringify([{ sheet: 'Recommendations', headerRow: 'four' }]));
    const outcome = await new OfficeTrackerHost(createFakeExcel(model).run, NOW).validate();
    expect(outcome.settingsMessage).toMatch(/could not be read/);
    expect(outcome.report.trackers[0]?.statusCounts.blue).toBe(5);
  });

  it('uses a saved choice, so the next officer gets the same columns', async () => {
    const excel = createFakeExcel(await sampleModel());
    const host = new OfficeTrackerHost(excel.run, NOW);
    await host.saveLayout('Recommendations', {
      sheet: 'Recommendations', headerRow: 4, columns: { item: 0, lead: 1 }, ratedColumns: [3], source: 'chosen',
    });
    const outcome = await new OfficeTrackerHost(excel.run, NOW).validate();
    expect(outcome.report.trackers[0]?.columns).toEqual({ item: 'A', lead: 'B', status: 'D' });
  });
});
