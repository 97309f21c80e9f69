import { describe, expect, it } from 'vitest';
import { createFakeExcel, fakeWorkbook } from '../support/fake-excel/index.js';
import { shiftFormula, shownFill, shownFormat, shownFormats } from '../support/fake-excel/shown-format.js';

const NBSP = '\u00a0';

const cleaned = (ref: string) => `TRIM(SUBSTITUTE(${ref},CHAR(160)," "))`;

describe('shownFormat: conditional formats evaluated by a formula engine', () => {
  it('shows the fill of the first rule that holds, with names over a very hidden sheet, TRIM, SUBSTITUTE and CHAR(160)', () => {
    const model = fakeWorkbook({
      sheets: [
        {
          name: 'Recommendations',
          rows: [['No.', 'Status'], [1, 'Completed'], [2, `  on track${NBSP}`], [3, 'ON TRACK'], [4, 'Some delays'], [5, 'Unheard of'], [6, '']],
          fills: { B7: '#D9D9D9' },
          conditionalFormats: [
            { range: 'B2:B7', formula: `=${cleaned('B2')}=TrackerBlue`, fill: '#0070C0', fontColor: '#FFFFFF', stopIfTrue: true },
            { range: 'B2:B7', formula: `=EXACT(${cleaned('B2')},TrackerGreen)`, fill: '#00B050' },
            { range: 'B2:B7', formula: `=${cleaned('$B2')}=TrackerGreen`, fill: '#92D050', fontColor: '#006100' },
            { range: 'B2:B7', formula: `=AND(LEN(B2)>0,SUMPRODUCT(--(${cleaned('B2')}=TrackerLists))=0)`, fill: '#FF0000' },
            { range: 'B2:B7', formula: `=ISNUMBER(MATCH(${cleaned('B2')},TrackerLists,0))`, fontColor: '#7F7F7F' },
          ],
        },
        { name: 'TrackerCheckLists', visibility: 'VeryHidden', rows: [['Completed', 'On track', 'Some delays']] },
      ],
      names: { TrackerBlue: 'TrackerCheckLists!$A$1', TrackerGreen: 'TrackerCheckLists!$B$1', TrackerLists: '=TrackerCheckLists!$A$1:$C$1' },
    });
    const shown = shownFormats(model);
    const at = (a: string) => shown.at('Recommendations', a);
    expect(at('B2')).toEqual({ fill: '#0070C0', fontColor: '#FFFFFF' }); // stopIfTrue: the grey font rule never runs
    // "  on track\u00a0": = ignores case, EXACT does not; the NBSP is gone only because of SUBSTITUTE
    expect(at('B3')).toEqual({ fill: '#92D050', fontColor: '#006100' });
    expect(at('B4')).toEqual({ fill: '#92D050', fontColor: '#006100' });
    expect(at('B5')).toEqual({ fill: null, fontColor: '#7F7F7F' });
    expect(at('B6')).toEqual({ fill: '#FF0000', fontColor: '#000000' });
    expect(at('B7')).toEqual({ fill: '#D9D9D9', fontColor: '#000000' }); // no rule holds: the cell's own fill
    expect(at('A2')).toEqual({ fill: null, fontColor: '#000000' }); // outside every rule
  });

  it('TRIM alone leaves the no-break space, as Excel does, so the rule fails', () => {
    const model = fakeWorkbook({
      sheets: [{ name: 'S', rows: [[`Green${NBSP}`], ['Green ']], conditionalFormats: [{ range: 'A1:A2', formula: '=TRIM(A1)="green"', fill: '#00B050' }] }],
    });
    expect(shownFill(model, 'S', 'A1')).toBeNull();
    expect(shownFill(model, 'S', 'A2')).toBe('#00B050');
  });

  it('moves relative references with the cell and keeps $ anchors; COUNTIF, OR and comparisons on other columns', () => {
    const model = fakeWorkbook({
      sheets: [
        {
          name: 'S',
          rows: [['Lead', 'Status', 'Due'], ['Ann', 'Red', 10], ['', 'Red', 30], ['Bob', 'Green', 25], ['Ann', 'Amber', 5]],
          at: 'C4',
          conditionalFormats: [
            // $C5&"": HyperFormula's COUNTIF fails on a blank criterion cell, where Excel counts 0 (see shown-format.ts)
            { range: 'D5:D8', formula: '=OR(LEN($C5)=0,COUNTIF($C$5:$C$8,$C5&"")>1)', fill: '#FFC000' },
            { range: 'E5:E8', formula: '=AND(E5>=$E$7,D5<>"green")', fill: '#FF0000' },
          ],
        },
      ],
    });
    const shown = shownFormats(model);
    expect(['D5', 'D6', 'D7', 'D8'].map((a) => shown.at('S', a).fill)).toEqual(['#FFC000', '#FFC000', null, '#FFC000']);
    expect(['E5', 'E6', 'E7', 'E8'].map((a) => shown.at('S', a).fill)).toEqual([null, '#FF0000', null, null]);
    expect(shiftFormula(`='My sheet'!B2+$B2+B$2+SUM(A:A)+LOG10(B2)+"B2"&TrackerLists`, 2, 1)).toBe(`='My sheet'!C4+$B4+C$2+SUM(B:B)+LOG10(C4)+"B2"&TrackerLists`);
    expect(shiftFormula('=A1', -1, 0)).toBe('=#REF!');
  });

  it('evaluates ContainsText and CellValue rules too, and sees formulas and other sheets', () => {
    const model = fakeWorkbook({
      sheets: [
        {
          name: 'S',
          rows: [['In progress – some delays', 4, { formula: '=B1*2' }], ['Done', 12, { formula: '=B2*2' }]],
          conditionalFormats: [
            { range: 'A1:A2', containsText: { operator: 'Contains', text: 'DELAYS' }, fill: '#FFC000' },
            { range: 'B1:B2', cellValue: { operator: 'Between', formula1: '=Limits!$A$1', formula2: '5' }, fill: '#FF0000' },
            { range: 'C1:C2', cellValue: { operator: 'GreaterThan', formula1: '=B1*3' }, fill: '#00B050' },
          ],
        },
        { name: 'Limits', visibility: 'Hidden', rows: [[3]] },
      ],
    });
    const fills = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((a) => shownFill(model, 'S', a));
    expect(fills).toEqual(['#FFC000', null, '#FF0000', null, null, null]);
    model.sheet('S').ensure(0, 1).value = 1; // B1 falls below the band from Limits!A1 (3) to 5
    expect(shownFormat(model, 'S', 'B1').fill).toBeNull();
  });

  it('rejects a conditional-format formula over 8,192 characters with InvalidArgument, as Excel does', async () => {
    const excel = createFakeExcel(fakeWorkbook({ sheets: [{ name: 'S', rows: [['x']] }] }));
    const long = `=${'A1&'.repeat(2730)}A1`; // 8,193 characters
    expect(long.length).toBe(8193);
    const write = (formula: string) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A9').conditionalFormats.add('Custom').custom.rule.formula = formula;
        await context.sync();
      });
    await expect(write(long)).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write(`=${'A1&'.repeat(2730)}1`)).resolves.toBeUndefined(); // exactly 8,192
    expect(() => fakeWorkbook({ sheets: [{ name: 'S', conditionalFormats: [{ range: 'A1', formula: long }] }] })).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
  });
});
