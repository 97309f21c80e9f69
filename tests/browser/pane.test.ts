// The built task pane in a real browser (Debian's Chromium through playwright-core), with the
// in-memory Excel injected as the host before the page's scripts run: Validate, go to an issue,
// fix and revert, build the summary, and no request leaves the local origin. In each state axe-core
// checks the WCAG 2.0–2.2 A and AA rules and the live region is read; then the same work is done by
// keyboard alone, and the pane is checked for reflow at 320 CSS px and at twice the text size.
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
import { builtPane, ROOT } from '../support/pane-build.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SAMPLE = path.join(ROOT, 'tests/fixtures/dfe-commissioner-recommendations.xlsx');
const D25 = 'Recommendations!D25';

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

/** Waits until no animation is running on the page. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

const title = HAS_CHROMIUM
  ? 'The task pane in Chromium, on the in-memory Excel'
  : `The task pane in Chromium (skipped: ${CHROMIUM} is not installed; CI installs it with apt-get install chromium)`;

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let initScript = '';
  const requested: string[] = [];
  const pageErrors: string[] = [];
  /** Violations found per state, every state scanned: reported together at the end. */
  const scans = new Map<string, string[]>();

  /** A fresh page on a fresh in-memory Excel holding the sample. */
  async function newPane(viewport = { width: 380, height: 900 }, path = '/taskpane.html'): Promise<Page> {
    // The clipboard is granted as an officer's browser grants it to Excel's pane ("Copy for report").
    const fresh = await browser.newPage({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce', permissions: ['clipboard-read', 'clipboard-write'] });
    fresh.on('request', (request) => requested.push(request.url()));
    fresh.on('pageerror', (error) => pageErrors.push(error.message));
    await fresh.addInitScript({ content: initScript });
    await fresh.goto(`${server.origin}${path}`);
    return fresh;
  }

  /** Scans the page with axe-core and keeps what it found under the state's name. */
  async function scan(state: string, on: Page = page): Promise<void> {
    await settled(on);
    const { violations, passes } = await axeScan(on);
    expect(passes, `axe checked something in "${state}"`).toBeGreaterThan(10);
    scans.set(state, violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`));
  }

  const polite = (on: Page = page) => on.locator('[data-testid="live-polite"]').innerText();
  const focusedName = (on: Page = page) =>
    on.evaluate(() => {
      const active = document.activeElement;
      return active === null || active === document.body ? '<body>' : (active.getAttribute('aria-label') ?? active.textContent ?? '').trim();
    });

  beforeAll(async () => {
    const [{ dir }, fakeHost, read] = await Promise.all([builtPane(), bundleFakeHost(), readWorkbookFile(SAMPLE)]);
    if (!read.ok) throw new Error(read.message);
    server = await startStaticServer(dir, {
      overrides: { '/office-js/office.js': { body: OFFICE_JS_STUB, type: 'text/javascript; charset=utf-8' } },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    // Reduced motion: Fluent then shortens its dialog and message animations, so screenshots are settled.
    initScript = `${fakeHost}\n;window.__installTrackerCheckFake(${JSON.stringify(describeGrid(read.workbook))});`;
    page = await newPane();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const fake = <T>(read: (f: NonNullable<Window['__trackerCheckFake']>) => T): Promise<T> =>
    page.evaluate(`(${read.toString()})(window.__trackerCheckFake)`) as Promise<T>;
  const cellValue = (address: string): Promise<unknown> =>
    page.evaluate((a) => window.__trackerCheckFake?.value(a), address);
  const count = (rating: string): Promise<string> =>
    page.locator(`[data-testid="counts-Recommendations"] [data-testid="count-${rating}"]`).innerText();

  it('starts with office.js ready on the fake Excel', async () => {
    await page.getByRole('button', { name: 'Validate tracker' }).waitFor();
    expect(await fake((f) => typeof f.value)).toBe('function');
    await scan('first open');
  });

  it('validates and shows 5 completed, 17 on track, 2 with delays', async () => {
    await page.getByRole('button', { name: 'Validate tracker' }).click();
    await page.locator('[data-testid="counts-Recommendations"]').waitFor();
    expect([await count('blue'), await count('green'), await count('amber'), await count('red')]).toEqual(['5', '17', '2', '0']);
    await expect.poll(() => page.getByText('as at 31 March 2025').count()).toBe(1);
    await expect.poll(() => polite()).toBe('Validated Recommendations: 24 items, 0 errors, 3 warnings, 1 note.');
    await scan('validated with issues');
    await mkdir(shotDir, { recursive: true });
    await settled(page);
    await page.screenshot({ path: path.join(shotDir, 'pane-validated.png'), fullPage: true });
  });

  it('shows a filter toggle’s state by a check mark and a fill or border of 3:1 against the pane, not by a pale background', async () => {
    const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    // Colours are read at rest: the pointer off the toggle (no hover colour) and every transition
    // finished, so the reading is the toggle's state and not a frame of its change.
    const look = async (name: RegExp) => {
      await page.mouse.move(0, 0);
      await settled(page);
      const toggle = page.getByRole('button', { name });
      return toggle.evaluate((element) => {
        const style = getComputedStyle(element);
        return { pressed: element.getAttribute('aria-pressed'), text: element.textContent ?? '', background: style.backgroundColor, border: style.borderTopColor };
      });
    };
    const on = await look(/^Notes \(1\)$/);
    expect(on.pressed).toBe('true');
    expect(on.text.startsWith('✓')).toBe(true);
    expect(contrastRatio(hex(on.background), '#ffffff')).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: /^Notes \(1\)$/ }).click();
    await expect.poll(async () => page.getByRole('button', { name: /^Notes \(1\)$/ }).getAttribute('aria-pressed')).toBe('false');
    const off = await look(/^Notes \(1\)$/);
    expect(off.pressed).toBe('false');
    expect(off.text.startsWith('✓')).toBe(false);
    // Off: a plain button whose border still meets 3:1, so it reads as a control.
    expect(contrastRatio(hex(off.border), '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(hex(on.background), hex(off.background))).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: /^Notes \(1\)$/ }).click();
    await expect.poll(async () => (await look(/^Notes \(1\)$/)).pressed).toBe('true');
  });

  it('moves Excel’s selection to the cell of the issue clicked', async () => {
    await page.getByRole('button', { name: /^Go to Recommendations, cell D25/ }).click();
    await expect.poll(() => page.evaluate(() => window.__trackerCheckFake?.selectedAddress())).toBe(D25);
    await expect.poll(() => polite()).toBe('Selected Recommendations, cell D25 (row 25) in Excel.');
  });

  it('fixes after confirmation and reverts to exactly what was there', async () => {
    const before = await cellValue(D25);
    expect(before).toBe('In progress – some delays');
    await page.getByRole('button', { name: 'Fix Recommendations, cell D25 (row 25)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Change "In progress – some delays" to "In progress, some delays" in D25?').waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(shotDir, 'pane-fix.png') });
    await scan('fix dialog');
    // The dialog is read with its warning.
    expect(await dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(await page.locator(`[id="${await dialog.getAttribute('aria-describedby')}"]`).innerText()).toContain("Excel's Undo cannot undo this");
    await dialog.getByRole('button', { name: 'Change' }).click();
    await expect.poll(() => cellValue(D25)).toBe('In progress, some delays');
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.locator('[data-testid="applied-fixes"]').innerText())
      .toContain(`Changed D25 to "In progress, some delays". Excel's Undo cannot undo this; use Revert.`);
    await expect.poll(() => focusedName()).toBe('Revert D25');
    await expect.poll(() => polite()).toBe('Changed D25 to "In progress, some delays".');
    await scan('after fix');
    await page.getByRole('button', { name: 'Revert D25' }).click();
    await expect.poll(() => cellValue(D25)).toBe(before);
    await onPage(page, 'Put back D25 as it was.').waitFor();
    await expect.poll(() => polite()).toBe('Put back D25 as it was.');
    await expect.poll(() => focusedName()).toBe('Fix Recommendations, cell D25 (row 25)');
  });

  it('builds the summary sheet in the workbook and says so', async () => {
    await page.getByRole('button', { name: 'Build summary' }).click();
    await onPage(page, "Summary written to sheet 'Summary – Recommendations'").waitFor();
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
    await expect.poll(() => polite()).toBe("Summary written to sheet 'Summary – Recommendations'.");
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

  it('opens Choose columns with focus on its heading, and passes axe there', async () => {
    await page.getByRole('button', { name: 'Columns look wrong? Choose columns' }).click();
    await expect.poll(() => focusedName()).toBe('Choose columns');
    await page.getByRole('button', { name: 'Forget my choice' }).waitFor();
    await scan('Choose columns');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => focusedName()).toBe('Columns look wrong? Choose columns');
  });

  it('passes axe in the ribbon’s outcome dialog', async () => {
    const text = 'Validated: 5 completed, 17 on track, 2 delayed — 0 errors, 3 warnings, 1 note. Open the Tracker Check panel for the cells.';
    const dialog = await newPane({ width: 400, height: 260 }, `/outcome.html?text=${encodeURIComponent(text)}`);
    await dialog.getByText(text).waitFor();
    await scan('outcome dialog', dialog);
    await dialog.close();
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
    // Escape closes the dialog and gives focus back to Fix; then it is opened again and confirmed.
    await keys.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedName(keys)).toBe('Fix Recommendations, cell D25 (row 25)');
    await keys.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(/^Change$/);
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
    await keys.close();
  });

  it('reflows at 320 CSS px without sideways scrolling, at the default text size and at twice it', async () => {
    const narrow = await newPane({ width: 320, height: 700 });
    await narrow.getByRole('button', { name: 'Validate tracker' }).click();
    await narrow.locator('[data-testid="counts-Recommendations"]').waitFor();
    const overflow = () => narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const textSize = () => narrow.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-testid="count-blue"]') as Element).fontSize));
    const base = await textSize();
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The browser's text-size setting changes the root font size; the pane's rem sizes follow it.
    await narrow.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await textSize()).toBeCloseTo(base * 2, 1);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await narrow.getByRole('button', { name: 'Fix Recommendations, cell D25 (row 25)' }).click();
    await narrow.getByRole('dialog').waitFor();
    await settled(narrow);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await narrow.close();
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
    await reviews.close();
  });

  it('found no WCAG 2.2 A or AA violation in any state', () => {
    expect([...scans.keys()]).toEqual([
      'first open',
      'validated with issues',
      'fix dialog',
      'after fix',
      'after Build summary',
      'Choose columns',
      'outcome dialog',
    ]);
    expect(Object.fromEntries(scans)).toEqual(Object.fromEntries([...scans.keys()].map((state) => [state, []])));
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
