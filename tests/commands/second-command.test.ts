// Issue 17: a ribbon button pressed while the outcome dialog of another is still open. Office shows
// one dialog per host window (a second fails with 12007, modelled by the in-memory Office); the
// newer outcome replaces the earlier one instead of reaching only the console.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSummaryFromRibbon, validateTrackerFromRibbon } from '../../src/commands/ribbon-actions.js';
import { fakeWorkbook, installFakeOffice, type InstalledFakeOffice } from '../support/fake-excel/index.js';

let office: InstalledFakeOffice;
/** How long to wait for a command's dialog: the host is imported on first use, slow on a busy machine. */
const DIALOG_WAIT = { timeout: 20_000 };
const textOf = (url: string) => new URL(url).searchParams.get('text');
const dialogsOpened = (count: number) =>
  vi.waitFor(() => {
    if (office.dialogs.length < count) throw new Error(`${office.dialogs.length} dialogs so far`);
  }, DIALOG_WAIT);

beforeEach(() => {
  const rows = [['Action', 'Lead', 'Status'], ['1. Audit', 'Ann Lee', 'Completed'], ['2. Plan', 'Ann Lee', 'On track']];
  office = installFakeOffice(globalThis, fakeWorkbook({ sheets: [{ name: 'Actions', rows }] }), { excelApi: '1.13' });
  vi.stubGlobal('location', new URL('https://localhost:3000/commands.html'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  office.uninstall();
});

describe('a second ribbon command while an outcome dialog is open', () => {
  it('shows its own outcome in place of the earlier one, and both commands complete', async () => {
    let validated = false;
    const validate = validateTrackerFromRibbon().then(() => void (validated = true));
    await dialogsOpened(1);
    const built = buildSummaryFromRibbon();
    await dialogsOpened(2);
    await validate;
    expect(validated).toBe(true);
    const [first, second] = office.dialogs;
    expect(first?.open).toBe(false);
    expect(second?.open).toBe(true);
    expect(textOf(second?.url ?? '')).toBe("Summary written to sheet 'Summary – Actions'.");
    // The dialog is listed as Office opens it; its handlers come with the callback, a turn later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    second?.messageParent('close');
    await built;
    expect(console.warn).not.toHaveBeenCalledWith(expect.stringContaining('12007'));
  });
});
