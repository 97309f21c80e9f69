import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { bundleFakeHost } from '../../tests/support/browser-fake/bundle-fake-host.js';
import { describeGrid } from '../../tests/support/browser-fake/describe-grid.js';
import { builtPane, ROOT } from '../../tests/support/pane-build.js';
import { startStaticServer } from '../../tests/support/static-server.js';
import type { BenchSection } from '../section.js';
import { formatTable } from '../table.js';
import { formatMs, summarise } from '../timing.js';

const CHROMIUM = '/usr/bin/chromium';
/** The flags tests/browser/pane.test.ts launches Chromium with. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SAMPLE = path.join(ROOT, 'tests/fixtures/dfe-commissioner-recommendations.xlsx');
const OFFICE_JS_STUB = '/* office.js: the in-memory Excel injected by the bench is the host. */';
const DEFAULT_LOADS = 5;

/** Targets: at most 250 KB of gzipped script before the pane can be used; first useful paint under 1 s. */
const TARGET_GZIP_BYTES = 250 * 1024;
const TARGET_PAINT_MS = 1000;

interface Script {
  file: string;
  bytes: number;
  gzip: number;
}

/** Every .js in dist/ (not office-js/), by webpack chunk id, from the `.push([[ids], …` each chunk file opens with. */
async function chunkFiles(dist: string): Promise<Map<number, string>> {
  const byId = new Map<number, string>();
  for (const file of (await readdir(dist)).filter((f) => f.endsWith('.js'))) {
    const text = await readFile(path.join(dist, file), 'utf8');
    const ids = /\.push\(\[\[([\d,]+)\]/.exec(text)?.[1];
    for (const id of ids?.split(',') ?? []) byId.set(Number(id), file);
  }
  return byId;
}

/** The chunk ids a script asks the webpack runtime to load (`r.e(644)`), among the known chunks. */
function chunksLoadedBy(text: string, known: Map<number, string>): number[] {
  return [...new Set([...text.matchAll(/\.e\((\d+)\)/g)].map((m) => Number(m[1])))].filter((id) => known.has(id));
}

async function measureScript(dist: string, file: string): Promise<Script> {
  const body = await readFile(path.join(dist, file));
  return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/**
 * The pane's scripts: `initial` = the <script>s in taskpane.html (not office.js) plus the chunks
 * the taskpane entry loads before it renders (runtime + entry + react + fluent + app chunks);
 * `all` = those plus every chunk any of them can load later, followed to the end.
 */
async function paneScripts(dist: string): Promise<{ initial: Script[]; all: Script[]; leftOut: string[] }> {
  const html = await readFile(path.join(dist, 'taskpane.html'), 'utf8');
  const tags = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]!).filter((src) => !src.startsWith('office-js/'));
  const known = await chunkFiles(dist);
  const entry = tags.find((src) => src.startsWith('taskpane.'));
  if (!entry) throw new Error('dist/taskpane.html loads no taskpane.*.js');
  const entryText = await readFile(path.join(dist, entry), 'utf8');
  const initialFiles = [...new Set([...tags, ...chunksLoadedBy(entryText, known).map((id) => known.get(id)!)])];

  const allFiles = new Set(initialFiles);
  const queue = [...initialFiles];
  while (queue.length > 0) {
    const text = await readFile(path.join(dist, queue.shift()!), 'utf8');
    for (const id of chunksLoadedBy(text, known)) {
      const file = known.get(id)!;
      if (allFiles.has(file)) continue;
      allFiles.add(file);
      queue.push(file);
    }
  }
  const everyJs = (await readdir(dist)).filter((f) => f.endsWith('.js'));
  return {
    initial: await Promise.all(initialFiles.map((f) => measureScript(dist, f))),
    all: await Promise.all([...allFiles].map((f) => measureScript(dist, f))),
    leftOut: everyJs.filter((f) => !allFiles.has(f)),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const total = (scripts: readonly Script[], key: 'bytes' | 'gzip'): number => scripts.reduce((sum, s) => sum + s[key], 0);

/**
 * Runs in the page before its scripts: notes performance.now() at the first animation frame in
 * which the "Validate tracker" button is laid out (and so painted in that frame).
 */
const WATCH_FOR_BUTTON = `(() => {
  const check = () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent && b.textContent.includes('Validate tracker'));
    if (button && button.getBoundingClientRect().height > 0) { window.__validateVisibleAt = performance.now(); return; }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

interface Load {
  fcp: number;
  validate: number;
  scripts: string[];
}

export const paneSection: BenchSection = {
  name: 'pane',
  title: 'Task pane: script size (gzip) and time to the Validate button in headless Chromium',
  async run(context) {
    const started = performance.now();
    const { dir, built } = await builtPane();
    context.progress(built ? `  built dist/ (npm run build) in ${formatMs(performance.now() - started)}` : '  dist/ is newer than every source; not rebuilt');

    // (a) Script size.
    const scripts = await paneScripts(dir);
    const initialGzip = total(scripts.initial, 'gzip');
    context.print('gzip level 9 of each .js file, summed; office.js (Microsoft’s, from office-js/) not counted');
    context.print(formatTable(
      ['scripts', 'files', 'raw', 'gzip', 'target ≤ 250 KB gzip'],
      [
        ['before the pane can be used (taskpane.html scripts + chunks its entry loads)', String(scripts.initial.length), kb(total(scripts.initial, 'bytes')), kb(initialGzip), initialGzip <= TARGET_GZIP_BYTES ? 'met' : 'missed'],
        ['every script the pane can load (the above + chunks loaded later)', String(scripts.all.length), kb(total(scripts.all, 'bytes')), kb(total(scripts.all, 'gzip')), ''],
      ],
    ));
    context.print(`  before use: ${scripts.initial.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ')}`);
    const later = scripts.all.filter((s) => !scripts.initial.some((i) => i.file === s.file));
    context.print(`  later: ${later.length === 0 ? 'none' : later.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ')}`);
    context.print(`  not the pane's (ribbon commands and outcome dialog): ${scripts.leftOut.join(', ') || 'none'}`);

    // (b) First useful paint.
    context.print();
    if (!existsSync(CHROMIUM)) {
      context.print(`first paint: skipped (${CHROMIUM} is not installed; apt-get install chromium)`);
      return;
    }
    const [fakeHost, read] = await Promise.all([bundleFakeHost(), readWorkbookFile(SAMPLE)]);
    if (!read.ok) throw new Error(read.message);
    const server = await startStaticServer(dir, { overrides: { '/office-js/office.js': { body: OFFICE_JS_STUB, type: 'text/javascript; charset=utf-8' } } });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const loads = context.repetitions ?? DEFAULT_LOADS;
    const results: Load[] = [];
    try {
      for (let i = 0; i < loads; i++) {
        // A fresh context each time: an empty cache, as a pane opened for the first time.
        const page = await browser.newPage({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1 });
        const scriptsRequested: string[] = [];
        page.on('request', (request) => {
          const pathname = new URL(request.url()).pathname;
          if (pathname.endsWith('.js')) scriptsRequested.push(pathname.slice(1));
        });
        await page.addInitScript({
          content: `${fakeHost}\n;window.__installTrackerCheckFake(${JSON.stringify(describeGrid(read.workbook))});\n${WATCH_FOR_BUTTON}`,
        });
        await page.goto(`${server.origin}/taskpane.html`);
        await page.getByRole('button', { name: 'Validate tracker' }).waitFor({ state: 'visible' });
        await page.waitForFunction(() => (window as { __validateVisibleAt?: number }).__validateVisibleAt !== undefined);
        const timings = await page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          validate: (window as { __validateVisibleAt?: number }).__validateVisibleAt ?? Number.NaN,
        }));
        results.push({ ...timings, scripts: scriptsRequested });
        context.progress(`  load ${i + 1}: first contentful paint ${formatMs(timings.fcp)}, Validate button ${formatMs(timings.validate)}`);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const fcp = summarise(results.map((r) => r.fcp));
    const validate = summarise(results.map((r) => r.validate));
    context.print(`headless Chromium (${browser.version()}), 380×900, in-memory Excel injected, office.js stubbed; median of ${loads} fresh page loads, from navigation start`);
    context.print(formatTable(
      ['moment', 'median', 'min', 'max', 'target < 1 s'],
      [
        ['first contentful paint ("Loading Tracker Check…")', formatMs(fcp.median), formatMs(fcp.min), formatMs(fcp.max), ''],
        ['"Validate tracker" button visible', formatMs(validate.median), formatMs(validate.min), formatMs(validate.max), validate.median < TARGET_PAINT_MS ? 'met' : 'missed'],
      ],
    ));
    const fetched = [...new Set(results[0]?.scripts ?? [])].filter((s) => !s.startsWith('office-js/'));
    const counted = new Set(scripts.initial.map((s) => s.file));
    const unexpected = fetched.filter((s) => !counted.has(s));
    context.print(`  scripts the page fetched (besides office.js): ${fetched.length}${unexpected.length > 0 ? `; not in the size count above: ${unexpected.join(', ')}` : ', all counted above'}`);
  },
};
