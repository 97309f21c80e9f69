import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CLEAN, EXIT_ERRORS_FOUND, EXIT_NO_TRACKER, EXIT_UNUSABLE, worseExit } from '../../src/cli/exit-status.js';
import { runCliCaptured as run } from '../support/run-cli-captured.js';

/** --out a folder for one file, the spreadsheets a folder holds that cannot be checked, and exit status 3 (no tracker found). */

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const CLEAN = fixture('dfe-commissioner-recommendations.xlsx');
const SLIDES = fixture('dfe-commissioner-slides-paste.xlsx');
const SKIP_REASON = 'Tracker Check reads .xlsx, .xlsm and .csv: open it in Excel and save it as .xlsx to check it';

let dir: string;
let budget: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-statuses-'));
  // A spreadsheet that is read but holds no tracker: no status, lead or recommendation column.
  budget = join(dir, 'budget.csv');
  await writeFile(budget, 'Budget line,Amount\nRoads,1000\nParks,200\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--out a folder for one file', () => {
  it.each([
    ['a new folder with a trailing slash', 'new-folder/'],
    ['a new name with no extension', 'checked'],
  ])('%s is made and gets the copy under the input’s name', async (_what, out) => {
    const target = join(dir, `one-${out}`);
    const result = await run(CLEAN, '--out', target);
    expect(result.code).toBe(EXIT_CLEAN);
    const copy = join(target, 'dfe-commissioner-recommendations.xlsx');
    expect(result.stderr).toBe(`tracker-check: wrote ${copy} (status colours on "Recommendations"; summary sheet "Summary – Recommendations")\n`);
    expect((await stat(copy)).size).toBeGreaterThan(0);
  });

  it('an existing folder gets the copy too; a name of another kind is still refused', async () => {
    const folder = join(dir, 'existing');
    await mkdir(folder);
    expect((await run(CLEAN, '--out', folder)).code).toBe(EXIT_CLEAN);
    expect((await stat(join(folder, 'dfe-commissioner-recommendations.xlsx'))).isFile()).toBe(true);

    const refused = await run(CLEAN, '--out', join(dir, 'checked.txt'));
    expect(refused.code).toBe(EXIT_UNUSABLE);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`tracker-check: --out takes an .xlsx file name or a folder, not "${join(dir, 'checked.txt')}"\n`);
  });
});

describe('spreadsheets a folder holds but cannot check', () => {
  let folder: string;
  beforeAll(async () => {
    folder = join(dir, 'mixed');
    await mkdir(join(folder, 'below'), { recursive: true });
    await copyFile(CLEAN, join(folder, 'a-tracker.xlsx'));
    await writeFile(join(folder, 'b-old.xls'), 'an old workbook');
    await writeFile(join(folder, 'c-calc.ODS'), 'a LibreOffice sheet');
    await writeFile(join(folder, 'd-binary.xlsb'), 'a binary workbook');
    await writeFile(join(folder, 'notes.txt'), 'not a spreadsheet');
    await writeFile(join(folder, 'below', 'e-older.xls'), 'below');
  });

  it('are listed as skipped with the reason, before the total, and leave the status to the files checked', async () => {
    const result = await run(folder);
    expect(result.code).toBe(EXIT_CLEAN);
    expect(result.stdout).toContain(
      [
        'Skipped, not checked (3):',
        `  ${join(folder, 'b-old.xls')}: an Excel 97-2003 workbook; ${SKIP_REASON}`,
        `  ${join(folder, 'c-calc.ODS')}: an OpenDocument spreadsheet; ${SKIP_REASON}`,
        `  ${join(folder, 'd-binary.xlsb')}: an Excel binary workbook; ${SKIP_REASON}`,
        '',
        'Total: 1 file, 1 tracker, 24 items',
      ].join('\n'),
    );
    expect(result.stdout).not.toContain('notes.txt');
  });

  it('are in the JSON document as skipped, below the folder too with --recursive', async () => {
    const result = await run(folder, '--json', '--recursive');
    const document = JSON.parse(result.stdout) as { files: { file: string }[]; skipped: { file: string; reason: string }[]; total: { files: number } };
    expect(document.files.map((entry) => entry.file)).toStrictEqual([join(folder, 'a-tracker.xlsx')]);
    expect(document.skipped.map((entry) => entry.file)).toStrictEqual(
      ['b-old.xls', 'below/e-older.xls', 'c-calc.ODS', 'd-binary.xlsb'].map((name) => join(folder, name)),
    );
    expect(document.skipped[0]?.reason).toBe(`an Excel 97-2003 workbook; ${SKIP_REASON}`);
    expect(document.total.files).toBe(1);
  });

  it('a folder holding only skipped ones is reported as having nothing to check', async () => {
    const only = join(dir, 'only-old');
    await mkdir(only);
    await writeFile(join(only, 'old.xls'), 'an old workbook');
    const result = await run(only);
    expect(result.code).toBe(EXIT_UNUSABLE);
    expect(result.stdout).toContain(`${only}: no .xlsx, .xlsm or .csv file in this folder`);
    expect(result.stdout).toContain(`Skipped, not checked (1):\n  ${join(only, 'old.xls')}: an Excel 97-2003 workbook`);
  });
});

describe('exit status 3: no tracker found', () => {
  it('one file with no tracker exits 3, the report saying so', async () => {
    const result = await run(budget);
    expect(result.code).toBe(EXIT_NO_TRACKER);
    expect(result.stdout).toContain('No tracker was found');
    expect((await run(budget, '--json')).code).toBe(EXIT_NO_TRACKER);
  });

  it('a batch exits with the most serious status: 2 over 3 over 1 over 0', async () => {
    expect((await run(CLEAN, budget)).code).toBe(EXIT_NO_TRACKER);
    expect((await run(SLIDES, budget)).code).toBe(EXIT_NO_TRACKER);
    expect((await run(budget, join(dir, 'missing.xlsx'))).code).toBe(EXIT_UNUSABLE);
    expect((await run(CLEAN, SLIDES)).code).toBe(EXIT_ERRORS_FOUND);
    expect([EXIT_CLEAN, EXIT_ERRORS_FOUND, EXIT_NO_TRACKER, EXIT_UNUSABLE].reduce(worseExit)).toBe(EXIT_UNUSABLE);
    expect(worseExit(EXIT_NO_TRACKER, EXIT_ERRORS_FOUND)).toBe(EXIT_NO_TRACKER);
    expect(worseExit(EXIT_UNUSABLE, EXIT_NO_TRACKER)).toBe(EXIT_UNUSABLE);
  });
});
