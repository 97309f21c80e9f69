import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/cli/collect-inputs.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const CLEAN = fixture('dfe-commissioner-recommendations.xlsx');
const SLIDES = fixture('dfe-commissioner-slides-paste.xlsx');
const CSV = fixture('dfe-commissioner-recommendations.csv');

interface Doc {
  file: string;
  error?: string;
  trackers?: { items: number; statusCounts: Record<string, number> }[];
  issueCounts?: Record<string, number>;
}
interface Batch {
  files: Doc[];
  total: { files: number; trackers: number; items: number; statusCounts: Record<string, number>; issueCounts: Record<string, number> };
}

let dir: string;
let folder: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-batch-'));
  // A folder as officers keep one: trackers, a CSV, a file that is not a workbook, Excel's lock file,
  // a hidden file, something else, and a sub-folder.
  folder = join(dir, 'trackers');
  await mkdir(join(folder, 'archive'), { recursive: true });
  await copyFile(CLEAN, join(folder, 'a-clean.xlsx'));
  await copyFile(SLIDES, join(folder, 'b-slides.XLSX'));
  await copyFile(CSV, join(folder, 'c-tracker.csv'));
  await writeFile(join(folder, 'd-broken.xlsm'), 'not a workbook');
  await writeFile(join(folder, '~$a-clean.xlsx'), 'lock');
  await copyFile(CLEAN, join(folder, '.hidden.xlsx'));
  await writeFile(join(folder, 'notes.txt'), 'notes');
  await copyFile(CLEAN, join(folder, 'archive', 'old.xlsx'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runJson(...argv: string[]): Promise<{ code: number; batch: Batch; stderr: string }> {
  const result = await runCliCaptured('--json', ...argv);
  return { code: result.code, batch: JSON.parse(result.stdout) as Batch, stderr: result.stderr };
}

describe('which files a folder gives', () => {
  it('its .xlsx, .xlsm and .csv files in name order, not hidden or lock files, not below it', async () => {
    const { batch, entries } = await collectInputs([folder], false);
    expect(batch).toBe(true);
    expect(entries.map((entry) => entry.path)).toStrictEqual(['a-clean.xlsx', 'b-slides.XLSX', 'c-tracker.csv', 'd-broken.xlsm'].map((n) => join(folder, n)));
  });

  it('--recursive goes below it; a file named twice is checked once', async () => {
    const { entries } = await collectInputs([folder, join(folder, 'a-clean.xlsx')], true);
    expect(entries.map((entry) => ('relative' in entry ? entry.relative : entry.problem))).toStrictEqual([
      'a-clean.xlsx',
      join('archive', 'old.xlsx'),
      'b-slides.XLSX',
      'c-tracker.csv',
      'd-broken.xlsm',
    ]);
  });

  it('one file on its own is not a batch; a folder always is', async () => {
    expect((await collectInputs([CLEAN], false)).batch).toBe(false);
    const empty = join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    const { batch, entries } = await collectInputs([empty], false);
    expect(batch).toBe(true);
    expect(entries).toStrictEqual([{ path: empty, problem: `${empty}: no .xlsx, .xlsm or .csv file in this folder` }]);
  });
});

describe('tracker-check FOLDER --json', () => {
  it('gives each file’s one-file document in order, an unreadable one in its place, and the total of them all', async () => {
    const { code, batch } = await runJson(folder);
    expect(batch.files.map((doc) => doc.file)).toStrictEqual(['a-clean.xlsx', 'b-slides.XLSX', 'c-tracker.csv', 'd-broken.xlsm'].map((n) => join(folder, n)));
    const [clean, slides, csv, broken] = batch.files;
    expect(clean).toStrictEqual({ ...(await runJson(CLEAN)).batch, file: join(folder, 'a-clean.xlsx') });
    expect(slides?.issueCounts?.error).toBeGreaterThan(0);
    expect(csv?.trackers?.[0]?.items).toBe(24);
    expect(broken).toStrictEqual({ file: join(folder, 'd-broken.xlsm'), error: `${join(folder, 'd-broken.xlsm')}: not an Excel workbook (.xlsx) or CSV file` });

    const readable = batch.files.filter((doc) => doc.trackers !== undefined);
    const trackers = readable.flatMap((doc) => doc.trackers ?? []);
    const sum = (key: string, of: Record<string, number>[]): number => of.reduce((total, counts) => total + (counts[key] ?? 0), 0);
    expect(batch.total).toStrictEqual({
      files: 4,
      trackers: trackers.length,
      items: trackers.reduce((total, t) => total + t.items, 0),
      statusCounts: Object.fromEntries(['blue', 'green', 'amber', 'red', 'unrated'].map((k) => [k, sum(k, trackers.map((t) => t.statusCounts))])),
      issueCounts: Object.fromEntries(['error', 'warning', 'info'].map((k) => [k, sum(k, readable.map((d) => d.issueCounts ?? {}))])),
    });
    // The worst of the files: the unreadable one.
    expect(code).toBe(2);
  });

  it('exits with the worst of the files: 1 when one has errors, 0 when none has', async () => {
    expect((await runCliCaptured(CLEAN, SLIDES)).code).toBe(1);
    expect((await runCliCaptured(CLEAN, CSV)).code).toBe(0);
  });

  it('one file alone keeps the one-file document', async () => {
    const { batch } = await runJson(CLEAN);
    expect(batch).toMatchObject({ file: 'dfe-commissioner-recommendations.xlsx', trackers: [{ items: 24 }] });
    expect(batch).not.toHaveProperty('files');
  });
});

describe('tracker-check FILE... (text)', () => {
  it('prints each file’s report, then the total', async () => {
    const result = await runCliCaptured(CLEAN, join(dir, 'missing.xlsx'), SLIDES);
    expect(result.code).toBe(2);
    const text = result.stdout;
    const positions = [`${CLEAN}: as at`, `${join(dir, 'missing.xlsx')}: no such file`, `${SLIDES}: as at`, 'Total: 3 files (1 file could not be read), 2 trackers'].map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toStrictEqual(positions);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^\d+ errors?, \d+ warnings?, \d+ notes?$/);
    expect(result.stderr).toBe('');
  });
});

describe('--out FOLDER', () => {
  it('writes a checked copy of each under the input’s name, as .xlsx, making the folder', async () => {
    const out = join(dir, 'checked', 'march');
    const result = await runCliCaptured(folder, '--out', out, '--recursive');
    expect(result.code).toBe(2); // d-broken.xlsm cannot be read
    for (const name of ['a-clean.xlsx', 'b-slides.xlsx', 'c-tracker.xlsx', join('archive', 'old.xlsx')]) {
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.readFile(join(out, name));
      expect(copy.worksheets.some((sheet) => sheet.name.startsWith('Summary – '))).toBe(true);
    }
    await expect(stat(join(out, 'd-broken.xlsx'))).rejects.toThrow();
    expect(result.stderr.trim().split('\n').filter((line) => line.startsWith('tracker-check: wrote '))).toHaveLength(4);
  });

  it('one file with --out FOLDER: the copy goes in the folder under its name', async () => {
    const out = join(dir, 'single-out');
    await mkdir(out, { recursive: true });
    const result = await runCliCaptured(CLEAN, '--out', out);
    expect(result.code).toBe(0);
    expect((await stat(join(out, 'dfe-commissioner-recommendations.xlsx'))).size).toBeGreaterThan(0);
  });

  it('refuses to write over an input, before checking anything', async () => {
    const before = await readFile(join(folder, 'a-clean.xlsx'));
    const result = await runCliCaptured(folder, '--out', folder);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^tracker-check: --out: the copy of .*a-clean\.xlsx would be written over the input .*a-clean\.xlsx; choose another folder\n$/);
    expect(await readFile(join(folder, 'a-clean.xlsx'))).toStrictEqual(before);
  });

  it('refuses two inputs that would be copied to one name', async () => {
    const other = join(dir, 'other');
    await mkdir(other, { recursive: true });
    await copyFile(CLEAN, join(other, 'a-clean.xlsx'));
    const result = await runCliCaptured(join(folder, 'a-clean.xlsx'), join(other, 'a-clean.xlsx'), '--out', join(dir, 'clash'));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/would both be copied to .*clash.a-clean\.xlsx/);
  });

  it('refuses an .xlsx name for several files', async () => {
    const result = await runCliCaptured(CLEAN, SLIDES, '--out', join(dir, 'both.xlsx'));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/--out names a folder when several files are checked/);
  });
});
