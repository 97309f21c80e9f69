// Issue 9, item 4: every text the add-in writes stays the exact text (Excel converts nothing), and
// a revert puts back the officer's original exactly (text, number format, formula), refusing a
// cell that changed since. Replayed in the in-memory Excel, which converts typed text as Excel does.
import { describe, expect, it } from 'vitest';
import { OfficeTrackerHost } from '../../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, fakeWorkbook, inspect, type WorkbookModel } from '../../support/fake-excel/index.js';

const NOW = () => new Date('2026-11-23T12:00:00Z');
const ORIGINALS = ['- delayed', 'March 2025', '007', '1/2'];

/** A tracker whose status cells D2… hold the originals as text, as an officer's typed (quoted) text is held. */
function model(): WorkbookModel {
  return fakeWorkbook({
    sheets: [{ name: 'Actions', rows: [['No.', 'Action', 'Lead', 'Status'], ...ORIGINALS.map((text, i) => [i + 1, 'Act', 'Ann Lee', text])] }],
  });
}

const host = (m: WorkbookModel) => new OfficeTrackerHost(createFakeExcel(m, { excelApi: '1.13' }).run, NOW, undefined, () => true);
const cell = (i: number) => `D${i + 2}`;

describe('a fix writes the exact text', () => {
  it('even text Excel would take for a formula, a date or a number', async () => {
    const m = model();
    const targets = ['=SUM(A1)', 'March 2025', '0.5', 'TRUE'];
    const result = await host(m).applyEdits(ORIGINALS.map((from, i) => ({ sheet: 'Actions', cell: cell(i), from, to: targets[i]! })));
    expect(result.applied).toHaveLength(4);
    targets.forEach((text, i) => expect(inspect(m).value(`Actions!${cell(i)}`)).toBe(text));
    expect(inspect(m).formulaCells()).toEqual([]);
  });
});

describe('a revert restores the original exactly', () => {
  it.each(ORIGINALS.map((text, i) => [text, i] as const))('"%s"', async (original, i) => {
    const m = model();
    const h = host(m);
    const { applied } = await h.applyEdits([{ sheet: 'Actions', cell: cell(i), from: original, to: 'In progress, some delays' }]);
    expect(inspect(m).value(`Actions!${cell(i)}`)).toBe('In progress, some delays');
    const reverted = await h.revert(applied);
    expect(reverted.skipped).toEqual([]);
    const back = inspect(m).cell(`Actions!${cell(i)}`);
    expect([back.value, back.formula, back.numberFormat ?? 'General']).toEqual([original, undefined, 'General']);
  });

  it('a formula comes back as the formula, with its number format', async () => {
    const m = fakeWorkbook({
      sheets: [{ name: 'Actions', rows: [['No.', 'Action', 'Lead', 'Status'], [1, 'Act', 'Ann Lee', { formula: '=IF(A2=1,"In progress – some delays","")', value: 'In progress – some delays' }]] }],
    });
    m.sheet('Actions').ensure(1, 3).numberFormat = '@';
    const h = host(m);
    const { applied } = await h.applyEdits([{ sheet: 'Actions', cell: 'D2', from: 'In progress – some delays', to: 'In progress, some delays' }]);
    expect(inspect(m).isFormula('Actions!D2')).toBe(false);
    await h.revert(applied);
    expect(inspect(m).formula('Actions!D2')).toBe('=IF(A2=1,"In progress – some delays","")');
    expect(inspect(m).numberFormat('Actions!D2')).toBe('@');
  });

  it('refuses a cell an officer changed since the fix, and leaves it as the officer left it', async () => {
    const m = model();
    const h = host(m);
    const { applied } = await h.applyEdits([{ sheet: 'Actions', cell: 'D3', from: 'March 2025', to: 'Completed' }]);
    m.sheet('Actions').ensure(2, 3).value = 'Completed in April';
    const reverted = await h.revert(applied);
    expect(reverted.applied).toEqual([]);
    expect(reverted.skipped).toEqual([{ sheet: 'Actions', cell: 'D3', from: 'Completed', to: 'March 2025' }]);
    expect(inspect(m).value('Actions!D3')).toBe('Completed in April');
  });
});

describe('the summary sheet holds tracker text exactly', () => {
  it('leads and items that Excel would convert stay text', async () => {
    const risky = ['- delayed', 'March 2025', '007', '1/2', '+44 1234 567890', 'TRUE'];
    const m = fakeWorkbook({
      sheets: [{ name: 'Actions', rows: [['Action', 'Lead', 'Status'], ...risky.map((text, i) => [`${i + 1}. Do it`, text, 'Amber'])] }],
    });
    const outcome = await host(m).buildSummary();
    const values = inspect(m).values(outcome.sheets[0] ?? '').flat();
    for (const text of risky) expect(values).toContain(text);
    expect(inspect(m).formulaCells(outcome.sheets[0])).toEqual([]);
  });
});
