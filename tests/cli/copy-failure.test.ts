import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/run-cli-captured.js';
import { writeWorkbookExceljsCannotWrite } from './workbook-exceljs-cannot-write.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/dfe-commissioner-recommendations.xlsx', import.meta.url));

let dir: string;
let unwritable: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-copy-failure-'));
  unwritable = join(dir, 'table-without-style.xlsx');
  await writeWorkbookExceljsCannotWrite(SAMPLE, unwritable);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('a copy that cannot be written: the report is printed, then one line says why, exit 2', () => {
  it('the writer fails on the workbook (its package has no [Content_Types].xml)', async () => {
    const out = join(dir, 'copy-of-table.xlsx');
    const result = await runCliCaptured(unwritable, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Recommendations: header row 4, 24 items');
    expect(result.stdout).toContain('0 errors, 3 warnings, 1 note');
    expect(result.stderr).toMatch(/^tracker-check: the checked copy .*copy-of-table\.xlsx was not written: the workbook writer failed \(.+\)\n$/);
    expect(await exists(out)).toBe(false);
  });

  it('with --json, stdout is still the whole document', async () => {
    const result = await runCliCaptured('--json', unwritable, '--out', join(dir, 'copy-of-table.xlsx'));
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: 'table-without-style.xlsx', trackers: [{ sheet: 'Recommendations', items: 24 }] });
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a folder that does not exist', () => join(dir, 'no-such-folder', 'copy.xlsx'), /its folder does not exist/],
    ['a folder that is a file', () => join(SAMPLE, 'copy.xlsx'), /its folder is a file/],
  ])('a path that cannot be written: %s', async (_, out, says) => {
    const result = await runCliCaptured(SAMPLE, '--out', out());
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('24 items');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(says);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('in a batch, the other files are still checked and copied', async () => {
    const outDir = join(dir, 'batch-out');
    const result = await runCliCaptured(unwritable, SAMPLE, '--out', outDir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Total: 2 files, 2 trackers, 48 items');
    const stderr = result.stderr.trim().split('\n');
    expect(stderr).toHaveLength(2);
    expect(stderr[0]).toMatch(/table-without-style\.xlsx was not written: the workbook writer failed/);
    expect(stderr[1]).toMatch(/^tracker-check: wrote .*dfe-commissioner-recommendations\.xlsx/);
    expect(await exists(join(outDir, 'dfe-commissioner-recommendations.xlsx'))).toBe(true);
    expect(await exists(join(outDir, 'table-without-style.xlsx'))).toBe(false);
  });
});

describe('exit 2 with one plain line for a reader failure in a batch', () => {
  it('a damaged file among good ones is reported in its place', async () => {
    const bad = join(dir, 'bad.xlsx');
    await writeFile(bad, 'PK\u0003\u0004 not really a zip');
    const result = await runCliCaptured(SAMPLE, bad);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/bad\.xlsx: the file is damaged/);
    expect(result.stdout).not.toMatch(/^\s+at /m);
    expect(result.stderr).toBe('');
  });
});
