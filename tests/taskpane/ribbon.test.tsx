// @vitest-environment happy-dom
// The ribbon's Validate tracker and Build summary with the shared runtime: they run the same
// OfficeTrackerHost calls through office.js's Excel.run (here the in-memory Excel installed as the
// Office globals), show the pane, and the pane says what they found.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestRibbonOutcome, resetRibbonOutcomes } from '../../src/commands/ribbon-outcomes.js';
import { buildSummaryFromRibbon, validateTrackerFromRibbon } from '../../src/commands/ribbon-actions.js';
import type { WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { App } from '../../src/taskpane/App.js';
import { inspect, installFakeOffice, type InstalledFakeOffice } from '../support/fake-excel/index.js';
import { fakeFromGrid } from '../support/fake-from-grid.js';
import { act, clickButton, pageText, render, unmountAll, waitFor, waitForText } from '../support/pane-harness.js';

let sample: WorkbookGrid;
let office: InstalledFakeOffice;
let showAsTaskpane: ReturnType<typeof vi.fn>;

beforeAll(async () => {
  const read = await readWorkbookFile('tests/fixtures/dfe-commissioner-recommendations.xlsx');
  if (!read.ok) throw new Error(read.message);
  sample = read.workbook;
});

beforeEach(() => {
  resetRibbonOutcomes();
  office = installFakeOffice(globalThis, fakeFromGrid(sample));
  showAsTaskpane = vi.fn(() => Promise.resolve());
  // The fake models no shared runtime; Office.addin is what the shared runtime adds.
  Object.assign(Office, { addin: { showAsTaskpane } });
});

afterEach(() => {
  unmountAll();
  office.uninstall();
  resetRibbonOutcomes();
});

describe('Ribbon commands', () => {
  it('Validate tracker shows the pane and the pane says what was found', async () => {
    await render(<App />);
    await act(() => validateTrackerFromRibbon());
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    await waitForText('Validated from the ribbon: 5 completed, 17 on track, 2 delayed — 0 errors, 3 warnings, 1 note');
    // The pane shows the ribbon's findings as its own: counts and issues, without pressing Validate.
    expect(document.querySelector('[data-testid="counts-Recommendations"] [data-testid="count-green"]')?.textContent).toBe('17');
    expect(pageText()).toContain('Warnings (3)');
  });

  it('the ribbon message gives way when the officer validates from the pane', async () => {
    await render(<App />);
    await act(() => validateTrackerFromRibbon());
    await waitForText('Validated from the ribbon');
    await clickButton('Validate tracker');
    await waitFor(() => expect(pageText()).not.toContain('Validated from the ribbon'));
    expect(pageText()).toContain('Warnings (3)');
  });

  it('an outcome published before the pane opened is shown when it mounts', async () => {
    await validateTrackerFromRibbon();
    expect(latestRibbonOutcome()?.state).toBe('done');
    await render(<App />);
    await waitForText('Validated from the ribbon: 5 completed, 17 on track, 2 delayed');
  });

  it('Build summary writes the summary sheet and the pane names it', async () => {
    await render(<App />);
    await act(() => buildSummaryFromRibbon());
    expect(inspect(office.model).sheetNames()).toContain('Summary – Recommendations');
    await waitForText("From the ribbon: Summary written to sheet 'Summary – Recommendations'");
  });

  it('a failure reaches the pane as the officer message', async () => {
    office.model.sheet('Recommendations').protected = true;
    await render(<App />);
    await act(() => validateTrackerFromRibbon());
    await waitForText('Excel would not let Tracker Check change the workbook');
    expect(latestRibbonOutcome()?.state).toBe('failed');
  });

  it('still runs when there is no shared runtime to show the pane', async () => {
    Object.assign(Office, { addin: undefined });
    await validateTrackerFromRibbon();
    expect(latestRibbonOutcome()?.state).toBe('done');
  });
});

describe('The pane’s requirement check', () => {
  it('asks office.js for ExcelApi 1.9 and explains when it is missing', async () => {
    office.uninstall();
    office = installFakeOffice(globalThis, fakeFromGrid(sample), { excelApi: '1.8' });
    await render(<App />);
    expect(pageText()).toContain('This version of Excel cannot run Tracker Check');
    expect(pageText()).toContain('Excel API 1.9');
  });

  it('shows the pane when ExcelApi 1.9 is there', async () => {
    await render(<App />);
    expect(pageText()).toContain('Validate tracker');
  });
});
