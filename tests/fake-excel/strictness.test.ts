import { describe, expect, it } from 'vitest';
import { createFakeExcel, ENVELOPE_BYTES, fakeWorkbook, FakeOfficeError, inspect } from '../support/fake-excel/index.js';

const tracker = () =>
  fakeWorkbook({
    sheets: [
      {
        name: 'Summary – Recommendations',
        rows: [
          ['Ref', 'Recommendation', 'Owner', 'Status'],
          ['R1', 'Publish the plan', 'CEO', 'Green'],
          ['R2', 'Fix the data', 'CFO', 'Red'],
          ['R3', 'Train staff', 'HR', 'Amber'],
        ],
      },
      { name: 'Sheet1', rows: [[1, 2, 3]] },
    ],
  });

async function rejection(p: Promise<unknown>): Promise<FakeOfficeError> {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FakeOfficeError);
  return error as FakeOfficeError;
}

describe('proxy strictness', () => {
  it('throws PropertyNotLoaded when a property is read before load + sync', async () => {
    const excel = createFakeExcel(tracker());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      expect(() => range.values).toThrowError(/The property 'values' is not available\. Before reading the property's value, call the load method/);
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1, 2, 3]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('reads loaded values, text and addresses with the sheet name (quoted when needed)', async () => {
    const excel = createFakeExcel(tracker());
    const result = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Summary – Recommendations');
      const used = sheet.getUsedRange().load('address, rowCount, columnCount, values');
      const column = sheet.getRange('B:B').load('address');
      const row = sheet.getRange('4:4').load('address');
      const cell = context.workbook.worksheets.getItem('Sheet1').getCell(0, 2).load(['address', 'text', 'valueTypes']);
      await context.sync();
      return { used: used.toJSON(), column: column.address, row: row.address, cell: cell.toJSON() };
    });
    expect(result.used).toMatchObject({ address: "'Summary – Recommendations'!A1:D4", rowCount: 4, columnCount: 4 });
    expect(result.used['values']).toEqual(inspect(excel.model).values('Summary – Recommendations'));
    expect(result.column).toBe("'Summary – Recommendations'!B:B");
    expect(result.row).toBe("'Summary – Recommendations'!4:4");
    expect(result.cell).toEqual({ address: 'Sheet1!C1', text: [['3']], valueTypes: [['Double']] });
  });

  it('queues writes until sync; the proxy shows the written value at once, the workbook only after sync', async () => {
    const excel = createFakeExcel(tracker());
    const look = inspect(excel.model);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      const other = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').load('values');
      await context.sync();
      range.values = [[7, 8, 9]];
      expect(range.values).toEqual([[7, 8, 9]]); // office.js keeps the set value locally
      expect(look.value('Sheet1!A1')).toBe(1);
      await context.sync();
      expect(look.value('Sheet1!A1')).toBe(7);
      expect(other.values).toEqual([[1, 2, 3]]); // a snapshot loaded earlier does not change
    });
  });

  it('counts syncs, commands per sync and payload bytes', async () => {
    const excel = createFakeExcel(tracker());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A2:B2');
      range.values = [['x', 'y']];
      range.format.fill.color = '#FF0000';
      await context.sync();
      range.load('values');
      await context.sync();
    });
    expect(excel.stats.syncCount).toBe(2);
    expect(excel.stats.runs).toBe(1);
    const [first, second, final] = excel.stats.syncs;
    expect(first).toMatchObject({ commands: 4, labels: ['WorksheetCollection.getItem', 'Worksheet.getRange', 'Range.values=', 'RangeFill.color='] });
    expect(second).toMatchObject({ commands: 1, labels: ['Range.load(values)'] });
    expect(second!.responseBytes).toBe(ENVELOPE_BYTES + JSON.stringify({ values: [['x', 'y']] }).length);
    expect(final).toMatchObject({ implicit: true, commands: 0 });
    expect(excel.stats.roundTrips).toBe(2);
  });

  it('fails a request over 5 MB with RequestPayloadSizeLimitExceeded and applies nothing', async () => {
    const excel = createFakeExcel(tracker());
    const big = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => 'x'.repeat(600)));
    const error = await rejection(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:J1000');
        range.values = big;
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.stats.syncs[0]!.requestBytes).toBeGreaterThan(6_000_000);
    expect(inspect(excel.model).value('Sheet1!A1')).toBe(1);
  });

  it('fails a response over 5 MB with ResponsePayloadSizeLimitExceeded', async () => {
    const excel = createFakeExcel(tracker());
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A:B').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('records text starting with "=" (or "+"/"-") as a formula and converts numeric text', async () => {
    const excel = createFakeExcel(tracker());
    const look = inspect(excel.model);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A3:E3');
      range.values = [['=1+1', '- overdue', 'plain text', '1.10', '-5']];
      await context.sync();
    });
    expect(look.isFormula('Sheet1!A3')).toBe(true);
    expect(look.formula('Sheet1!A3')).toBe('=1+1');
    expect(look.isFormula('Sheet1!B3')).toBe(true);
    expect(look.isFormula('Sheet1!C3')).toBe(false);
    expect(look.value('Sheet1!D3')).toBe(1.1);
    expect(look.value('Sheet1!E3')).toBe(-5);
    expect(look.formulaCells()).toEqual(['Sheet1!A3', 'Sheet1!B3']);
  });

  it('keeps text verbatim in cells formatted as Text ("@"), one beginning "=" when quote-prefixed', async () => {
    const excel = createFakeExcel(fakeWorkbook({ sheets: [{ name: 'S', numberFormats: [['@', '@']], rows: [[null, null]] }] }));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [["'=not a formula", '007']];
    });
    expect(inspect(excel.model).value('S!A1')).toBe('=not a formula');
    expect(inspect(excel.model).formulaCells()).toEqual([]);
    expect(inspect(excel.model).value('S!B1')).toBe('007');
  });

  it('fails getItem of a missing sheet at sync with ItemNotFound; getItemOrNullObject gives a null object', async () => {
    const excel = createFakeExcel(tracker());
    const error = await rejection(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Nope');
        sheet.getRange('A1').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(error.debugInfo.errorLocation).toBe('WorksheetCollection.getItem');

    const isNull = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Nope');
      expect(() => sheet.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      return sheet.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it('rejects values that do not match the range size with InvalidArgument', async () => {
    const excel = createFakeExcel(tracker());
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  it('refuses writes to a protected sheet with AccessDenied', async () => {
    const model = tracker();
    model.sheet('Sheet1').protected = true;
    const excel = createFakeExcel(model);
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('AccessDenied');
    expect(inspect(model).value('Sheet1!A1')).toBe(1);
  });

  it('makes ClientResult.value throw until synced', async () => {
    const excel = createFakeExcel(tracker());
    await excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(count.value).toBe(2);
    });
  });

  it('throws when a proxy is used after Excel.run has finished (a missing await)', async () => {
    const excel = createFakeExcel(tracker());
    let leaked: Excel.Range | undefined;
    await excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
    });
    expect(() => {
      leaked!.values = [[1]];
    }).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('rejects load paths that do not exist', async () => {
    const excel = createFakeExcel(tracker());
    const error = await rejection(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('colour');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });
});

describe('issue 17: strict where Excel is, as documented', () => {
  const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e as { code?: string }).code);

  it('refuses to delete a very hidden sheet ("the delete operation will fail with an InvalidOperation exception")', async () => {
    const model = fakeWorkbook({ sheets: [{ name: 'A', rows: [['x']] }, { name: 'Lists', rows: [['y']], visibility: 'VeryHidden' }] });
    const { run } = createFakeExcel(model);
    expect(await codeOf(run(async (context) => { context.workbook.worksheets.getItem('Lists').delete(); await context.sync(); }))).toBe('InvalidOperation');
    expect(model.sheets.map((s) => s.name)).toEqual(['A', 'Lists']);
  });

  it('keeps settings per add-in ("the scope is limited to per file and add-in")', async () => {
    const model = fakeWorkbook({ sheets: [{ name: 'A', rows: [['x']] }] });
    await createFakeExcel(model, { addinId: 'one' }).run(async (context) => { context.workbook.settings.add('k', 1); await context.sync(); });
    const other = await createFakeExcel(model, { addinId: 'two' }).run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject('k');
      setting.load('value');
      await context.sync();
      return setting.isNullObject;
    });
    expect(other).toBe(true);
  });

  it('refuses sheet adds and deletes under workbook structure protection', async () => {
    const model = fakeWorkbook({ sheets: [{ name: 'A', rows: [['x']] }, { name: 'B', rows: [['y']] }] });
    model.structureProtected = true;
    const { run } = createFakeExcel(model);
    expect(await codeOf(run(async (context) => { context.workbook.worksheets.add('C'); await context.sync(); }))).toBe('AccessDenied');
    expect(await codeOf(run(async (context) => { context.workbook.worksheets.getItem('B').delete(); await context.sync(); }))).toBe('AccessDenied');
    expect(model.sheets.map((s) => s.name)).toEqual(['A', 'B']);
  });

  it('takes text beginning "=", "+" or "-" written to values as a formula, even in a text cell, unless quote-prefixed', async () => {
    const model = fakeWorkbook({ sheets: [{ name: 'A', rows: [['x']] }] });
    await createFakeExcel(model).run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('A1:C1');
      range.numberFormat = [['@', '@', '@']];
      range.values = [['=1+1', '-x', "'=1+1"]];
      await context.sync();
    });
    const sheet = model.sheet('A');
    expect([sheet.cell(0, 0)?.formula, sheet.cell(0, 1)?.formula, sheet.cell(0, 2)?.formula]).toEqual(['=1+1', '=-x', undefined]);
    expect(sheet.cell(0, 2)?.value).toBe('=1+1');
  });
});
