// The built task pane in a real browser (Debian's Chromium through playwright-core), with the
// in-memory Excel injected as the host before the page's scripts run: Validate, filter, go to an
// issue, fix and revert, build the summary, choose columns, and the error states of a protected
// sheet; no request leaves the local origin. It runs with normal motion, as most officers have it
// (Fluent's dialogs then take about half a second to close and lift aria-hidden); the dialog and
// announcement checks run a second time with reduced motion. In each state axe-core checks the
// WCAG 2.0–2.2 A and AA rules and its best practices; every live-region write is recorded with whether the region was
// hidden when written; each dialog is closed several times each way with focus checked after each;
// the same work is done by keyboard alone; and the pane is checked at 320 CSS px and twice the text size.
//
// Screenshots for the README go to assets/screenshots/ when SCREENSHOTS=docs (or when they are missing there);
// otherwise to the system temp folder, so an ordinary run leaves the checkout clean.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { bundleFakeHost } from '../support/browser-fake/bundle-fake-host.js';
import { describeGrid } from '../support/browser-fake/describe-grid.js';
import { contrastRatio } from '../../src/engine/edits/colour-contrast.js';
import { axeScan } from './axe-scan.js';
import { LIVE_LOG_SCRIPT, type LiveEntry } from './live-log.js';
import { builtPane, ROOT } from '../support/pane-build.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SAMPLE = path.join(ROOT, 'tests/fixtures/dfe-commissioner-recommendations.xlsx');
/** A tracker that asks one question: "Transferred to BAU", on four rows, is no wording Tracker Check knows. */
const ASKING = path.join(ROOT, 'tests/fixtures/questions/one-unknown-wording.xlsx');
const D25 = 'Recommendations!D25';
const FIX_D25 = 'Fix Recommendations, cell D25 (row 25)';
const VALIDATED = 'Validated Recommendations: 24 items, 0 errors, 3 warnings, 1 note.';
/** How many times each way of closing a dialog is repeated. */
const ROUNDS = 3;
/** Runs of the filter toggle's contrast test: TOGGLE_RUNS=20 for the done-when check, once otherwise. */
const TOGGLE_RUNS = Math.max(1, Number(process.env['TOGGLE_RUNS'] ?? 1));

type Motion = 'no-preference' | 'reduce';

/** Text the pane shows, not its copy in a live region (both hold an outcome while it is announced). */
function onPage(page: Page, text: string) {
  return page.getByText(text).and(page.locator(':not([data-testid^="live-"])'));
}

const DOCS = path.join(ROOT, 'assets', 'screenshots');
const SHOTS = ['pane-validated.png', 'pane-fix.png'];
const shotsToDocs = process.env['SCREENSHOTS'] === 'docs' || SHOTS.some((shot) => !existsSync(path.join(DOCS, shot)));
const shotDir = shotsToDocs ? DOCS : path.join(tmpdir(), 'tracker-check-screenshots');

// The add-in's page loads office.js from its own origin; here the fake is already the host, so
// that script is replaced by a no-op (the real office.js would replace the fake's globals).
const OFFICE_JS_STUB = '/* office.js: the in-memory Excel injected by the test is the host. */';

/** Waits until no animation or transition is running on the page. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

/** Waits until a dialog has really closed: its surface gone from the page and nothing left aria-hidden around the pane. */
async function dialogClosed(page: Page): Promise<void> {
  await page.locator('[aria-modal="true"]').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.getElementById('root')?.closest('[aria-hidden="true"], [inert]') === null);
}

const focusedName = (on: Page) =>
  on.evaluate(() => {
    const active = document.activeElement;
    return active === null || active === document.body ? '<body>' : (active.getAttribute('aria-label') ?? active.textContent ?? '').trim();
  });

const liveLog = (on: Page): Promise<LiveEntry[]> => on.evaluate(() => window.__liveLog ?? []);

/**
 * Does `action`, then waits for `text` in a live region and checks it was written once since the
 * action, in the region for `urgency`, while nothing hid it and no dialog was open or closing.
 */
async function saysOnce(on: Page, text: string | RegExp, action: () => Promise<void>, urgency: 'polite' | 'assertive' = 'polite'): Promise<void> {
  const since = (await liveLog(on)).length;
  await action();
  const matches = (entry: LiveEntry) => (typeof text === 'string' ? entry.text === text : text.test(entry.text));
  const written = async () => (await liveLog(on)).slice(since).filter(matches);
  await expect.poll(async () => (await written()).length, { timeout: 5_000 }).toBeGreaterThan(0);
  const [entry, ...again] = await written();
  expect(again, `"${String(text)}" was written once`).toEqual([]);
  expect(entry).toMatchObject({ urgency, hidden: false, dialog: false });
}

const title = HAS_CHROMIUM
  ? 'The task pane in Chromium, on the in-memory Excel'
  : `The task pane in Chromium (skipped: ${CHROMIUM} is not installed; CI installs it with apt-get install chromium)`;

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let initScript = '';
  /** The same in-memory Excel holding ASKING. */
  let askingScript = '';
  const requested: string[] = [];
  const pageErrors: string[] = [];
  /** Live-region writes made while hidden or behind a dialog, on any page: reported at the end. */
  const hiddenWrites: LiveEntry[] = [];
  /** Violations found per state, every state scanned: reported together at the end. */
  const scans = new Map<string, string[]>();

  /** A fresh page on a fresh in-memory Excel holding the sample; normal motion unless told otherwise. */
  async function newPane(viewport = { width: 380, height: 900 }, url = '/taskpane.html', motion: Motion = 'no-preference', host = initScript): Promise<Page> {
    // The clipboard is granted as an officer's browser grants it to Excel's pane ("Copy for report").
    const fresh = await browser.newPage({ viewport, deviceScaleFactor: 1, reducedMotion: motion, permissions: ['clipboard-read', 'clipboard-write'] });
    fresh.on('request', (request) => requested.push(request.url()));
    fresh.on('pageerror', (error) => pageErrors.push(error.message));
    await fresh.addInitScript({ content: `${host}\n${LIVE_LOG_SCRIPT}` });
    await fresh.goto(`${server.origin}${url}`);
    return fresh;
  }

  /** A fresh page, validated. */
  async function validatedPane(motion: Motion = 'no-preference', viewport = { width: 380, height: 900 }): Promise<Page> {
    const fresh = await newPane(viewport, '/taskpane.html', motion);
    await fresh.getByRole('button', { name: 'Validate tracker' }).click();
    await fresh.locator('[data-testid="counts-Recommendations"]').waitFor();
    return fresh;
  }

  /** Closes a page, keeping any live-region write it made while hidden. */
  async function closePane(on: Page): Promise<void> {
    hiddenWrites.push(...(await liveLog(on)).filter((entry) => entry.hidden || entry.dialog));
    await on.close();
  }

  /** Scans the page, once settled, with axe-core and keeps what it found under the state's name. */
  async function scan(state: string, on: Page = page): Promise<void> {
    await settled(on);
    const { violations, passes } = await axeScan(on);
    expect(passes, `axe checked something in "${state}"`).toBeGreaterThan(10);
    scans.set(state, violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`));
  }

  const polite = (on: Page = page) => on.locator('[data-testid="live-polite"]').innerText();

  /**
   * Opens the fix dialog on D25 and closes it each way (Escape, Cancel), ROUNDS times: it opens on
   * Cancel, and once it has closed focus is on the Fix that opened it, every time.
   */
  async function closeFixDialogEachWay(on: Page, onOpen?: () => Promise<void>): Promise<void> {
    const dialog = on.getByRole('dialog');
    for (let round = 0; round < ROUNDS; round++) {
      for (const close of ['Escape', 'Cancel'] as const) {
        await on.getByRole('button', { name: FIX_D25 }).click();
        await dialog.waitFor();
        await expect.poll(() => focusedName(on), { message: 'the dialog opens on Cancel' }).toBe('Cancel');
        if (round === 0 && close === 'Escape') await onOpen?.();
        if (close === 'Escape') await on.keyboard.press('Escape');
        else await dialog.getByRole('button', { name: 'Cancel' }).click();
        await dialogClosed(on);
        await expect.poll(() => focusedName(on), { message: `focus after ${close}, round ${round + 1}` }).toBe(FIX_D25);
      }
    }
    expect(await on.evaluate((a) => window.__trackerCheckFake?.value(a), D25)).toBe('In progress – some delays');
  }

  /**
   * Fixes D25 and reverts it, ROUNDS times: after Change focus is on the fix's Revert, after Revert
   * on the Fix, and each outcome is written once to the polite region while nothing hides it.
   */
  async function fixAndRevert(on: Page, afterFix?: () => Promise<void>): Promise<void> {
    const value = () => on.evaluate((a) => window.__trackerCheckFake?.value(a), D25);
    const dialog = on.getByRole('dialog');
    for (let round = 0; round < ROUNDS; round++) {
      expect(await value()).toBe('In progress – some delays');
      await saysOnce(on, 'Changed D25 to "In progress, some delays".', async () => {
        await on.getByRole('button', { name: FIX_D25 }).click();
        await dialog.getByText('Change "In progress – some delays" to "In progress, some delays" in D25?').waitFor();
        await dialog.getByRole('button', { name: 'Change' }).click();
        await dialogClosed(on);
      });
      expect(await value()).toBe('In progress, some delays');
      await expect.poll(() => focusedName(on), { message: `focus after Change, round ${round + 1}` }).toBe('Revert D25');
      await expect
        .poll(() => on.locator('[data-testid="applied-fixes"]').innerText())
        .toContain(`Changed D25 to "In progress, some delays". Excel's Undo cannot undo this; use Revert.`);
      if (round === 0) await afterFix?.();
      await saysOnce(on, 'Put back D25 as it was.', () => on.getByRole('button', { name: 'Revert D25' }).click());
      expect(await value()).toBe('In progress – some delays');
      await expect.poll(() => focusedName(on), { message: `focus after Revert, round ${round + 1}` }).toBe(FIX_D25);
    }
  }

  beforeAll(async () => {
    const [{ dir }, fakeHost, read, asking] = await Promise.all([builtPane(), bundleFakeHost(), readWorkbookFile(SAMPLE), readWorkbookFile(ASKING)]);
    if (!read.ok) throw new Error(read.message);
    if (!asking.ok) throw new Error(asking.message);
    askingScript = `${fakeHost}\n;window.__installTrackerCheckFake(${JSON.stringify(describeGrid(asking.workbook))});`;
    server = await startStaticServer(dir, {
      overrides: { '/office-js/office.js': { body: OFFICE_JS_STUB, type: 'text/javascript; charset=utf-8' } },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    initScript = `${fakeHost}\n;window.__installTrackerCheckFake(${JSON.stringify(describeGrid(read.workbook))});`;
    page = await newPane();
    // A production build of the pane takes minutes on a shared two-core machine.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const fake = <T>(read: (f: NonNullable<Window['__trackerCheckFake']>) => T): Promise<T> =>
    page.evaluate(`(${read.toString()})(window.__trackerCheckFake)`) as Promise<T>;
  const count = (rating: string): Promise<string> =>
    page.locator(`[data-testid="counts-Recommendations"] [data-testid="count-${rating}"]`).innerText();

  it('starts with office.js ready on the fake Excel, its live regions outside the pane’s root', async () => {
    await page.getByRole('button', { name: 'Validate tracker' }).waitFor();
    expect(await fake((f) => typeof f.value)).toBe('function');
    // Fluent hides the body's other children while a dialog is open, except those marked never-hide.
    const regions = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-live]')].map((region) => ({
        inRoot: document.getElementById('root')?.contains(region) ?? false,
        neverHidden: region.parentElement?.parentElement === document.body && region.parentElement.hasAttribute('data-tabster-never-hide'),
      })),
    );
    expect(regions).toEqual([
      { inRoot: false, neverHidden: true },
      { inRoot: false, neverHidden: true },
    ]);
    await scan('first open');
  });

  it('validates and shows 5 completed, 17 on track, 2 with delays', async () => {
    await saysOnce(page, VALIDATED, async () => {
      await page.getByRole('button', { name: 'Validate tracker' }).click();
      await page.locator('[data-testid="counts-Recommendations"]').waitFor();
    });
    expect([await count('blue'), await count('green'), await count('amber'), await count('red')]).toEqual(['5', '17', '2', '0']);
    await expect.poll(() => page.getByText('as at 31 March 2025').count()).toBe(1);
    await scan('validated with issues');
    await mkdir(shotDir, { recursive: true });
    await settled(page);
    await page.screenshot({ path: path.join(shotDir, 'pane-validated.png'), fullPage: true });
  });

  it(
    'shows a filter toggle’s state by a check mark and a fill or border of 3:1 against the pane, not by a pale background',
    { repeats: TOGGLE_RUNS - 1 },
    async () => {
      const toggles = await validatedPane();
      const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
      const notes = toggles.getByRole('button', { name: /^Notes \(1\)$/ });
      // Colours are read at rest: the pointer off the toggle (no hover colour) and every transition
      // finished, so the reading is the toggle's state and not a frame of its change.
      const look = async () => {
        await toggles.mouse.move(0, 0);
        await settled(toggles);
        return notes.evaluate((element) => {
          const style = getComputedStyle(element);
          return { pressed: element.getAttribute('aria-pressed'), text: element.textContent ?? '', background: style.backgroundColor, border: style.borderTopColor };
        });
      };
      const on = await look();
      expect(on.pressed).toBe('true');
      expect(on.text.startsWith('✓')).toBe(true);
      expect(contrastRatio(hex(on.background), '#ffffff')).toBeGreaterThanOrEqual(3);
      await notes.click();
      await expect.poll(() => notes.getAttribute('aria-pressed')).toBe('false');
      const off = await look();
      expect(off.pressed).toBe('false');
      expect(off.text.startsWith('✓')).toBe(false);
      // Off: a plain button whose border still meets 3:1, so it reads as a control.
      expect(contrastRatio(hex(off.border), '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(hex(on.background), hex(off.background))).toBeGreaterThanOrEqual(3);
      await closePane(toggles);
    },
  );

  it('says what the filters leave, once each change, and passes axe with each filter on', async () => {
    const notes = page.getByRole('button', { name: /^Notes \(1\)$/ });
    const search = page.getByRole('searchbox', { name: 'Filter issues by words or cell' });
    await saysOnce(page, 'Showing 3 of 4 issues.', () => notes.click());
    await scan('filtered: notes hidden');
    await saysOnce(page, 'No issues match the filter.', () => search.fill('no such words'));
    await onPage(page, 'No issues match the filter.').waitFor();
    await scan('filtered: nothing matches');
    await saysOnce(page, 'Showing 3 of 4 issues.', () => search.fill(''));
    await saysOnce(page, 'Showing 4 of 4 issues.', () => notes.click());
  });

  it('moves Excel’s selection to the cell of the issue clicked', async () => {
    await saysOnce(page, 'Selected Recommendations, cell D25 (row 25) in Excel.', () =>
      page.getByRole('button', { name: /^Go to Recommendations, cell D25/ }).click(),
    );
    await expect.poll(() => page.evaluate(() => window.__trackerCheckFake?.selectedAddress())).toBe(D25);
  });

  it('opens the fix dialog on Cancel, and gives focus back to Fix once it has closed, each way, every time', async () => {
    await closeFixDialogEachWay(page, async () => {
      const dialog = page.getByRole('dialog');
      await scan('fix dialog');
      await page.screenshot({ path: path.join(shotDir, 'pane-fix.png') });
      // The dialog is read with its warning.
      const described = await dialog.getAttribute('aria-describedby');
      expect(described).toBeTruthy();
      expect(await page.locator(`[id="${described}"]`).innerText()).toContain("Excel's Undo cannot undo this");
    });
  });

  it('fixes after confirmation and reverts to exactly what was there, focus and announcement after each', async () => {
    await fixAndRevert(page, () => scan('after fix'));
  });

  it('builds the summary sheet in the workbook and says so', async () => {
    await saysOnce(page, "Summary written to sheet 'Summary – Recommendations'.", async () => {
      await page.getByRole('button', { name: 'Build summary' }).click();
      await onPage(page, "Summary written to sheet 'Summary – Recommendations'").waitFor();
    });
    expect(await page.evaluate(() => window.__trackerCheckFake?.sheetNames())).toContain('Summary – Recommendations');
    const rows = (await page.evaluate(() => window.__trackerCheckFake?.values('Summary – Recommendations'))) ?? [];
    const row = (first: string) => rows.find((r) => r[0] === first);
    expect(row('Completed')?.slice(1, 3)).toEqual([5, 0.21]);
    expect(row('In progress and on track')?.slice(1, 3)).toEqual([17, 0.71]);
    expect(row('In progress but some delays')?.slice(1, 3)).toEqual([2, 0.08]);
    expect(row('Not in progress or challenge in meeting the timescales')?.slice(1, 3)).toEqual([0, 0]);
    // The paragraph a line a row (no merged cells), from row 3 to the Status heading.
    const column = rows.map((r) => String(r[0] ?? ''));
    expect(column.slice(2, column.indexOf('Status')).join(' ')).toBe(
      '21% of the recommendations have been completed (5) and a further 71% are in progress and on track to be achieved in timescale (17). Two are in progress but with some delays.',
    );
    expect(row('Susanne Leece')?.slice(1, 6)).toEqual([0, 4, 1, 0, 5]);
    expect(rows.filter((r) => /^(17|21)\. /.test(String(r[0]))).map((r) => String(r[0]).split('.')[0])).toEqual(['17', '21']);
    expect(await page.evaluate(() => window.__trackerCheckFake?.chartCount('Summary – Recommendations'))).toBe(2);
    // Excel's API gives charts no alt text: each has its data in words in the row under it.
    expect(rows.flat()).toContain('Status of 24 recommendations: 5 completed, 17 on track, 2 some delays, 0 not in progress.');
    await scan('after Build summary');
  });

  it('puts the paragraph and tables on the clipboard as HTML with a table, for the committee report', async () => {
    await page.getByRole('button', { name: 'Copy for report' }).click();
    await onPage(page, 'Copied the paragraph and tables: paste them into the committee report.').waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const text = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
      return { html: await text('text/html'), plain: await text('text/plain') };
    });
    expect(copied.html).toContain('<table');
    expect(copied.html).toContain('21% of the recommendations have been completed (5)');
    expect(copied.html).toMatch(/background:#1D70B8[^"]*">Completed</);
    expect(copied.plain).toContain('Completed\t5\t21%');
  });

  it('opens Choose columns with focus on its heading, and passes axe there with a list open', async () => {
    await page.getByRole('button', { name: 'Columns look wrong? Choose columns' }).click();
    await expect.poll(() => focusedName(page)).toBe('Choose columns');
    await scan('Choose columns');
    await page.getByRole('combobox', { name: 'Sheet' }).click();
    await page.getByRole('listbox').waitFor();
    await scan('Choose columns with a list open');
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => focusedName(page)).toBe('Columns look wrong? Choose columns');
  });

  it('keeps focus in Choose columns when a saved choice is forgotten, and says so once', async () => {
    const columns = await validatedPane();
    await columns.getByRole('button', { name: 'Columns look wrong? Choose columns' }).click();
    await saysOnce(columns, `Saved the columns in this workbook. ${VALIDATED}`, () => columns.getByRole('button', { name: 'Save and validate' }).click());
    const forget = columns.getByRole('button', { name: 'Forget my choice' });
    await forget.focus();
    await saysOnce(columns, `Forgot the chosen columns. ${VALIDATED}`, () => columns.keyboard.press('Enter'));
    await forget.waitFor({ state: 'detached' });
    await expect.poll(() => focusedName(columns)).toBe('Save and validate');
    await scan('Choose columns after a choice is forgotten', columns);
    await closePane(columns);
  });

  it('says a protected sheet’s warning and a refused fix, and passes axe in both error states', async () => {
    const locked = await newPane();
    await locked.evaluate(() => window.__trackerCheckFake?.protect('Recommendations', true));
    const skipped =
      "The sheet 'Recommendations' is protected, so Tracker Check did not colour its status cells; every finding is listed. To colour them, unprotect it (Review > Unprotect Sheet) and validate again.";
    await saysOnce(locked, `${VALIDATED} ${skipped}`, async () => {
      await locked.getByRole('button', { name: 'Validate tracker' }).click();
      await onPage(locked, skipped).waitFor();
    });
    await scan('validated on a protected sheet', locked);
    const refused = /^The sheet 'Recommendations' is protected, so Tracker Check did not change cell D25; nothing was changed\./;
    await saysOnce(
      locked,
      refused,
      async () => {
        await locked.getByRole('button', { name: FIX_D25 }).click();
        await locked.getByRole('dialog').getByRole('button', { name: 'Change' }).click();
        await dialogClosed(locked);
      },
      'assertive',
    );
    await onPage(locked, 'did not change cell D25').waitFor();
    await expect.poll(() => focusedName(locked), { message: 'focus after a refused fix' }).toBe('Validate tracker');
    await scan('fix refused on a protected sheet', locked);
    await locked.getByRole('button', { name: 'Dismiss this message' }).click();
    await expect.poll(() => focusedName(locked)).toBe('Validate tracker');
    await closePane(locked);
  });

  it('passes axe in the ribbon’s outcome dialog', async () => {
    const text = 'Validated: 5 completed, 17 on track, 2 delayed — 0 errors, 3 warnings, 1 note. Open the Tracker Check panel for the cells.';
    const dialog = await newPane({ width: 400, height: 260 }, `/outcome.html?text=${encodeURIComponent(text)}`);
    await dialog.getByText(text).waitFor();
    await scan('outcome dialog', dialog);
    await closePane(dialog);
  });

  it('does validate → go to cell → fix → confirm → revert → build summary by keyboard alone', async () => {
    const keys = await newPane();
    await keys.getByRole('button', { name: 'Validate tracker' }).waitFor();
    /** Presses Tab (or Shift+Tab) until the focused control's name matches; at most 60 presses. */
    const tabTo = async (name: RegExp, back = false) => {
      for (let presses = 0; presses < 60; presses++) {
        if (name.test(await focusedName(keys))) return;
        await keys.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      }
      throw new Error(`Tab never reached ${String(name)}; focus is on "${await focusedName(keys)}"`);
    };
    const notOnBody = async () => expect(await focusedName(keys)).not.toBe('<body>');
    const read = (address: string) => keys.evaluate((a) => window.__trackerCheckFake?.value(a), address);

    await tabTo(/^Validate tracker$/);
    await keys.keyboard.press('Enter');
    await keys.locator('[data-testid="counts-Recommendations"]').waitFor();
    await expect.poll(() => polite(keys)).toContain('Validated Recommendations');
    await notOnBody();
    await tabTo(/^Go to Recommendations, cell D25/);
    await keys.keyboard.press('Enter');
    await expect.poll(() => keys.evaluate(() => window.__trackerCheckFake?.selectedAddress())).toBe(D25);
    await notOnBody();
    await tabTo(/^Fix Recommendations, cell D25/);
    await keys.keyboard.press('Enter');
    const dialog = keys.getByRole('dialog');
    await dialog.waitFor();
    // The dialog opens on Cancel: Enter there changes nothing. Escape gives focus back to Fix; then
    // it is opened again and Change is chosen.
    await expect.poll(() => focusedName(keys)).toBe('Cancel');
    await keys.keyboard.press('Escape');
    await dialogClosed(keys);
    await expect.poll(() => focusedName(keys)).toBe(FIX_D25);
    await keys.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(/^Change$/, true);
    await keys.keyboard.press('Enter');
    await expect.poll(() => read(D25)).toBe('In progress, some delays');
    await expect.poll(() => focusedName(keys)).toBe('Revert D25');
    await keys.keyboard.press('Enter');
    await expect.poll(() => read(D25)).toBe('In progress – some delays');
    await expect.poll(() => polite(keys)).toBe('Put back D25 as it was.');
    await notOnBody();
    await tabTo(/^Build summary$/, true);
    await keys.keyboard.press('Enter');
    await expect.poll(() => polite(keys)).toBe("Summary written to sheet 'Summary – Recommendations'.");
    expect(await keys.evaluate(() => window.__trackerCheckFake?.sheetNames())).toContain('Summary – Recommendations');
    await notOnBody();
    await closePane(keys);
  });

  it('answers a question by keyboard alone, says the new counts once, and passes axe with the question shown and answered', async () => {
    const keys = await newPane(undefined, undefined, undefined, askingScript);
    const tabTo = async (name: RegExp) => {
      for (let presses = 0; presses < 40; presses++) {
        if (name.test(await focusedName(keys))) return;
        await keys.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${String(name)}; focus is on "${await focusedName(keys)}"`);
    };
    const question = 'How should "Transferred to BAU" (4 items) count?';
    const list = keys.getByLabel(question, { exact: true });
    await keys.getByRole('button', { name: 'Validate tracker' }).focus();
    await keys.keyboard.press('Enter');
    await list.waitFor();
    await scan('a question shown', keys);
    await list.focus();
    await keys.keyboard.press('ArrowDown');
    await expect.poll(() => list.inputValue()).toBe('blue');
    await tabTo(/^Answer: How should "Transferred to BAU"/);
    const counted = 'Saved your answer in this workbook. Improvement plan now counts 4 completed, 7 on track, 3 delayed, 2 not in progress. No questions left.';
    await saysOnce(keys, counted, () => keys.keyboard.press('Enter'));
    await expect.poll(() => focusedName(keys)).toBe('Check how I read this tracker');
    await keys.getByRole('button', { name: /^Forget: Improvement plan: "Transferred to BAU" counts as Completed$/ }).waitFor();
    expect(await keys.evaluate(() => window.__trackerCheckFake?.values('Tracker Check reading'))).toEqual([
      [JSON.stringify({ sheets: { 'Improvement plan': { wordings: { 'Transferred to BAU': 'blue' } } } })],
    ]);
    await scan('a question answered', keys);
    await closePane(keys);
  });

  it('reflows at 320 CSS px without sideways scrolling, at the default text size and at twice it, dialog included', async () => {
    const narrow = await validatedPane('no-preference', { width: 320, height: 480 });
    const overflow = () => narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const textSize = () => narrow.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-testid="count-blue"]') as Element).fontSize));
    const base = await textSize();
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The browser's text-size setting changes the root font size; the pane's rem sizes follow it.
    await narrow.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await textSize()).toBeCloseTo(base * 2, 1);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await narrow.getByRole('button', { name: FIX_D25 }).click();
    const dialog = narrow.getByRole('dialog');
    await dialog.waitFor();
    await settled(narrow);
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The details scroll here: a named region in the tab order, scrolled by the keys to its last line.
    const details = dialog.getByRole('region', { name: 'The change in full' });
    expect(await details.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await scan('fix dialog at 320 px and twice the text size', narrow);
    const lastLineShown = () =>
      details.evaluate((element) => {
        const last = element.lastElementChild?.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return last !== undefined && last.bottom <= box.bottom + 1;
      });
    expect(await lastLineShown()).toBe(false);
    for (let presses = 0; presses < 5 && (await focusedName(narrow)) !== 'The change in full'; presses++) await narrow.keyboard.press('Shift+Tab');
    expect(await focusedName(narrow)).toBe('The change in full');
    await narrow.keyboard.press('End');
    await expect.poll(lastLineShown).toBe(true);
    await narrow.keyboard.press('Escape');
    await dialogClosed(narrow);
    await expect.poll(() => focusedName(narrow)).toBe(FIX_D25);
    await closePane(narrow);
  });

  it('keeps each review on Build summary, and the next review\'s summary says what moved since', async () => {
    const reviews = await newPane({ width: 480, height: 900 });
    await reviews.getByRole('button', { name: 'Build summary' }).click();
    await onPage(reviews, "Summary written to sheet 'Summary – Recommendations'").waitFor();
    // The June review: the progress header moves on, and the delayed recommendation 21 is completed.
    await reviews.evaluate(() => {
      window.__trackerCheckFake?.setValue('Recommendations!C4', 'Progress – June 2025');
      window.__trackerCheckFake?.setValue('Recommendations!D25', 'Completed');
    });
    await reviews.getByRole('button', { name: 'Build summary' }).click();
    await expect.poll(() => reviews.evaluate(() => window.__trackerCheckFake?.values('Tracker Check reviews').length ?? 0)).toBeGreaterThan(48);
    const kept = (await reviews.evaluate(() => window.__trackerCheckFake?.values('Tracker Check reviews'))) ?? [];
    expect(new Set(kept.slice(1).map((row) => String(row[0])))).toEqual(new Set(['2025-03-31', '2025-06-30']));
    const rows = (await reviews.evaluate(() => window.__trackerCheckFake?.values('Summary – Recommendations'))) ?? [];
    expect(rows.flat().some((text) => String(text).includes('Since the March 2025 review'))).toBe(true);
    expect(rows.flat()).toContain('Since the 31 March 2025 review');
    expect(await reviews.evaluate(() => window.__trackerCheckFake?.chartCount('Summary – Recommendations'))).toBe(3);
    await closePane(reviews);
  });

  describe('with reduced motion (Fluent then closes its dialogs at once)', () => {
    it('gives focus back to Fix after each close, to Revert after each fix, and says each outcome once', async () => {
      const reduced = await validatedPane('reduce');
      await closeFixDialogEachWay(reduced);
      await fixAndRevert(reduced);
      await scan('validated, with reduced motion', reduced);
      await closePane(reduced);
    });
  });

  it('found no violation of WCAG 2.2 A or AA, or of axe’s best practices, in any state', () => {
    expect([...scans.keys()].sort()).toEqual(
      [
        'first open',
        'validated with issues',
        'filtered: notes hidden',
        'filtered: nothing matches',
        'fix dialog',
        'after fix',
        'after Build summary',
        'Choose columns',
        'Choose columns with a list open',
        'Choose columns after a choice is forgotten',
        'validated on a protected sheet',
        'fix refused on a protected sheet',
        'outcome dialog',
        'fix dialog at 320 px and twice the text size',
        'validated, with reduced motion',
        'a question shown',
        'a question answered',
      ].sort(),
    );
    expect(Object.fromEntries(scans)).toEqual(Object.fromEntries([...scans.keys()].map((state) => [state, []])));
  });

  it('wrote every announcement, on every page, while no dialog was open and nothing hid its region', async () => {
    await closePane(page);
    expect(hiddenWrites).toEqual([]);
  });

  it('took the screenshots', async () => {
    for (const shot of SHOTS) {
      const png = await readFile(path.join(shotDir, shot));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.length).toBeGreaterThan(5_000);
    }
  });

  it('made no request anywhere but its own origin, and threw no script errors', () => {
    expect(requested.length).toBeGreaterThan(3);
    const elsewhere = requested.filter((url) => new URL(url).origin !== server.origin);
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
