import { renameSync, unlinkSync } from 'node:fs';
import { chmod, copyFile, link, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const CLEAN = fixture('dfe-commissioner-recommendations.xlsx');
const SLIDES = fixture('dfe-commissioner-slides-paste.xlsx');

let root: string;
let dir: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tracker-check-file-safety-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
let case_ = 0;
beforeEach(async () => {
  dir = join(root, `case-${++case_}`);
  await mkdir(dir);
});

/** What a workbook's check finds, its name aside: to tell which workbook a copy was made from. */
async function findings(path: string): Promise<unknown> {
  const result = await runCliCaptured('--json', path);
  const report = JSON.parse(result.stdout) as { trackers: { sheet: string; items: number; statusCounts: unknown }[]; issueCounts: unknown };
  return { trackers: report.trackers.map(({ sheet, items, statusCounts }) => ({ sheet, items, statusCounts })), issueCounts: report.issueCounts };
}

function stderrLines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

describe('--out never lands on a file the command reads', () => {
  async function expectRefused(argv: string[], untouched: string, says: RegExp): Promise<void> {
    const before = await readFile(untouched);
    const result = await runCliCaptured(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(stderrLines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(says);
    expect(await readFile(untouched)).toStrictEqual(before);
  }

  it('the --since file, by its name', async () => {
    const june = join(dir, 'june.xlsx');
    const march = join(dir, 'march.xlsx');
    await copyFile(CLEAN, june);
    await copyFile(SLIDES, march);
    await expectRefused([june, '--since', march, '--out', march], march, /written over the --since file .*march\.xlsx/);
  });

  it('the --since file, by its identity (a hard link under another name)', async () => {
    const june = join(dir, 'june.xlsx');
    const march = join(dir, 'march.xlsx');
    await copyFile(CLEAN, june);
    await copyFile(SLIDES, march);
    await link(march, join(dir, 'checked.xlsx'));
    await expectRefused([june, '--since', march, '--out', join(dir, 'checked.xlsx')], march, /--since file/);
  });

  it('the --since file, by its name through a linked folder (where it does not exist yet as seen from there)', async () => {
    const june = join(dir, 'june.xlsx');
    await copyFile(CLEAN, june);
    await mkdir(join(dir, 'reviews'));
    await symlink(join(dir, 'reviews'), join(dir, 'linked'));
    const march = join(dir, 'reviews', 'march.xlsx');
    await copyFile(SLIDES, march);
    await expectRefused([june, '--since', march, '--out', join(dir, 'linked', 'march.xlsx')], march, /--since file/);
  });

  it('the --profile file (a hard link named .xlsx)', async () => {
    const june = join(dir, 'june.xlsx');
    await copyFile(CLEAN, june);
    const profile = join(dir, 'profile.json');
    await writeFile(profile, JSON.stringify({ categories: { amber: { canonical: 'In progress – some delays' } } }));
    await link(profile, join(dir, 'profile.xlsx'));
    await expectRefused([june, '--profile', profile, '--out', join(dir, 'profile.xlsx')], profile, /written over the --profile file .*profile\.json/);
  });
});

describe('the temporary copy', () => {
  it('a link planted at the name the old writer used is never written through', async () => {
    const input = join(dir, 'tracker.xlsx');
    await copyFile(CLEAN, input);
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'not to be touched');
    const out = join(dir, 'checked.xlsx');
    const planted = join(dir, `.checked.xlsx.${process.pid}.tmp`);
    await symlink(victim, planted);

    const result = await runCliCaptured(input, '--out', out);
    expect(result.code).toBe(0);
    expect(await readFile(victim, 'utf8')).toBe('not to be touched');
    expect(await readlink(planted)).toBe(victim);
    expect(await findings(out)).toStrictEqual(await findings(CLEAN));
  });

  it('leaves nothing behind in the folder once the copy is written', async () => {
    const input = join(dir, 'tracker.xlsx');
    await copyFile(CLEAN, input);
    await runCliCaptured(input, '--out', join(dir, 'checked.xlsx'));
    expect((await readdir(dir)).sort()).toStrictEqual(['checked.xlsx', 'tracker.xlsx']);
  });

  it('a private input gets a private copy, whatever the umask', async () => {
    const input = join(dir, 'private.xlsx');
    await copyFile(CLEAN, input);
    await chmod(input, 0o600);
    const out = join(dir, 'checked.xlsx');
    const umask = process.umask(0o000);
    try {
      expect((await runCliCaptured(input, '--out', out)).code).toBe(0);
    } finally {
      process.umask(umask);
    }
    expect((await stat(out)).mode & 0o777).toBe(0o600);
  });

  it('a CSV copy takes the CSV’s permissions too', async () => {
    const input = join(dir, 'private.csv');
    await copyFile(fixture('dfe-commissioner-recommendations.csv'), input);
    await chmod(input, 0o640);
    const out = join(dir, 'checked.xlsx');
    expect((await runCliCaptured(input, '--out', out)).code).toBe(0);
    expect((await stat(out)).mode & 0o777).toBe(0o640);
  });
});

describe('the copy is made from the bytes that were checked', () => {
  it('a tracker saved over (by rename, as Excel saves) during the check: the copy is of the file checked, and stderr says it changed', async () => {
    const input = join(dir, 'tracker.xlsx');
    await copyFile(CLEAN, input);
    const other = join(dir, 'other.xlsx');
    await copyFile(SLIDES, other);
    const out = join(dir, 'checked.xlsx');
    let stdout = '';
    let stderr = '';
    // The report is written after the check and before the copy: the file is saved over then.
    const code = await runCli([input, '--out', out], {
      stdout: (text) => {
        stdout += text;
        renameSync(other, input);
      },
      stderr: (text) => (stderr += text),
      now: () => new Date('2030-01-01T12:00:00Z'),
    });

    expect(code).toBe(0);
    expect(stdout).toContain('Recommendations: header row 4, 24 items');
    expect(await findings(out)).toStrictEqual(await findings(CLEAN));
    expect(await findings(out)).not.toStrictEqual(await findings(SLIDES));
    const lines = stderrLines(stderr);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^tracker-check: wrote .*checked\.xlsx/);
    expect(lines[1]).toBe(`tracker-check: ${input} changed while it was being checked; the report and the copy are of the file as it was first read`);
  });

  it('a tracker deleted during the check: the copy is still written, from the bytes checked, and stderr says so', async () => {
    const input = join(dir, 'tracker.xlsx');
    await copyFile(CLEAN, input);
    const out = join(dir, 'checked.xlsx');
    let stderr = '';
    const code = await runCli([input, '--out', out], {
      stdout: () => unlinkSync(input),
      stderr: (text) => (stderr += text),
      now: () => new Date('2030-01-01T12:00:00Z'),
    });
    expect(code).toBe(0);
    expect(await findings(out)).toStrictEqual(await findings(CLEAN));
    expect(stderrLines(stderr)).toStrictEqual([
      expect.stringMatching(/^tracker-check: wrote .*checked\.xlsx \(/),
      `tracker-check: ${input} changed while it was being checked; the report and the copy are of the file as it was first read`,
    ]);
  });

  it('nothing is said when the file did not change', async () => {
    const input = join(dir, 'tracker.xlsx');
    await copyFile(CLEAN, input);
    const result = await runCliCaptured(input, '--out', join(dir, 'checked.xlsx'));
    expect(stderrLines(result.stderr)).toHaveLength(1);
  });
});

describe('replacing a file at --out is said', () => {
  it('"replaced" when a file was there, "wrote" when none was', async () => {
    const input = join(dir, 'tracker.xlsx');
    await copyFile(CLEAN, input);
    const out = join(dir, 'checked.xlsx');
    await writeFile(out, 'an unrelated file');
    const first = await runCliCaptured(input, '--out', out);
    expect(first.stderr).toMatch(new RegExp(`^tracker-check: replaced ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(status colours on "Recommendations"; summary sheet `));
    await rm(out);
    const second = await runCliCaptured(input, '--out', out);
    expect(second.stderr).toMatch(/^tracker-check: wrote /);
  });
});
