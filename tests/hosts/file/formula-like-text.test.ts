import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../support/run-cli-captured.js';

// Text beginning = + - @ is a formula to Excel once the cell is edited and entered (F2, Enter)
// unless the cell's format is Text, as the add-in writes it.
const FORMULA_LIKE = ['=A1+1', '+44 151 511 0000', '-10% on budget', '@Ann Lee'];

let dir: string;
let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-formula-text-'));
  const input = join(dir, 'plan.csv');
  await writeFile(
    input,
    [
      'Recommendation,Lead,Progress – March 2025,Status',
      `1. Review governance,@Ann Lee,${FORMULA_LIKE[0]},Completed`,
      `2. Publish the plan,@Ann Lee,${FORMULA_LIKE[1]},On track`,
      `${FORMULA_LIKE[2]},Ben Holmes,Drafted,Some delays`,
      'Plain text,Ben Holmes,Drafted,On track',
    ].join('\r\n'),
  );
  const out = join(dir, 'checked.xlsx');
  const result = await runCliCaptured(input, '--out', out);
  expect(result.code).toBe(0);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(out)) as unknown as ExcelJS.Buffer);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cellsOf(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

describe('cells the copy adds whose text could be read as a formula carry the Text format', () => {
  it('the rows of a CSV', () => {
    const sheet = workbook.getWorksheet('plan');
    expect(sheet).toBeDefined();
    const formulaLike = cellsOf(sheet!).filter((cell) => typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value));
    expect(formulaLike.map((cell) => cell.value).sort()).toStrictEqual(['+44 151 511 0000', '-10% on budget', '=A1+1', '@Ann Lee', '@Ann Lee'].sort());
    for (const cell of formulaLike) expect(cell.numFmt, cell.address).toBe('@');
    expect(sheet!.getCell('A5').numFmt).not.toBe('@');
  });

  it('the summary sheet (a lead named "@Ann Lee" in its table of leads)', () => {
    const summary = workbook.worksheets.find((sheet) => sheet.name.startsWith('Summary'));
    expect(summary).toBeDefined();
    const formulaLike = cellsOf(summary!).filter((cell) => typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value));
    expect(formulaLike.map((cell) => cell.value)).toContain('@Ann Lee');
    for (const cell of formulaLike) expect(cell.numFmt, cell.address).toBe('@');
  });
});
