// @vitest-environment happy-dom
// The task pane against the in-memory Excel holding the DfE sample: what an officer sees and what
// each click does to the workbook.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/taskpane/App.js';
import type { TrackerHost } from '../../src/taskpane/hooks/host-context.js';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { OfficeTrackerHost } from '../../src/hosts/office/office-tracker-host.js';
import type { WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';
import { createFakeExcel, inspect, type FakeExcel } from '../support/fake-excel/index.js';
import { fakeFromGrid } from '../support/fake-from-grid.js';
import { button, click, clickButton, pageText, render, typeInto, unmountAll, waitFor, waitForText } from '../support/pane-harness.js';

const SAMPLE = 'tests/fixtures/dfe-commissioner-recommendations.xlsx';
const NOW = () => new Date('2026-11-23T12:00:00Z');
const D25 = 'Recommendations!D25';

let sample: WorkbookGrid;
beforeAll(async () => {
  const read = await readWorkbookFile(SAMPLE);
  if (!read.ok) throw new Error(read.message);
  sample = read.workbook;
});
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

/** The real host over a fresh fake Excel holding the sample, every call spied on. */
function sampleHost(): { excel: FakeExcel; host: TrackerHost } {
  const excel = createFakeExcel(fakeFromGrid(sample));
  const real = new OfficeTrackerHost(excel.run, NOW);
  const host: TrackerHost = {
    validate: vi.fn(() => real.validate()),
    buildSummary: vi.fn(() => real.buildSummary()),
    applyEdits: vi.fn((edits) => real.applyEdits(edits)),
    revert: vi.fn((applied) => real.revert(applied)),
    selectCell: vi.fn((sheet, cell) => real.selectCell(sheet, cell)),
    saveLayout: vi.fn((sheet, layout) => real.saveLayout(sheet, layout)),
    saveReading: vi.fn((reading) => real.saveReading(reading)),
    readRow: vi.fn((sheet, row) => real.readRow(sheet, row)),
  };
  return { excel, host };
}

async function validated(): Promise<{ excel: FakeExcel; host: TrackerHost }> {
  const setup = sampleHost();
  await render(<App host={setup.host} supported />);
  await clickButton('Validate tracker');
  await waitForText('Warnings (3)');
  return setup;
}

function countCell(rating: string, what: 'count' | 'percent'): string {
  return document.querySelector(`[data-testid="counts-Recommendations"] [data-testid="${what}-${rating}"]`)?.textContent ?? '';
}

describe('Validate tracker', () => {
  it('starts with the two buttons and nothing else to say', async () => {
    const { host } = sampleHost();
    await render(<App host={host} supported />);
    expect(button('Validate tracker').disabled).toBe(false);
    expect(button('Build summary').disabled).toBe(false);
    expect(host.validate).not.toHaveBeenCalled();
  });

  it('shows 5 completed, 17 on track and 2 with delays, with percentages, swatches and words', async () => {
    await validated();
    expect([countCell('blue', 'count'), countCell('green', 'count'), countCell('amber', 'count'), countCell('red', 'count')]).toEqual(['5', '17', '2', '0']);
    expect([countCell('blue', 'percent'), countCell('green', 'percent'), countCell('amber', 'percent')]).toEqual(['21%', '71%', '8%']);
    const text = pageText();
    for (const label of ['Completed', 'In progress and on track', 'In progress but some delays']) expect(text).toContain(label);
    // Colour is never the only signal: each swatch sits in a row that also carries the label.
    const amberRow = document.querySelector('[data-testid="counts-Recommendations"] tr[data-rating="amber"]');
    expect(amberRow?.querySelector('[data-rating="amber"][aria-hidden="true"]')).not.toBeNull();
    expect(amberRow?.textContent).toContain('In progress but some delays');
  });

  it('says the date the review is as at and where it came from', async () => {
    await validated();
    expect(pageText()).toContain('as at 31 March 2025');
    expect(pageText()).toContain("Date from the period named in the progress column's heading.");
  });

  it('groups the issues by severity and names each cell in plain English', async () => {
    await validated();
    const warnings = document.querySelector('section[data-severity="warning"]');
    const notes = document.querySelector('section[data-severity="info"]');
    expect(document.querySelector('section[data-severity="error"]')).toBeNull();
    expect(warnings?.querySelectorAll('li')).toHaveLength(3);
    expect(notes?.querySelectorAll('li')).toHaveLength(1);
    expect(warnings?.textContent).toContain('Recommendations, cell D25 (row 25)');
    expect(warnings?.textContent).toContain('Recommendations, cell C15 (row 15)');
    expect(notes?.textContent).toContain('Recommendations, row 27');
  });

  it('filters the issues by severity and by words', async () => {
    await validated();
    const notes = button(/^✓Notes \(1\)$/);
    expect(notes.getAttribute('aria-pressed')).toBe('true');
    await click(notes);
    expect(document.querySelector('section[data-severity="info"]')).toBeNull();
    // Off shows by the check mark going, not only by the background.
    expect(notes.getAttribute('aria-pressed')).toBe('false');
    expect(notes.textContent).toBe('Notes (1)');
    const search = document.querySelector<HTMLInputElement>('input[aria-label="Filter issues by words or cell"]');
    if (!search) throw new Error('no filter box');
    await typeInto(search, 'C22');
    await waitFor(() => expect(document.querySelectorAll('section[data-severity] li')).toHaveLength(1));
    expect(document.querySelector('section[data-severity] li')?.textContent).toContain('cell C22');
    await typeInto(search, 'nothing like this');
    await waitForText('No issues match the filter.');
  });
});

describe('Going to an issue', () => {
  it('calls selectCell with the issue’s cell, and Excel’s selection moves there', async () => {
    const { excel, host } = await validated();
    await click(button(/^Go to Recommendations, cell D25/));
    await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith('Recommendations', 'D25'));
    await waitFor(() => expect(inspect(excel.model).selectedAddress()).toBe(D25));
  });

  it('selects the whole row for an issue about a row', async () => {
    const { excel, host } = await validated();
    await click(button(/^Go to Recommendations, row 27/));
    await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith('Recommendations', '27:27'));
    await waitFor(() => expect(inspect(excel.model).selectedAddress()).toMatch(/^Recommendations!(\$?A\$?27:\$?XFD\$?27|\$?27:\$?27)$/));
  });
});

describe('Fixing and reverting', () => {
  it('confirms, changes the cell, validates again, and Revert puts back exactly what was there', async () => {
    const { excel, host } = await validated();
    const before = inspect(excel.model).value(D25);
    expect(before).toBe('In progress – some delays');

    await clickButton('Fix Recommendations, cell D25 (row 25)');
    await waitForText('Change "In progress – some delays" to "In progress, some delays" in D25?');
    expect(inspect(excel.model).value(D25)).toBe(before); // nothing written before the officer confirms
    await clickButton('Change');

    await waitFor(() => expect(inspect(excel.model).value(D25)).toBe('In progress, some delays'));
    await waitForText("Changed D25 to \"In progress, some delays\". Excel's Undo cannot undo this; use Revert.");
    await waitFor(() => expect(host.validate).toHaveBeenCalledTimes(2));
    await waitForText('Warnings (2)');
    expect(document.querySelector('[data-code="status-nonstandard"]')).toBeNull();

    const applied = await (vi.mocked(host.applyEdits).mock.results[0]?.value as ReturnType<TrackerHost['applyEdits']>);
    await clickButton('Revert D25');
    await waitFor(() => expect(inspect(excel.model).value(D25)).toBe(before));
    expect(host.revert).toHaveBeenCalledWith(applied.applied);
    await waitForText('Put back D25 as it was.');
    await waitForText('Warnings (3)');
    expect(document.querySelector('[data-testid="applied-fixes"]')).toBeNull();
  });

  it('writes nothing when the officer cancels', async () => {
    const { excel, host } = await validated();
    await clickButton('Fix Recommendations, cell D25 (row 25)');
    await waitForText('in D25?');
    await clickButton('Cancel');
    await waitFor(() => expect(pageText()).not.toContain('in D25?'));
    expect(host.applyEdits).not.toHaveBeenCalled();
    expect(inspect(excel.model).value(D25)).toBe('In progress – some delays');
  });

  it('offers "Fix all N" for several fixes of one kind, with one confirmation', async () => {
    const excel = createFakeExcel(fakeFromGrid(sample));
    // Three amber statuses with a comma and two with a dash: two fixes of the same code (D24, D25).
    const sheet = excel.model.sheet('Recommendations');
    sheet.ensure(18, 3).value = 'In progress, some delays'; // D19
    sheet.ensure(19, 3).value = 'In progress, some delays'; // D20
    sheet.ensure(23, 3).value = 'In progress – some delays'; // D24
    await render(<App host={new OfficeTrackerHost(excel.run, NOW)} supported />);
    await clickButton('Validate tracker');
    await clickButton('Fix all 2');
    await waitForText('Change these 2 cells to the suggested wording?');
    await clickButton('Change');
    await waitFor(() => {
      expect(inspect(excel.model).value('Recommendations!D24')).toBe('In progress, some delays');
      expect(inspect(excel.model).value(D25)).toBe('In progress, some delays');
    });
    await clickButton('Revert 2 cells (D24, D25)');
    await waitFor(() => expect(inspect(excel.model).value('Recommendations!D24')).toBe('In progress – some delays'));
    expect(inspect(excel.model).value(D25)).toBe('In progress – some delays');
  });
});

describe('Build summary', () => {
  it('writes the summary sheet and says where', async () => {
    const { excel } = sampleHost();
    const { host } = { host: new OfficeTrackerHost(excel.run, NOW) };
    await render(<App host={host} supported />);
    await clickButton('Build summary');
    await waitForText("Summary written to sheet 'Summary – Recommendations'");
    expect(inspect(excel.model).sheetNames()).toContain('Summary – Recommendations');
  });
});

describe('When something goes wrong', () => {
  it('shows the host’s officer message for a failure', async () => {
    const { host } = sampleHost();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.mocked(host.validate).mockRejectedValueOnce(Object.assign(new Error('denied'), { code: 'AccessDenied' }));
    await render(<App host={host} supported />);
    await clickButton('Validate tracker');
    await waitForText('Excel would not let Tracker Check change the workbook');
  });

  it('says so plainly when Excel lacks ExcelApi 1.9', async () => {
    const { host } = sampleHost();
    await render(<App host={host} supported={false} />);
    expect(pageText()).toContain('This version of Excel cannot run Tracker Check');
    expect(document.querySelector('button')).toBeNull();
  });

  it('shows a settings message as a warning', async () => {
    const excel = createFakeExcel(fakeFromGrid(sample));
    excel.model.settings.set('trackerCheck.layouts', JSON.stringify('not a list of layouts'));
    await render(<App host={new OfficeTrackerHost(excel.run, NOW)} supported />);
    await clickButton('Validate tracker');
    await waitForText('The column choices saved in this workbook could not be read');
  });
});
