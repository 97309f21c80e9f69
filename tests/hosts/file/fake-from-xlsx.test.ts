import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourReadPlan } from '../../../src/engine/analyse/colour-read-plan.js';
import { coloursAt } from '../../../src/engine/grid/sheet-grid.js';
import { readWorkbookFile } from '../../../src/hosts/file/read-workbook-file.js';
import { fakeFromXlsx } from '../../support/fake-from-xlsx.js';
import { inspect } from '../../support/fake-excel/index.js';
import { OFFICE_2013_THEME, row, si, stylesXml, xlsxFromParts } from '../../support/xlsx-parts.js';

const solid = (colour: string) => `<fill><patternFill patternType="solid"><fgColor ${colour}/></patternFill></fill>`;
const STYLES = stylesXml({
  fonts: ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/></font>', '<font><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', solid('theme="9"'), solid('rgb="FF1F4E78"'), solid('theme="7" tint="0.59999389629810485"')],
  xfs: [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>',
    '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" applyFill="1"/>', // 1: Green, Accent 6
    '<xf numFmtId="0" fontId="1" fillId="3" borderId="0" applyFill="1"/>', // 2: white on dark blue
    '<xf numFmtId="0" fontId="0" fillId="4" borderId="0" applyFill="1"/>', // 3: Gold, Accent 4, Lighter 60%
  ],
});
const s = (v: number, style?: number) => ({ t: 's' as const, v, ...(style !== undefined && { s: style }) });

let dir: string;
let path: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fake-from-xlsx-'));
  path = join(dir, 'tracker.xlsx');
  const bytes = await xlsxFromParts({
    sheets: [
      {
        name: 'Tracker',
        rows:
          row(1, { A: s(0, 2), B: s(1, 2), C: s(2, 2), D: s(3, 2) }) +
          row(2, { A: { v: 1 }, B: s(4), C: s(5), D: s(6, 1) }) +
          row(3, { A: { v: 2 }, B: s(7), C: s(5), D: s(8, 3) }) +
          row(4, { A: { v: 3 }, C: s(5), D: s(6) }),
        after: '<mergeCells count="1"><mergeCell ref="B3:B4"/></mergeCells>',
      },
      { name: 'Old', rows: row(1, { A: s(9) }), state: 'hidden' },
    ],
    sharedStrings: ['No.', 'Recommendation', 'Lead', 'Status', 'Review the plan', 'Ann Lee', 'Completed', 'Agree priorities', 'Some delays', 'Notes'].map(si),
    styles: STYLES,
    theme: OFFICE_2013_THEME,
  });
  await writeFile(path, bytes);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fakeFromXlsx', () => {
  it('holds values (a merged area in its top-left cell), fills, font colours, merged areas and visibility', async () => {
    const model = await fakeFromXlsx(path);
    const view = inspect(model);
    expect(view.sheetNames()).toStrictEqual(['Tracker', 'Old']);
    expect(view.values('Tracker')).toStrictEqual([
      ['No.', 'Recommendation', 'Lead', 'Status'],
      [1, 'Review the plan', 'Ann Lee', 'Completed'],
      [2, 'Agree priorities', 'Ann Lee', 'Some delays'],
      [3, '', 'Ann Lee', 'Completed'],
    ]);
    expect(view.sheet('Tracker').merges).toStrictEqual([{ r0: 2, c0: 1, r1: 3, c1: 1 }]);
    expect([view.fill('Tracker!A1'), view.font('Tracker!A1').color]).toStrictEqual(['#1F4E78', '#FFFFFF']);
    expect([view.fill('Tracker!D2'), view.fill('Tracker!D3'), view.fill('Tracker!D4')]).toStrictEqual(['#70AD47', '#FFE699', null]);
    expect(view.font('Tracker!D2').color).toBe('#000000');
    expect(view.sheet('Old').visibility).toBe('Hidden');
  });

  it('holds, in the cells the engine asks about, the colours the file host reads', async () => {
    const [model, read] = await Promise.all([fakeFromXlsx(path), readWorkbookFile(path)]);
    if (!read.ok) throw new Error(read.message);
    const view = inspect(model);
    const plan = colourReadPlan(read.workbook, {});
    expect(plan.map((p) => p.sheet)).toStrictEqual(['Tracker']);
    const grid = read.workbook.sheets[0]!;
    for (const area of plan[0]!.areas) {
      for (let r = area.top; r <= area.bottom; r++) {
        const address = `Tracker!${String.fromCharCode(65 + area.left)}${r}`;
        const fake = view.cell(address);
        expect(coloursAt(grid, r, area.left) ?? {}).toStrictEqual({ ...(fake.fill && { fill: fake.fill }), ...(fake.fontColor && { font: fake.fontColor }) });
      }
    }
    expect(grid.merges).toStrictEqual([{ top: 3, left: 1, bottom: 4, right: 1 }]);
    expect(read.workbook.sheets[1]!.visibility).toBe('hidden');
  });
});
