// Issue 9: the in-memory Excel refuses or converts what real Excel refuses or converts.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFakeExcel, DEFAULT_PAYLOAD_LIMIT, DIALOG_ERRORS, fakeWorkbook, inspect, installFakeOffice, serialOfDate, type InstalledFakeOffice,
} from '../support/fake-excel/index.js';

const sheetWith = (rows: (string | number | null)[][] = [['x']]) => fakeWorkbook({ sheets: [{ name: 'S', rows }] });

describe('conditional-format priorities', () => {
  const priorities = (excel: ReturnType<typeof createFakeExcel>) =>
    inspect(excel.model).conditionalFormats('S').map((cf) => [(cf['rule'] as { formula: string }).formula, cf['priority']]);

  it('stay 0..n-1 with no gaps after add, delete and a priority change (negative counts from the back, out of range is clamped)', async () => {
    const excel = createFakeExcel(sheetWith());
    await excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem('S').getRange('A1:A10').conditionalFormats;
      const added = ['=1', '=2', '=3', '=4'].map((f) => {
        const cf = formats.add('Custom');
        cf.custom.rule.formula = f;
        return cf.load('id');
      });
      await context.sync();
      // An id is the format's place in the collection, as documented: each was read just after its add, when it was first.
      expect(added.map((cf) => cf.id)).toEqual(['0', '0', '0', '0']);
      const move = async (id: string, priority: number) => {
        formats.getItem(id).priority = priority; // a fresh proxy each time, as the docs require
        await context.sync();
        return priorities(excel);
      };
      expect(priorities(excel)).toEqual([['=4', 0], ['=3', 1], ['=2', 2], ['=1', 3]]);
      formats.getItem('1').delete();
      await context.sync();
      expect(priorities(excel)).toEqual([['=4', 0], ['=2', 1], ['=1', 2]]);
      expect(await move('2', 0)).toEqual([['=1', 0], ['=4', 1], ['=2', 2]]);
      expect(await move('0', 99)).toEqual([['=4', 0], ['=2', 1], ['=1', 2]]);
      expect(await move('0', -1)).toEqual([['=2', 0], ['=1', 1], ['=4', 2]]);
      expect(await move('0', -99)).toEqual([['=2', 0], ['=1', 1], ['=4', 2]]);
      const items = formats.load('items/priority');
      await context.sync();
      expect(items.items.map((cf) => cf.priority)).toEqual([0, 1, 2]);
    });
  });

  it('gives by an id the format now at that place, not the one the id was read from ("the priority of the conditional format in the current collection")', async () => {
    const excel = createFakeExcel(sheetWith());
    const error = await excel
      .run(async (context) => {
        const formats = context.workbook.worksheets.getItem('S').getRange('A1:A10').conditionalFormats;
        formats.add('Custom').custom.rule.formula = '=1';
        formats.add('Custom').custom.rule.formula = '=2';
        formats.load('items/id');
        await context.sync();
        const [first, second] = formats.items;
        expect([first?.id, second?.id]).toEqual(['0', '1']);
        // Deleting in order: once the first is gone, the second's place is 0 and its old id names nothing.
        first?.delete();
        second?.delete();
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ItemNotFound' });
    expect(inspect(excel.model).conditionalFormats('S').map((cf) => (cf['rule'] as { formula: string }).formula)).toEqual(['=1']);
  });

  it('refuses a further change through the proxy that changed the priority (the docs say to fetch it again)', async () => {
    const excel = createFakeExcel(sheetWith());
    const error = await excel
      .run(async (context) => {
        const formats = context.workbook.worksheets.getItem('S').getRange('A1:A10').conditionalFormats;
        formats.add('Custom').custom.rule.formula = '=1';
        const cf = formats.add('Custom');
        cf.custom.rule.formula = '=2';
        cf.priority = 1;
        cf.stopIfTrue = true;
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'InvalidOperation', debugInfo: { errorLocation: 'ConditionalFormat.stopIfTrue=' } });
  });
});

describe('conditionalFormats.clearAll on a range', () => {
  it('clears only the part of each rule inside the range', async () => {
    const excel = createFakeExcel(sheetWith());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const long = sheet.getRange('A1:A10').conditionalFormats.add('Custom');
      long.custom.rule.formula = '=A1>0';
      const inside = sheet.getRange('A2:A3').conditionalFormats.add('Custom');
      inside.custom.rule.formula = '=A2>1';
      const box = sheet.getRange('A1:C3').conditionalFormats.add('Custom');
      box.custom.rule.formula = '=A1>2';
      await context.sync();
      sheet.getRange('A1:A5').conditionalFormats.clearAll();
    });
    expect(inspect(excel.model).conditionalFormats('S').map((cf) => [cf['address'], cf['priority']])).toEqual([
      ['S!B1:C3', 0],
      ['S!A6:A10', 1],
    ]);
  });
});

describe('values written through Range.values', () => {
  const write = async (inputs: string[], numberFormat?: string) => {
    const excel = createFakeExcel(fakeWorkbook({ sheets: [{ name: 'S', ...(numberFormat ? { numberFormats: [inputs.map(() => numberFormat)] } : {}), rows: [inputs.map(() => null)] }] }));
    excel.model.inputLocale = { ...excel.model.inputLocale, currentYear: 2026 };
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, inputs.length).values = [inputs];
    });
    const look = inspect(excel.model);
    return inputs.map((_, i) => {
      const address = `S!${String.fromCharCode(65 + i)}1`;
      return { value: look.value(address), format: look.numberFormat(address), formula: look.isFormula(address) };
    });
  };

  it('are read as Excel reads typed text: formulas, numbers, booleans, percentages, currency, fractions, dates and times (en-GB)', async () => {
    const cells = await write(['=1+1', '+44 20', '- overdue', '-5', '1.10', 'TRUE', 'false', '50%', '12.5%', '£5', '-£1,234.50', '1,234', '0 1/2', '1/2', '1/2/2025', '31/02/2025', 'March 2025', 'Sep-24', 'Sept-24', '2025-03-31', '14:30', '2:30 PM', '24 March 2025', 'Q2 2025/26']);
    expect(cells).toEqual([
      { value: '=1+1', format: 'General', formula: true },
      { value: '+44 20', format: 'General', formula: true },
      { value: '- overdue', format: 'General', formula: true },
      { value: -5, format: 'General', formula: false },
      { value: 1.1, format: 'General', formula: false },
      { value: true, format: 'General', formula: false },
      { value: false, format: 'General', formula: false },
      { value: 0.5, format: '0%', formula: false },
      { value: 0.125, format: '0.00%', formula: false },
      { value: 5, format: '£#,##0', formula: false },
      { value: -1234.5, format: '£#,##0.00', formula: false },
      { value: 1234, format: '#,##0', formula: false },
      { value: 0.5, format: '# ?/?', formula: false },
      { value: serialOfDate(2026, 2, 1), format: 'dd-mmm', formula: false }, // 1 Feb, not a half
      { value: serialOfDate(2025, 2, 1), format: 'dd/mm/yyyy', formula: false },
      { value: '31/02/2025', format: 'General', formula: false },
      { value: serialOfDate(2025, 3, 1), format: 'mmm-yy', formula: false },
      { value: serialOfDate(2026, 9, 24), format: 'dd-mmm', formula: false },
      { value: 'Sept-24', format: 'General', formula: false },
      { value: serialOfDate(2025, 3, 31), format: 'yyyy-mm-dd', formula: false },
      { value: 14.5 / 24, format: 'hh:mm', formula: false },
      { value: 14.5 / 24, format: 'h:mm AM/PM', formula: false },
      { value: serialOfDate(2025, 3, 24), format: 'dd-mmm-yy', formula: false },
      { value: 'Q2 2025/26', format: 'General', formula: false },
    ]);
    expect(serialOfDate(2025, 3, 31)).toBe(45747); // Excel's serial for 31 March 2025
  });

  it('are kept exactly in a cell formatted as Text ("@"), but for "=", "+" or "-" first, which Range.values documents as a formula', async () => {
    const inputs = ['50%', '£5', '1/2', 'March 2025', '007', 'TRUE'];
    expect(await write(inputs, '@')).toEqual(inputs.map((value) => ({ value, format: '@', formula: false })));
    expect((await write(['=1+1', '- overdue'], '@')).map((cell) => cell.formula)).toEqual([true, true]);
  });

  it('follow the workbook locale: 1/2 is 2 January in en-US', async () => {
    const excel = createFakeExcel(sheetWith());
    excel.model.inputLocale = { dateOrder: 'MDY', currency: '$', currentYear: 2026 };
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [['1/2', '$5']];
    });
    expect(inspect(excel.model).values('S!A1:B1')).toEqual([[serialOfDate(2026, 1, 2), 5]]);
  });
});

describe('payload limit', () => {
  it('is measured in UTF-8 bytes: 2 million "–" are 6 MB on the wire though 2 million characters', async () => {
    const excel = createFakeExcel(sheetWith());
    const dashes = '–'.repeat(20_000);
    const error = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A100').values = Array.from({ length: 100 }, () => [dashes]);
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(dashes.length * 100).toBeLessThan(DEFAULT_PAYLOAD_LIMIT);
    expect(error).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('counts the request envelope: a body just under the limit still fails', async () => {
    const limit = 10_000;
    const excel = createFakeExcel(sheetWith(), { payloadLimitBytes: limit });
    const sendText = (length: number) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [['x'.repeat(length)]];
        await context.sync();
      });
    await expect(sendText(limit - 200)).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    await expect(sendText(limit - 2000)).resolves.toBeUndefined();
  });
});

describe('large reads', () => {
  const read = (excel: ReturnType<typeof createFakeExcel>, address: string) =>
    excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange(address).load('values');
      await context.sync();
      return range.values;
    });

  it('fail with RangeExceedsLimit past 5,000,000 cells', async () => {
    await expect(read(createFakeExcel(sheetWith()), 'A1:E1000001')).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('can replay Excel on the web failing with GeneralException, a given number of times', async () => {
    const excel = createFakeExcel(sheetWith(), { largeReads: { overCells: 100, failure: 'GeneralException', times: 1 } });
    expect(await read(excel, 'A1:A100')).toHaveLength(100);
    await expect(read(excel, 'A1:A101')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(await read(excel, 'A1:A101')).toHaveLength(101); // the retry goes through
    expect(excel.stats.failedLargeReads).toBe(1);
  });

  it('can replay values coming back null, for getCellProperties too', async () => {
    const excel = createFakeExcel(sheetWith(), { largeReads: { overCells: 100, failure: 'NullValues' } });
    expect(await read(excel, 'A1:B100')).toBeNull();
    const props = await excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem('S').getRange('A1:B100').getCellProperties({ address: true });
      await context.sync();
      return result.value;
    });
    expect(props).toBeNull();
  });
});

describe('the dialog stub', () => {
  let office: InstalledFakeOffice | undefined;
  afterEach(() => office?.uninstall());

  const open = (url: string) =>
    new Promise<{ status: string; error?: { code: number }; value?: Office.Dialog }>((resolve) =>
      Office.context.ui.displayDialogAsync(url, { height: 30, width: 30 }, (result) => resolve(result as never)),
    );

  it('opens only https pages on the add-in origin, one at a time (12005, 12004, 12007, as documented)', async () => {
    office = installFakeOffice(globalThis, sheetWith(), { addinOrigin: 'https://localhost:3000' });
    expect((await open('http://localhost:3000/outcome.html')).error?.code).toBe(DIALOG_ERRORS.notHttps);
    expect((await open('https://localhost:3001/outcome.html')).error?.code).toBe(DIALOG_ERRORS.notTrusted);
    expect((await open('https://evil.example/outcome.html')).error?.code).toBe(DIALOG_ERRORS.notTrusted);
    const first = await open('https://localhost:3000/outcome.html?text=Done');
    expect(first.status).toBe(Office.AsyncResultStatus.Succeeded);
    const second = await open('https://localhost:3000/outcome.html?text=Again');
    expect(second).toMatchObject({ status: 'failed', error: { code: DIALOG_ERRORS.alreadyOpen } });
    first.value!.close();
    expect((await open('https://localhost:3000/outcome.html?text=Again')).status).toBe('succeeded');
    expect(office.dialogs.map((d) => [new URL(d.url).searchParams.get('text'), d.open])).toEqual([['Done', false], ['Again', true]]);
  });

  it('delivers the page message and the officer closing it, after which another can open', async () => {
    office = installFakeOffice(globalThis, sheetWith());
    const opened = await open('https://localhost:3000/outcome.html');
    const events: unknown[] = [];
    opened.value!.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => events.push(arg));
    opened.value!.addEventHandler(Office.EventType.DialogEventReceived, (arg) => events.push(arg));
    office.dialogs[0]!.messageParent('close');
    office.dialogs[0]!.closeByUser();
    expect(events).toEqual([{ message: 'close', origin: 'https://localhost:3000' }, { error: 12006 }]);
    expect((await open('https://localhost:3000/outcome.html')).status).toBe('succeeded');
  });
});
