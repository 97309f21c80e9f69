// The built task pane in a real browser (Debian's Chromium through playwright-core), with the
// in-memory Excel injected as the host before the page's scripts run: Validate, go to an issue,
// fix and revert, build the summary, and no request leaves the local origin.
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
import { builtPane, ROOT } from '../support/pane-build.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SAMPLE = path.join(ROOT, 'tests/fixtures/dfe-commissioner-recommendations.xlsx');
const D25 = 'Recommendations!D25';

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
  const requested: string[] = [];
  const pageErrors: string[] = [];

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
    page = await browser.newPage({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript({
      content: `${fakeHost}\n;window.__installTrackerCheckFake(${JSON.stringify(describeGrid(read.workbook))});`,
    });
    await page.goto(`${server.origin}/taskpane.html`);
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
  });

  it('validates and shows 5 completed, 17 on track, 2 with delays', async () => {
    await page.getByRole('button', { name: 'Validate tracker' }).click();
    await page.locator('[data-testid="counts-Recommendations"]').waitFor();
    expect([await count('blue'), await count('green'), await count('amber'), await count('red')]).toEqual(['5', '17', '2', '0']);
    await expect.poll(() => page.getByText('as at 31 March 2025').count()).toBe(1);
    await mkdir(shotDir, { recursive: true });
    await settled(page);
    await page.screenshot({ path: path.join(shotDir, 'pane-validated.png'), fullPage: true });
  });

  it('moves Excel’s selection to the cell of the issue clicked', async () => {
    await page.getByRole('button', { name: /^Go to Recommendations, cell D25/ }).click();
    await expect.poll(() => page.evaluate(() => window.__trackerCheckFake?.selectedAddress())).toBe(D25);
  });

  it('fixes after confirmation and reverts to exactly what was there', async () => {
    const before = await cellValue(D25);
    expect(before).toBe('In progress – some delays');
    await page.getByRole('button', { name: 'Fix Recommendations, cell D25 (row 25)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Change "In progress – some delays" to "In progress, some delays" in D25?').waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(shotDir, 'pane-fix.png') });
    await dialog.getByRole('button', { name: 'Change' }).click();
    await expect.poll(() => cellValue(D25)).toBe('In progress, some delays');
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.locator('[data-testid="applied-fixes"]').innerText())
      .toContain(`Changed D25 to "In progress, some delays". Excel's Undo cannot undo this; use Revert.`);
    await page.getByRole('button', { name: 'Revert' }).click();
    await expect.poll(() => cellValue(D25)).toBe(before);
    await page.getByText('Put back D25 as it was.').waitFor();
  });

  it('builds the summary sheet in the workbook and says so', async () => {
    await page.getByRole('button', { name: 'Build summary' }).click();
    await page.getByText("Summary written to sheet 'Summary – Recommendations'").waitFor();
    expect(await page.evaluate(() => window.__trackerCheckFake?.sheetNames())).toContain('Summary – Recommendations');
    const rows = (await page.evaluate(() => window.__trackerCheckFake?.values('Summary – Recommendations'))) ?? [];
    const row = (first: string) => rows.find((r) => r[0] === first);
    expect(row('Completed')?.slice(1, 3)).toEqual([5, 0.21]);
    expect(row('In progress and on track')?.slice(1, 3)).toEqual([17, 0.71]);
    expect(row('In progress but some delays')?.slice(1, 3)).toEqual([2, 0.08]);
    expect(row('Not in progress or challenge in meeting the timescales')?.slice(1, 3)).toEqual([0, 0]);
    expect(rows.flat()).toContain(
      '21% of the recommendations have been completed (5) and a further 71% are in progress and on track to be achieved in timescale (17). Two are in progress but with some delays.',
    );
    expect(row('Susanne Leece')?.slice(1, 6)).toEqual([0, 4, 1, 0, 5]);
    expect(rows.filter((r) => r[0] === '17' || r[0] === '21').map((r) => r[0])).toEqual(['17', '21']);
    expect(await page.evaluate(() => window.__trackerCheckFake?.chartCount('Summary – Recommendations'))).toBe(2);
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
