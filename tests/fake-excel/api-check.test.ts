import { describe, expect, it } from 'vitest';
import type { ApiShape, NoExtraMembers } from '../support/fake-excel/api-check.js';
import { createFakeExcel, fakeWorkbook, inspect } from '../support/fake-excel/index.js';

// These are checked by `tsc --noEmit`: the fake's classes use the same two guards, so a member that
// Office.js does not have, or a property typed differently, fails the type check.

class DriftedCollection {
  count = 0;
  clearAll(): void {}
}
// @ts-expect-error -- ConditionalFormatCollection has getCount(), not a `count` property
const drifted: NoExtraMembers<DriftedCollection, Excel.ConditionalFormatCollection> = true;

class WrongType implements ApiShape<Excel.Range> {
  // @ts-expect-error -- Range.address is a string
  address = 5;
}

describe('API guards and Object.set', () => {
  it('keeps the type-level guards in the build', () => {
    expect(drifted).toBe(true);
    expect(new WrongType().address).toBe(5);
  });

  it('set() writes nested properties through the same queued setters', async () => {
    const excel = createFakeExcel(fakeWorkbook({ sheets: [{ name: 'S', rows: [['a', 'b']] }] }));
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B1');
      range.set({ format: { fill: { color: '#4472C4' }, font: { bold: true } }, values: [['x', 'y']] });
      expect(() => range.set({ address: 'Z9' } as unknown as Excel.Interfaces.RangeUpdateData)).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
      await context.sync();
    });
    const look = inspect(excel.model);
    expect([look.fill('S!A1'), look.font('S!B1').bold, look.value('S!A1')]).toEqual(['#4472C4', true, 'x']);
  });

  it('keeps the context usable after a failed sync', async () => {
    const excel = createFakeExcel(fakeWorkbook({ sheets: [{ name: 'S', rows: [[1]] }] }));
    const value = await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Missing').getRange('A1').load('values');
      await context.sync().catch(() => undefined);
      const range = context.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await context.sync();
      return range.values[0]?.[0];
    });
    expect(value).toBe(1);
    expect(excel.stats.syncs.map((s) => s.error)).toEqual(['ItemNotFound', undefined, undefined]);
  });
});
