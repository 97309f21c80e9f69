// Issue 9, item 3: Build summary is safe to repeat after anything an officer does, replayed in the
// in-memory Excel: the summary deleted (its marker left as #REF!), renamed, moved, its marker
// pointed elsewhere, two trackers whose table names collide, and a failure half way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REVIEWS_SHEET } from '../../../src/engine/compare/review-snapshot-format.js';
import { PLAN_SHEET_NAME } from '../../../src/engine/edits/summary-sheet-plan.js';
import { summaryMarkerName } from '../../../src/engine/edits/summary-sheet-names.js';
import { OfficeTrackerHost } from '../../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, FakeOfficeError, fakeWorkbook, inspect, SheetModel, type FakeExcel, type WorkbookModel } from '../../support/fake-excel/index.js';

const NOW = () => new Date('2026-11-23T12:00:00Z');
const SUMMARY = 'Summary – Actions';

afterEach(() => vi.restoreAllMocks());

function tracker(...sheets: string[]): WorkbookModel {
  const rows = [['Action', 'Lead', 'Status'], ['1. Review the plan', 'Ann Lee', 'Green'], ['2. Agree priorities', 'Ben Holmes', 'Amber']];
  return fakeWorkbook({ sheets: [...sheets.map((name) => ({ name, rows })), { name: 'Notes', rows: [['Notes']] }] });
}

function setUp(...sheets: string[]): { excel: FakeExcel; host: OfficeTrackerHost; model: WorkbookModel } {
  const model = tracker(...(sheets.length > 0 ? sheets : ['Actions']));
  const excel = createFakeExcel(model, { excelApi: '1.13' });
  return { excel, model, host: new OfficeTrackerHost(excel.run, NOW, undefined, () => true) };
}

/** Something an officer does in Excel between two builds. */
function officer(excel: FakeExcel, act: (workbook: Excel.Workbook) => void): Promise<void> {
  return excel.run(async (context) => {
    act(context.workbook);
    await context.sync();
  });
}

const summaries = (model: WorkbookModel) => inspect(model).sheetNames().filter((n) => n.startsWith('Summary'));
const markerOf = (model: WorkbookModel, sheet: string) => model.names.get(summaryMarkerName(sheet).toLowerCase());

describe('Build summary again', () => {
  it('after the officer deleted the summary (its marker reads #REF!): one new summary, marked', async () => {
    const { excel, host, model } = setUp();
    await host.buildSummary();
    await officer(excel, (wb) => wb.worksheets.getItem(SUMMARY).delete());
    expect(markerOf(model, 'Actions')?.sheet.deleted).toBe(true);
    const outcome = await host.buildSummary();
    expect(outcome.sheets).toEqual([SUMMARY]);
    expect(summaries(model)).toEqual([SUMMARY]);
    expect(markerOf(model, 'Actions')?.sheet.name).toBe(SUMMARY);
    expect(outcome.report.trackers.map((t) => t.sheet)).toEqual(['Actions']);
  });

  it('after the officer renamed it: replaced where it was, under the plan’s name, with no copy left', async () => {
    const { excel, host, model } = setUp();
    await host.buildSummary();
    const tables = model.allTables().map((t) => t.table.name);
    await officer(excel, (wb) => void (wb.worksheets.getItem(SUMMARY).name = 'Board pack'));
    await host.buildSummary();
    expect(inspect(model).sheetNames()).toEqual(['Actions', 'Notes', SUMMARY, REVIEWS_SHEET]);
    // The old sheet's tables went with it, so the new ones have the plan's names again.
    expect(model.allTables().map((t) => t.table.name)).toEqual(tables);
  });

  it('after the officer moved it: the new one takes its place among the tabs', async () => {
    const { excel, host, model } = setUp();
    await host.buildSummary();
    await officer(excel, (wb) => void (wb.worksheets.getItem(SUMMARY).position = 0));
    await host.buildSummary();
    expect(inspect(model).sheetNames()).toEqual([SUMMARY, 'Actions', 'Notes', REVIEWS_SHEET]);
    expect(inspect(model).activeSheet()).toBe(SUMMARY);
  });

  it('with its marker pointed at the tracker itself: the tracker is never deleted', async () => {
    const { excel, host, model } = setUp();
    await host.buildSummary();
    await officer(excel, (wb) => wb.worksheets.getItem(SUMMARY).delete());
    await officer(excel, (wb) => {
      wb.names.getItem(summaryMarkerName('Actions')).delete();
      wb.names.add(summaryMarkerName('Actions'), wb.worksheets.getItem('Actions').getRange('A1'));
    });
    // The tracker is now "marked" and so not read: no tracker, no summary, and nothing deleted.
    const outcome = await host.buildSummary();
    expect(outcome.sheets).toEqual([]);
    expect(inspect(model).sheetNames()).toEqual(['Actions', 'Notes', REVIEWS_SHEET]);
  });

  it('two trackers with near-identical names: two summaries and the whole plan\'s, every table name unique in the workbook, and again', async () => {
    const { host, model } = setUp('Actions 2024', 'Actions-2024');
    const first = await host.buildSummary();
    expect(first.sheets).toEqual(['Summary – Actions 2024', 'Summary – Actions-2024', PLAN_SHEET_NAME]);
    const names = () => model.allTables().map((t) => t.table.name.toLowerCase());
    expect(new Set(names()).size).toBe(names().length);
    const before = names();
    const second = await host.buildSummary();
    expect(second.sheets).toEqual(first.sheets);
    expect(summaries(model)).toEqual(first.sheets);
    expect(names().sort()).toEqual(before.sort());
  });

  it('a failure half way leaves the old summary as it was, marked, and no half-written sheet', async () => {
    const { host, model } = setUp();
    await host.buildSummary();
    const old = inspect(model).values(SUMMARY);
    let formats = 0;
    const applyFormat = SheetModel.prototype.applyFormat;
    vi.spyOn(SheetModel.prototype, 'applyFormat').mockImplementation(function (this: SheetModel, r, patch) {
      if (this.name.startsWith('Summary') && this.name !== SUMMARY && ++formats === 12) throw new FakeOfficeError('GeneralException');
      return applyFormat.call(this, r, patch);
    });
    await expect(host.buildSummary()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(formats).toBeGreaterThanOrEqual(12);
    vi.restoreAllMocks();
    expect(inspect(model).sheetNames()).toEqual(['Actions', 'Notes', SUMMARY, REVIEWS_SHEET]);
    expect(inspect(model).values(SUMMARY)).toEqual(old);
    expect(markerOf(model, 'Actions')?.sheet.name).toBe(SUMMARY);
    await host.buildSummary();
    expect(summaries(model)).toEqual([SUMMARY]);
  });

  it('takes four syncs however often it is repeated', async () => {
    const { excel, host } = setUp();
    for (let i = 0; i < 3; i++) {
      excel.stats.reset();
      await host.buildSummary();
      expect(excel.stats.syncCount).toBe(4);
    }
  });
});
