// Reading the grid the engine needs through the Office.js adapter, in the in-memory Excel: values,
// the planned colours, merged areas and visibility, in a fixed number of syncs, the same grid the
// file host reads from the same .xlsx, and Excel's real large-read failures survived.
import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../../src/engine/analyse/analyse-workbook.js';
import { colourReadPlan } from '../../../src/engine/analyse/colour-read-plan.js';
import type { SheetGrid, WorkbookGrid } from '../../../src/engine/grid/sheet-grid.js';
import { workbookReport } from '../../../src/engine/report/workbook-report.js';
import { readWorkbookFile } from '../../../src/hosts/file/read-workbook-file.js';
import { cellFromOffice } from '../../../src/hosts/office/cell-from-office.js';
import { officerMessage } from '../../../src/hosts/office/officer-message.js';
import { readWorkbookGrid } from '../../../src/hosts/office/read-workbook.js';
import { readWorkbookState } from '../../../src/hosts/office/workbook-state.js';
import { createFakeExcel, FakeOfficeError, fakeWorkbook, type FakeExcelOptions, type WorkbookDescription, type WorkbookModel } from '../../support/fake-excel/index.js';
import { fakeFromXlsx } from '../../support/fake-from-xlsx.js';

const TODAY = '2025-04-15';
const FIXTURES = [
  'tests/fixtures/statuses/fill-only-theme-colours.xlsx',
  'tests/fixtures/statuses/legend-fills-and-words.xlsx',
  'tests/fixtures/statuses/key-on-own-sheet.xlsx',
  'tests/fixtures/statuses/symbols-and-emoji.xlsx',
  'tests/fixtures/layouts/layouts-two-row-merged-header.xlsx',
  'tests/fixtures/layouts/layouts-hidden-old-trackers.xlsx',
  'tests/fixtures/layouts/layouts-plan-per-priority.xlsx',
];

/** The adapter's read of the whole workbook, as the host does it; `excelApi` is what the Excel supports. */
async function officeRead(model: WorkbookModel, options: FakeExcelOptions = {}): Promise<{ grid: WorkbookGrid; excel: ReturnType<typeof createFakeExcel> }> {
  const excelApi = options.excelApi ?? '1.13';
  const excel = createFakeExcel(model, { ...options, excelApi });
  const supports = (_set: string, version: string) => Number(version.split('.')[1]) <= Number(excelApi.split('.')[1]);
  const grid = await excel.run(async (context) => {
    const state = await readWorkbookState(context, supports);
    return readWorkbookGrid(context, state, state.sheets, { merges: supports('ExcelApi', '1.13') });
  });
  return { grid, excel };
}

/** What a host hands the engine, position-free: every non-empty cell by sheet row and column, colours, merges, visibility. */
function essence(sheet: SheetGrid) {
  const cells: Record<string, unknown> = {};
  sheet.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell.kind !== 'empty') cells[`${sheet.top + i + 1}:${sheet.left + j}`] = cell.kind === 'date' ? 'date' : cell;
    }),
  );
  return { name: sheet.name, cells, colours: Object.fromEntries(sheet.colours ?? []), merges: sheet.merges ?? [], visibility: sheet.visibility ?? 'visible' };
}

/** Dates: the file host reads a date cell as a date, the add-in as its serial; both are the same to the engine. */
function withoutDates(sheet: ReturnType<typeof essence>, other: ReturnType<typeof essence>) {
  const cells = Object.fromEntries(Object.entries(sheet.cells).map(([k, v]) => [k, other.cells[k] === 'date' ? 'date' : v]));
  return { ...sheet, cells };
}

function tracker(rows: number, statuses: (i: number) => string = (i) => ['Completed', 'On track', 'Delayed', 'Not started'][i % 4]!): WorkbookDescription {
  return {
    sheets: [
      {
        name: 'Actions',
        rows: [['Action', 'Lead', 'Status'], ...Array.from({ length: rows }, (_, i) => [`${i + 1}. Act`, `Lead ${i % 5}`, statuses(i)])],
        fills: { C2: '#00703C', C3: '#FFDD00' },
        fontColors: { C2: '#FFFFFF' },
      },
    ],
  };
}

describe('the grid from Excel is the grid from the file', () => {
  it.each(FIXTURES)('%s: same cells, colours, merged areas, visibility and report', async (path) => {
    const [model, file] = await Promise.all([fakeFromXlsx(path), readWorkbookFile(path)]);
    if (!file.ok) throw new Error(file.message);
    const { grid } = await officeRead(model);
    expect(grid.sheets.map((s) => s.name)).toEqual(file.workbook.sheets.map((s) => s.name));
    grid.sheets.forEach((sheet, i) => {
      const fromFile = essence(file.workbook.sheets[i]!);
      expect(withoutDates(essence(sheet), fromFile)).toEqual(fromFile);
    });
    const report = (g: WorkbookGrid) => workbookReport('tracker.xlsx', analyseWorkbook(g, { today: TODAY }));
    expect(report(grid)).toEqual(report(file.workbook));
  });

  it('reads colours for exactly the cells the plan names: #RRGGBB upper case, no fill for No Fill, no font for automatic black', async () => {
    const model = fakeWorkbook(tracker(4));
    model.sheet('Actions').ensure(0, 0).fill = '#1F4E78'; // a header fill: not in the plan
    model.sheet('Actions').ensure(4, 2).fontColor = '#d4351c';
    model.sheet('Actions').ensure(3, 2).fontColor = '#000000';
    const { grid } = await officeRead(model);
    expect(colourReadPlan(grid, {})).toEqual([{ sheet: 'Actions', areas: [{ top: 2, left: 2, bottom: 5, right: 2 }], numberFormatAreas: [] }]);
    expect(Object.fromEntries(grid.sheets[0]?.colours ?? [])).toEqual({
      '2:2': { fill: '#00703C', font: '#FFFFFF' },
      '3:2': { fill: '#FFDD00' },
      '5:2': { font: '#D4351C' },
    });
  });

  it('reads merged areas (ExcelApi 1.13) in the same sync as the values, 1-based rows and 0-based columns', async () => {
    const description = tracker(6);
    description.sheets[0]!.rows![3]![1] = null;
    description.sheets[0]!.merges = ['B3:B4'];
    const { grid, excel } = await officeRead(fakeWorkbook(description));
    expect(grid.sheets[0]?.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 1 }]);
    const valuesSync = excel.stats.syncs.find((s) => s.labels.some((l) => l.startsWith('Range.load(rowIndex')));
    expect(valuesSync?.labels).toContain('Range.getMergedAreasOrNullObject');
  });

  it('reads no merged areas where Excel has no ExcelApi 1.13, in the same syncs', async () => {
    const description = tracker(6);
    description.sheets[0]!.rows![3]![1] = null;
    description.sheets[0]!.merges = ['B3:B4'];
    const older = await officeRead(fakeWorkbook(description), { excelApi: '1.12' });
    const newer = await officeRead(fakeWorkbook(description));
    expect(older.grid.sheets[0]?.merges).toBeUndefined();
    expect(older.excel.stats.syncCount).toBe(newer.excel.stats.syncCount);
  });

  it('past 512 merged areas (Excel fails the call) reads the sheet without them, and every other sheet with them', async () => {
    const big = tracker(1200);
    big.sheets[0]!.rows!.forEach((row, i) => i > 0 && i % 2 === 0 && (row[1] = null));
    big.sheets[0]!.merges = Array.from({ length: 600 }, (_, k) => `B${2 * k + 2}:B${2 * k + 3}`);
    big.sheets.push({ name: 'Notes', rows: [['Notes'], ['a'], [null]], merges: ['A2:A3'] });
    const { grid } = await officeRead(fakeWorkbook(big));
    expect(grid.sheets[0]?.merges).toBeUndefined();
    expect(grid.sheets[0]?.cells).toHaveLength(1201);
    expect(grid.sheets[1]?.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 0 }]);
  });

  it('reads hidden and very hidden sheets too, and marks them', async () => {
    const description = tracker(3);
    description.sheets.push({ name: 'Old', rows: [['Action', 'Lead', 'Status'], ['1. x', 'A', 'Green']], visibility: 'Hidden' });
    description.sheets.push({ name: 'Lists', rows: [['Green'], ['Amber']], visibility: 'VeryHidden' });
    const { grid } = await officeRead(fakeWorkbook(description));
    expect(grid.sheets.map((s) => [s.name, s.visibility, s.cells.length])).toEqual([
      ['Actions', undefined, 4],
      ['Old', 'hidden', 2],
      ['Lists', 'veryHidden', 2],
    ]);
    expect(analyseWorkbook(grid, { today: TODAY }).hidden).toEqual(['Old', 'Lists']);
  });

  it('takes three syncs at 10 rows and at 50,000, the colours under 5 MB', async () => {
    const small = await officeRead(fakeWorkbook(tracker(10)));
    const large = await officeRead(fakeWorkbook(tracker(50_000)));
    expect(small.excel.stats.syncCount).toBe(3);
    expect(large.excel.stats.syncCount).toBe(3);
    expect(large.excel.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(large.grid.sheets[0]?.colours?.get('3:2')).toEqual({ fill: '#FFDD00' });
  });

  it('splits the colours of a plan past one response into row blocks', async () => {
    const { grid, excel } = await officeRead(fakeWorkbook(tracker(120_000)));
    const colourSyncs = excel.stats.syncs.filter((s) => s.labels.includes('Range.getCellProperties'));
    expect(colourSyncs).toHaveLength(3);
    expect(Math.max(...colourSyncs.map((s) => s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(colourSyncs.every((s) => s.error === undefined)).toBe(true);
    expect(grid.sheets[0]?.colours?.get('2:2')).toEqual({ fill: '#00703C', font: '#FFFFFF' });
  });
});

describe('reads survive Excel’s large-read failures', () => {
  it.each(['GeneralException', 'NullValues'] as const)('%s on a large read: the sheet is read again in row blocks, every row', async (failure) => {
    const { grid, excel } = await officeRead(fakeWorkbook(tracker(3000)), { largeReads: { overCells: 2000, failure } });
    expect(grid.sheets[0]?.cells).toHaveLength(3001);
    expect(grid.sheets[0]?.cells[3000]?.[0]).toEqual({ kind: 'text', value: '3000. Act' });
    expect(excel.stats.failedLargeReads).toBeGreaterThan(0);
  });

  it('a failure that is not about size gives a message naming the sheet, never a stack', async () => {
    const model = fakeWorkbook(tracker(5));
    const excel = createFakeExcel(model, { excelApi: '1.13' });
    const error = await excel
      .run(async (context) => {
        const state = await readWorkbookState(context, () => true);
        // From here on Excel refuses every request, as it does while an officer edits a cell.
        context.sync = () => Promise.reject(new FakeOfficeError('InvalidOperation', 'The operation attempted is invalid on the object.'));
        return readWorkbookGrid(context, state, state.sheets, { merges: true });
      })
      .then(() => undefined, (e: unknown) => e);
    const message = officerMessage(error);
    expect(message).toBe(
      "Tracker Check could not read the sheet 'Actions': The operation attempted is invalid on the object. Nothing was changed. Try again, and if it keeps happening, save a copy and run the tracker-check command on it.",
    );
    expect(message).not.toMatch(/\bat .*\.ts/);
  });
});

describe('cells from Office.js', () => {
  it('knows the newer error values', () => {
    for (const value of ['#EXTERNAL!', '#PYTHON!', '#TIMEOUT!', '#BLOCKED!', '#SPILL!', '#N/A']) expect(cellFromOffice(value)).toEqual({ kind: 'error', value });
    expect(cellFromOffice('#HASHTAG!')).toEqual({ kind: 'text', value: '#HASHTAG!' });
  });
});
