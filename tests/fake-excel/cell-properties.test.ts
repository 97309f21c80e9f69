import { afterEach, describe, expect, it } from 'vitest';
import { createFakeExcel, fakeWorkbook, inspect, installFakeOffice, type InstalledFakeOffice } from '../support/fake-excel/index.js';

const coloured = () =>
  fakeWorkbook({
    sheets: [
      {
        name: 'Actions – 2025',
        rows: [
          ['Area', 'Status'],
          ['Early help', 'Green'],
          [null, 'Red'],
          [null, 'Amber'],
        ],
        fills: { B2: '#00B050', B3: 'red' },
        fontColors: { B3: '#FFFFFF', A2: '#FF0000' },
        merges: ['A2:A4'],
      },
    ],
  });

const COLOURS = { address: true, format: { fill: { color: true }, font: { color: true } } } as const;

describe('Range.getCellProperties', () => {
  it('gives each cell its address, own fill and font colour; no fill reads #FFFFFF as in Excel', async () => {
    const excel = createFakeExcel(coloured());
    const props = await excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem('Actions – 2025').getRange('A2:B3').getCellProperties(COLOURS);
      expect(() => result.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      return result.value;
    });
    expect(props).toEqual([
      [
        { address: "'Actions – 2025'!A2", format: { fill: { color: '#FFFFFF' }, font: { color: '#FF0000' } } },
        { address: "'Actions – 2025'!B2", format: { fill: { color: '#00B050' }, font: { color: '#000000' } } },
      ],
      [
        { address: "'Actions – 2025'!A3", format: { fill: { color: '#FFFFFF' }, font: { color: '#000000' } } },
        { address: "'Actions – 2025'!B3", format: { fill: { color: '#FF0000' }, font: { color: '#FFFFFF' } } },
      ],
    ]);
  });

  it('tells no fill from a white fill only by tintAndShade (null) and pattern, as Excel does', async () => {
    const model = coloured();
    model.sheet('Actions – 2025').applyFormat({ r0: 0, c0: 0, r1: 0, c1: 0 }, { fill: '#FFFFFF' });
    const excel = createFakeExcel(model);
    const props = await excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem('Actions – 2025').getRange('A1:A2').getCellProperties({ format: { fill: { color: true, tintAndShade: true, pattern: true } } });
      await context.sync();
      return result.value.map((row) => row[0]!.format!.fill);
    });
    expect(props).toEqual([{ color: '#FFFFFF', tintAndShade: 0, pattern: 'Solid' }, { color: '#FFFFFF', tintAndShade: null, pattern: 'None' }]);
  });

  it('is one command, with its response counted against the payload like a load', async () => {
    const excel = createFakeExcel(coloured());
    let value: unknown;
    await excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem('Actions – 2025').getRange('B2:B4').getCellProperties(COLOURS);
      await context.sync();
      value = result.value;
    });
    const [sync] = excel.stats.syncs;
    expect(sync!.labels).toEqual(['WorksheetCollection.getItem', 'Worksheet.getRange', 'Range.getCellProperties']);
    expect(sync!.responseBytes).toBeGreaterThanOrEqual(new TextEncoder().encode(JSON.stringify(value)).length);

    const small = createFakeExcel(fakeWorkbook({ sheets: [{ name: 'S', rows: [['x']] }] }), { payloadLimitBytes: 200_000 });
    const error = await small
      .run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:J2000').getCellProperties(COLOURS);
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('needs ExcelApi 1.9 and refuses options the fake does not model', async () => {
    const old = createFakeExcel(coloured(), { excelApi: '1.8' });
    await expect(old.run(async (context) => void context.workbook.worksheets.getItem('Actions – 2025').getRange('A1').getCellProperties(COLOURS))).rejects.toMatchObject({ code: 'ApiNotFound' });
    const excel = createFakeExcel(coloured());
    await expect(
      excel.run(async (context) => void context.workbook.worksheets.getItem('Actions – 2025').getRange('A1').getCellProperties({ format: { borders: { color: true } } })),
    ).rejects.toMatchObject({ code: 'NotImplemented' });
  });

  it('works on each area of getRanges through areas.getItemAt', async () => {
    const excel = createFakeExcel(coloured());
    const colours = await excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Actions – 2025').getRanges('B2, B3:B4').areas;
      const results = [0, 1].map((i) => areas.getItemAt(i).getCellProperties({ format: { fill: { color: true } } }));
      await context.sync();
      return results.map((r) => r.value.map((row) => row[0]!.format!.fill!.color));
    });
    expect(colours).toEqual([['#00B050'], ['#FF0000', '#FFFFFF']]);
  });
});

describe('merged areas', () => {
  let installed: InstalledFakeOffice | undefined;
  afterEach(() => installed?.uninstall());

  it('the builder refuses a value inside a merged area but outside its top-left cell', () => {
    expect(() => fakeWorkbook({ sheets: [{ name: 'S', rows: [['a'], ['b']], merges: ['A1:A2'] }] })).toThrow(/top-left cell only/);
    expect(inspect(coloured()).merges('Actions – 2025')).toEqual(['A2:A4']);
  });

  it('getMergedAreasOrNullObject (ExcelApi 1.13) gives the whole merged areas a range touches, or a null object', async () => {
    installed = installFakeOffice(globalThis, coloured(), { excelApi: '1.13' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    const result = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Actions – 2025');
      sheet.getRange('D1:E1').merge();
      const merged = sheet.getRange('A3:E4').getMergedAreasOrNullObject().load('address, areaCount');
      const none = sheet.getRange('B1:B4').getMergedAreasOrNullObject().load('address');
      const values = sheet.getRange('A2:A4').load('values');
      const areas = sheet.getRange('A1:F10').getMergedAreasOrNullObject().areas.load('items/address');
      await context.sync();
      return { merged: merged.toJSON(), noneIsNull: none.isNullObject, values: values.values, areas: areas.items.map((a) => a.address) };
    });
    expect(result).toEqual({
      merged: { address: "'Actions – 2025'!A2:A4", areaCount: 1 },
      noneIsNull: true,
      values: [['Early help'], [''], ['']],
      areas: ["'Actions – 2025'!D1:E1", "'Actions – 2025'!A2:A4"],
    });
  });

  it('is not there below ExcelApi 1.13, and isSetSupported says so', async () => {
    installed = installFakeOffice(globalThis, coloured(), { excelApi: '1.12' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    await expect(Excel.run(async (context) => void context.workbook.worksheets.getItem('Actions – 2025').getRange('A1:B4').getMergedAreasOrNullObject())).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
  });

  it('fails past 512 merged areas, as documented', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const excel = createFakeExcel(fakeWorkbook({ sheets: [{ name: 'S', merges }] }), { excelApi: '1.13' });
    const load = (address: string) =>
      excel.run(async (context) => {
        const areas = context.workbook.worksheets.getItem('S').getRange(address).getMergedAreasOrNullObject().load('areaCount');
        await context.sync();
        return areas.areaCount;
      });
    expect(await load('A1:B1023')).toBe(512);
    await expect(load('A1:B1025')).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('merge keeps the top-left value and unmerge leaves the other cells blank', async () => {
    const excel = createFakeExcel(fakeWorkbook({ sheets: [{ name: 'S', rows: [['a', 'b'], ['c', 'd']] }] }), { excelApi: '1.13' });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B2');
      range.merge();
      await context.sync();
      range.unmerge();
    });
    expect(inspect(excel.model).values('S!A1:B2')).toEqual([['a', ''], ['', '']]);
    expect(inspect(excel.model).merges('S')).toEqual([]);
  });
});
