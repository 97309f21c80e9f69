import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../support/run-cli-captured.js';

/** A CSV saved by Excel on Windows ("CSV (Comma delimited)") is Windows-1252: £ and curly quotes must survive. */
describe('a Windows-1252 CSV', () => {
  it('keeps £ and curly quotes in the report and in the checked copy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'text-copy-'));
    try {
      const text = [
        'Recommendation,Lead,Progress,Status',
        '1. Review the £2m budget,Ann Lee,“Savings plan” agreed – on schedule,On track',
        '2. Audit the contracts,Ann Lee,Under way,Completed',
      ].join('\r\n');
      const csv = join(dir, 'plan.csv');
      await writeFile(csv, iconv.encode(text, 'win1252'));
      const out = join(dir, 'checked.xlsx');
      const result = await runCliCaptured(csv, '--out', out, '--json');
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain('\uFFFD');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      const sheet = workbook.getWorksheet('plan');
      expect(sheet?.getCell('A2').value).toBe('1. Review the £2m budget');
      expect(sheet?.getCell('C2').value).toBe('“Savings plan” agreed – on schedule');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
