import { describe, expect, it } from 'vitest';
import { colourReadPlan } from '../../../src/engine/analyse/colour-read-plan.js';
import { colourKey } from '../../../src/engine/grid/sheet-grid.js';
import { readXlsx } from '../../../src/hosts/file/read-workbook-file.js';
import { DEFAULT_INDEXED_COLOURS } from '../../../src/hosts/file/indexed-colours.js';
import { OFFICE_2013_THEME, row, si, stylesXml, xlsxFromParts, type PartsWorkbook } from '../../support/xlsx-parts.js';

const solid = (colour: string) => `<fill><patternFill patternType="solid"><fgColor ${colour}/><bgColor indexed="64"/></patternFill></fill>`;
const xf = (fillId: number, fontId = 0) => `<xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="0" applyFill="1"/>`;

function styles(colors?: string): string {
  return stylesXml({
    fonts: ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/></font>', '<font><sz val="11"/><color rgb="FFFF0000"/><name val="Calibri"/></font>'],
    fills: [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      solid('theme="9"'), // 2: Green, Accent 6
      solid('theme="5" tint="0.79998168889431442"'), // 3: Orange, Accent 2, Lighter 80%
      solid('indexed="10"'), // 4
      solid('rgb="FFFFC000"'), // 5
      solid('rgb="FF1F4E78"'), // 6: header blue
      '<fill><patternFill patternType="darkGray"><fgColor theme="9"/></patternFill></fill>', // 7: a pattern, not one colour
    ],
    xfs: [xf(0), xf(2, 1), xf(3), xf(4), xf(5), xf(6), xf(7)],
    ...(colors !== undefined && { colors }),
  });
}

const STRINGS = ['No.', 'Recommendation', 'Lead', 'Status', 'Review the plan', 'Ann Lee', 'Completed', 'On track', 'Some delays'].map(si);
const s = (index: number, style?: number) => ({ t: 's' as const, v: index, ...(style !== undefined && { s: style }) });

/** A tracker whose Status column (D) carries every kind of fill; the header and an item cell are filled too. */
function tracker(overrides: Partial<PartsWorkbook> = {}): PartsWorkbook {
  return {
    sheets: [
      {
        name: 'Tracker',
        rows:
          row(1, { A: s(0), B: s(1), C: s(2), D: s(3, 5) }) +
          row(2, { A: { v: 1 }, B: s(4, 5), C: s(5), D: s(6, 1) }) +
          row(3, { A: { v: 2 }, B: s(4), C: s(5), D: s(7, 2) }) +
          row(4, { A: { v: 3 }, B: s(4), C: s(5), D: s(8, 3) }) +
          row(5, { A: { v: 4 }, B: s(4), C: s(5), D: s(7, 4) }) +
          row(6, { A: { v: 5 }, B: s(4), C: s(5), D: s(7, 6) }) +
          row(7, { A: { v: 6 }, B: s(4), C: s(5), D: s(7) }) +
          '<row r="8" s="2" customFormat="1"><c r="A8"><v>7</v></c><c r="B8" t="s"><v>4</v></c><c r="C8" t="s"><v>5</v></c></row>',
      },
    ],
    sharedStrings: STRINGS,
    styles: styles(),
    theme: OFFICE_2013_THEME,
    ...overrides,
  };
}

async function colours(book: PartsWorkbook) {
  const result = await readXlsx('t.xlsx', 't.xlsx', await xlsxFromParts(book));
  if (!result.ok) throw new Error(result.message);
  const sheet = result.workbook.sheets[0]!;
  return { workbook: result.workbook, colours: Object.fromEntries(sheet.colours ?? []) };
}

describe('readXlsx: colours of the cells the engine asks for', () => {
  it('resolves theme (with tint), indexed and ARGB fills and font colours in the status column, and nothing else', async () => {
    const { workbook, colours: read } = await colours(tracker());
    expect(colourReadPlan(workbook, {})).toStrictEqual([{ sheet: 'Tracker', areas: [{ top: 2, left: 3, bottom: 8, right: 3 }], numberFormatAreas: [] }]);
    expect(read).toStrictEqual({
      [colourKey(2, 3)]: { fill: '#70AD47', font: '#FF0000' }, // Green, Accent 6 under the Office 2013+ theme; red text
      [colourKey(3, 3)]: { fill: '#FCE4D6' }, // Orange, Accent 2, Lighter 80%, as Excel shows it
      [colourKey(4, 3)]: { fill: '#FF0000' }, // indexed 10 in the default palette
      [colourKey(5, 3)]: { fill: '#FFC000' },
      // D6's pattern fill and D7's plain cell have no entry; D8 does not exist and takes its row's style.
      [colourKey(8, 3)]: { fill: '#FCE4D6' },
    });
  });

  it("reads theme colours through the workbook's own theme", async () => {
    const office2007 = OFFICE_2013_THEME.replace('70AD47', 'F79646');
    const { colours: read } = await colours(tracker({ theme: office2007 }));
    expect(read[colourKey(2, 3)]).toStrictEqual({ fill: '#F79646', font: '#FF0000' });
  });

  it("reads indexed colours through the workbook's own palette", async () => {
    const own = DEFAULT_INDEXED_COLOURS.map((hex, index) => `<rgbColor rgb="FF${index === 10 ? '00B050' : hex.slice(1)}"/>`).join('');
    const { colours: read } = await colours(tracker({ styles: styles(`<colors><indexedColors>${own}</indexedColors></colors>`) }));
    expect(read[colourKey(4, 3)]).toStrictEqual({ fill: '#00B050' });
  });

  it('reads no colours where no tracker asks for them', async () => {
    const book = tracker();
    book.sheets[0]!.rows = row(1, { A: s(4, 1), B: s(5, 2) });
    const { workbook } = await colours(book);
    expect(workbook.sheets[0]!.colours).toBeUndefined();
  });
});
