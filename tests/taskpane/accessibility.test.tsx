// @vitest-environment happy-dom
// The pane for a screen-reader or keyboard user, on the in-memory Excel holding the DfE sample:
// what the live regions say after each action, where focus goes, and how things are named.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { OfficeTrackerHost } from '../../src/hosts/office/office-tracker-host.js';
import { App } from '../../src/taskpane/App.js';
import type { TrackerHost } from '../../src/taskpane/hooks/host-context.js';
import { createFakeExcel } from '../support/fake-excel/index.js';
import { fakeFromGrid } from '../support/fake-from-grid.js';
import { button, click, clickButton, render, typeInto, unmountAll, waitFor, waitForText } from '../support/pane-harness.js';

const SAMPLE = 'tests/fixtures/dfe-commissioner-recommendations.xlsx';
const NOW = () => new Date('2026-11-23T12:00:00Z');

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

function host(protectedSheet?: string): TrackerHost {
  const excel = createFakeExcel(fakeFromGrid(sample));
  if (protectedSheet !== undefined) excel.model.sheet(protectedSheet).protected = true;
  return new OfficeTrackerHost(excel.run, NOW);
}

const polite = () => document.querySelector('[data-testid="live-polite"]');
const assertive = () => document.querySelector('[data-testid="live-assertive"]');
const said = (text: string) => waitFor(() => expect(polite()?.textContent).toBe(text));
const focused = (name: string) => waitFor(() => expect(document.activeElement).toBe(button(name)));

async function validated(): Promise<void> {
  await render(<App host={host()} supported />);
  await clickButton('Validate tracker');
  await waitForText('Warnings (3)');
}

describe('live regions', () => {
  it('are on the page from the start, empty: one polite status, one assertive alert', async () => {
    await render(<App host={host()} supported />);
    expect(polite()?.getAttribute('role')).toBe('status');
    expect(polite()?.getAttribute('aria-live')).toBe('polite');
    expect(assertive()?.getAttribute('aria-live')).toBe('assertive');
    expect(polite()?.textContent).toBe('');
  });

  it('say the outcome of each action in the officer’s words', async () => {
    await validated();
    await said('Validated Recommendations: 24 items, 0 errors, 3 warnings, 1 note.');
    await click(button(/^Go to Recommendations, cell D25/));
    await said('Selected Recommendations, cell D25 (row 25) in Excel.');
    await clickButton('Fix Recommendations, cell D25 (row 25)');
    await clickButton('Change');
    await said('Changed D25 to "In progress, some delays".');
    await clickButton('Revert D25');
    await said('Put back D25 as it was.');
    await clickButton('Build summary');
    await said("Summary written to sheet 'Summary – Recommendations'.");
  });

  it('say the same outcome again when an action is repeated (emptied, then filled)', async () => {
    const validatedText = 'Validated Recommendations: 24 items, 0 errors, 3 warnings, 1 note.';
    await validated();
    await said(validatedText);
    // Every state the region passes through, recorded as it changes (not sampled, so none is missed).
    const region = polite();
    if (!region) throw new Error('no polite region');
    const states: string[] = [];
    const observer = new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (states.at(-1) !== text) states.push(text);
    });
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    await clickButton('Validate tracker');
    await waitFor(() => expect(states).toEqual(['', validatedText]));
    observer.disconnect();
  });

  it('are children of <body>, outside the pane, marked so a dialog never hides them', async () => {
    const { container } = await render(<App host={host()} supported />);
    for (const region of [polite(), assertive()]) {
      expect(container.contains(region)).toBe(false);
      expect(region?.parentElement?.parentElement).toBe(document.body);
      expect(region?.parentElement?.hasAttribute('data-tabster-never-hide')).toBe(true);
    }
  });

  it('say what the filters leave, and that nothing matches', async () => {
    await validated();
    await said('Validated Recommendations: 24 items, 0 errors, 3 warnings, 1 note.');
    await click(button(/Notes \(1\)$/));
    await said('Showing 3 of 4 issues.');
    const search = document.querySelector<HTMLInputElement>('input[aria-label="Filter issues by words or cell"]');
    if (!search) throw new Error('no search box');
    await typeInto(search, 'no such words');
    await said('No issues match the filter.');
    await waitForText('No issues match the filter.');
  });

  it('say the protected-sheet warning with the outcome of Validate', async () => {
    await render(<App host={host('Recommendations')} supported />);
    await clickButton('Validate tracker');
    await said(
      "Validated Recommendations: 24 items, 0 errors, 3 warnings, 1 note. The sheet 'Recommendations' is protected, so Tracker Check did not colour its status cells; every finding is listed. To colour them, unprotect it (Review > Unprotect Sheet) and validate again.",
    );
  });

  it('say a failure assertively', async () => {
    const failing = host();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(failing, 'validate').mockRejectedValueOnce(Object.assign(new Error('denied'), { code: 'AccessDenied' }));
    await render(<App host={failing} supported />);
    await clickButton('Validate tracker');
    await waitFor(() => expect(assertive()?.textContent).toMatch(/^Excel would not let Tracker Check change the workbook/));
    expect(polite()?.textContent).toBe('');
  });
});

describe('focus', () => {
  it('is left where it was when the pane opens', async () => {
    await render(<App host={host()} supported />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).toBe(document.body);
  });

  it('goes back to Fix when the dialog is cancelled, to Revert after a fix, and to Fix after the revert', async () => {
    await validated();
    const fix = button('Fix Recommendations, cell D25 (row 25)');
    fix.focus();
    await click(fix);
    await clickButton('Cancel');
    await focused('Fix Recommendations, cell D25 (row 25)');
    await click(button('Fix Recommendations, cell D25 (row 25)'));
    await clickButton('Change');
    await focused('Revert D25');
    await click(button('Revert D25'));
    await focused('Fix Recommendations, cell D25 (row 25)');
  });

  it('stays on a button while Excel works, and comes to Validate tracker when a message is dismissed', async () => {
    await validated();
    const validate = button('Validate tracker');
    validate.focus();
    await click(validate);
    await waitForText('Warnings (3)');
    expect(document.activeElement).toBe(validate);
    await click(button(/^Go to Recommendations, cell D25/));
    await click(button('Fix Recommendations, cell D25 (row 25)'));
    await clickButton('Change');
    await clickButton('Revert D25');
    await waitForText('Put back D25 as it was.');
    await click(button('Dismiss this message'));
    await focused('Validate tracker');
  });

  it('opens the fix dialog on Cancel, the choice that changes nothing', async () => {
    await validated();
    await click(button('Fix Recommendations, cell D25 (row 25)'));
    await focused('Cancel');
  });

  it('goes to Save and validate when Forget my choice removes itself', async () => {
    await validated();
    await clickButton('Columns look wrong? Choose columns');
    await clickButton('Save and validate');
    await said(`Saved the columns in this workbook. Validated Recommendations: 24 items, 0 errors, 3 warnings, 1 note.`);
    const forget = button('Forget my choice');
    forget.focus();
    await click(forget);
    await focused('Save and validate');
    await said(`Forgot the chosen columns. Validated Recommendations: 24 items, 0 errors, 3 warnings, 1 note.`);
    expect(() => button('Forget my choice')).toThrow();
  });

  it('moves into Choose columns when it opens, and back to its button on Close', async () => {
    await validated();
    await clickButton('Columns look wrong? Choose columns');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Choose columns'));
    expect(document.activeElement?.tagName).toBe('H2');
    await clickButton('Close');
    await focused('Columns look wrong? Choose columns');
  });
});

describe('names and structure', () => {
  it('gives the counts table column headers as well as row headers', async () => {
    await validated();
    const table = document.querySelector('[data-testid="counts-Recommendations"] table');
    expect([...(table?.querySelectorAll('thead th[scope="col"]') ?? [])].map((th) => th.textContent)).toEqual(['Status', 'Items', 'Share']);
    expect(table?.querySelectorAll('tbody th[scope="row"]').length).toBe(4);
  });

  it('names the Go to button with every line it shows, and Revert with its cell', async () => {
    await validated();
    const goTo = button(/^Go to Recommendations, cell D25/);
    const name = goTo.getAttribute('aria-label') ?? '';
    for (const line of goTo.children) expect(name).toContain(line.textContent);
    expect(name).toContain('Suggested: “In progress, some delays”');
    await click(button('Fix Recommendations, cell D25 (row 25)'));
    await clickButton('Change');
    await waitFor(() => button('Revert D25'));
  });

  it('describes the fix dialog by its warning, and names every message bar by its own words', async () => {
    await validated();
    await click(button('Fix Recommendations, cell D25 (row 25)'));
    const dialog = await waitFor(() => {
      const found = document.querySelector('[role="dialog"]');
      if (!found) throw new Error('no dialog');
      return found;
    });
    const described = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain("Excel's Undo cannot undo this; use Revert.");
    await clickButton('Change');
    await waitForText('use Revert');
    const bars = [...document.querySelectorAll('.fui-MessageBar')];
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) {
      const label = document.getElementById(bar.getAttribute('aria-labelledby') ?? '');
      expect(label?.textContent).toMatch(/\w/);
    }
  });
});
