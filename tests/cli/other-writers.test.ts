import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERGED_ITEMS, OTHER_WRITER_WORKBOOKS, TRACKER_ITEMS, TRACKER_SHEET } from '../fixtures/other-writers/other-writer-workbooks.js';

// Each workbook of issue 20 that other programs write, or that is built to hurt, run through the
// installed command in a process of its own with its heap capped at 500 MB; the process's own CPU
// time and peak memory (bench/cli/child-usage.mjs writes them at exit) must stay within 5 s and
// 500 MB. CPU time, not the wall clock, so other work on the machine cannot fail the test.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD_USAGE = new URL('../../bench/cli/child-usage.mjs', import.meta.url).href;
const CPU_MS = 5_000;
const RSS_KB = 500 * 1024;

interface Run {
  code: number | string | null;
  stdout: string;
  stderr: string;
}

async function runBounded(file: string): Promise<Run> {
  const usageFile = `${file}.usage.json`;
  const run = await new Promise<Run>((resolve) => {
    execFile(
      process.execPath,
      ['--max-old-space-size=500', '--import', CHILD_USAGE, 'bin/tracker-check.js', file, '--json', '--as-at', '2025-03-31'],
      { cwd: ROOT, timeout: 60_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, TRACKER_CHECK_BENCH_USAGE: usageFile } },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : (error.code ?? error.signal ?? null), stdout, stderr }),
    );
  });
  const usage = JSON.parse(await readFile(usageFile, 'utf8')) as { cpuMs: number; maxRssKb: number };
  expect(usage.cpuMs).toBeLessThan(CPU_MS);
  expect(usage.maxRssKb).toBeLessThan(RSS_KB);
  return run;
}

let dir: string;
const files = new Map<string, string>();
beforeAll(async () => {
  await promisify(execFile)(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, timeout: 60_000 });
  dir = await mkdtemp(join(tmpdir(), 'other-writers-'));
  for (const [name, build] of Object.entries(OTHER_WRITER_WORKBOOKS)) {
    const path = join(dir, name);
    await writeFile(path, await build());
    files.set(name, path);
  }
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Report = { trackers: Array<{ sheet: string; items: number; statusCounts: Record<string, number> }> };

describe('workbooks written by other programs are read and their trackers found', () => {
  it.each(['openpyxl-with-chart.xlsx', 'openpyxl-with-notes.xlsx', 'prefixed-spreadsheetml.xlsx', 'renamed-sheet-part.xlsx'])('%s', async (name) => {
    const run = await runBounded(files.get(name)!);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.trackers.map((tracker) => [tracker.sheet, tracker.items, tracker.statusCounts])).toStrictEqual([
      [TRACKER_SHEET, TRACKER_ITEMS, { blue: 1, green: 2, amber: 1, red: 1, unrated: 0 }],
    ]);
  });
});

describe('hostile workbooks are read correctly or refused with one line, within 5 s of CPU and 500 MB', () => {
  it('one merged area from A20 to XFD1048576 is read as the area it is', async () => {
    const run = await runBounded(files.get('huge-merge.xlsx')!);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.trackers.map((tracker) => tracker.items)).toStrictEqual([TRACKER_ITEMS]);
  });

  it('a value in column XFD on 40,000 rows is refused: its values spread over 655 million cells', async () => {
    const run = await runBounded(files.get('column-xfd-40k-rows.xlsx')!);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/spreads its values over more than 10,000,000 cells/);
  });

  it('40,000 one-row merges are read, every item counted', async () => {
    const run = await runBounded(files.get('forty-thousand-merges.xlsx')!);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.trackers.map((tracker) => tracker.items)).toStrictEqual([MERGED_ITEMS]);
  });
});
