import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from '../support/run-cli-captured.js';
import { writeWorkbookExceljsCannotWrite } from './workbook-exceljs-cannot-write.js';

// The other CLI suites run the source in-process; this one runs what `npx tracker-check` runs,
// bin/tracker-check.js and the compiled dist-cli/, built here from the source first so it is never stale.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLEAN = 'tests/fixtures/dfe-commissioner-recommendations.xlsx';
const SLIDES = 'tests/fixtures/dfe-commissioner-slides-paste.xlsx';

function runBin(...argv: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/tracker-check.js', ...argv], { cwd: ROOT, timeout: 25_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(async () => {
  await promisify(execFile)(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, timeout: 60_000 });
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-bin-'));
}, 90_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the installed command', () => {
  it('--json runs the check and exits 0 on the clean sample', async () => {
    const { code, stdout, stderr } = await runBin('--json', CLEAN);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { file: string; trackers: { statusCounts: unknown }[] };
    expect(report.file).toBe('dfe-commissioner-recommendations.xlsx');
    expect(report.trackers[0]?.statusCounts).toStrictEqual({ blue: 5, green: 17, amber: 2, red: 0, unrated: 0 });
  });

  it('exits 1 on the slides paste', async () => {
    expect((await runBin(SLIDES)).code).toBe(1);
  });

  it('checks several files in one call', async () => {
    const { code, stdout } = await runBin('--json', CLEAN, SLIDES);
    expect(code).toBe(1);
    const batch = JSON.parse(stdout) as { files: unknown[]; total: { files: number; items: number } };
    expect(batch.files).toHaveLength(2);
    expect(batch.total).toMatchObject({ files: 2, items: 48 });
  });

  it('loads the profile reader for --profile and the writer for --out', async () => {
    const profile = join(dir, 'profile.json');
    await writeFile(profile, JSON.stringify({ categories: { amber: { canonical: 'In progress – some delays' } } }));
    const out = join(dir, 'checked.xlsx');
    const { code, stdout, stderr } = await runBin(CLEAN, '--profile', profile, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('Suggested: "In progress – some delays"');
    expect(stderr).toMatch(/^tracker-check: wrote .*checked\.xlsx/);
    expect((await stat(out)).size).toBeGreaterThan(0);
  });

  it('prints the report when the copy cannot be written, then one plain line, exit 2', async () => {
    const input = join(dir, 'table-without-style.xlsx');
    await writeWorkbookExceljsCannotWrite(join(ROOT, CLEAN), input);
    const { code, stdout, stderr } = await runBin(input, '--out', join(dir, 'copy.xlsx'));
    expect(code).toBe(2);
    expect(stdout).toContain('24 items');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^tracker-check: the checked copy .* was not written: /);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
