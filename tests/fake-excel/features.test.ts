import { afterEach, describe, expect, it } from 'vitest';
import { createFakeExcel, fakeWorkbook, FakeOfficeError, inspect, installFakeOffice, type InstalledFakeOffice } from '../support/fake-excel/index.js';

const board = () =>
  fakeWorkbook({
    sheets: [
      {
        name: 'Tracker',
        rows: [
          ['Status', 'Count'],
          ['Green', 5],
          ['Amber', 3],
          ['Red', 2],
        ],
      },
    ],
  });

describe('conditional formats on getRanges', () => {
  it('records one format over several areas, with its rule, fill and font', async () => {
    const excel = createFakeExcel(board());
    const address = await excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Tracker').getRanges('A2:A4, C2');
      const cf = areas.conditionalFormats.add('ContainsText');
      cf.textComparison.rule = { operator: 'Contains', text: 'Red' };
      cf.textComparison.format.fill.color = '#FFC7CE';
      cf.textComparison.format.font.color = '#9C0006';
      const custom = areas.conditionalFormats.add('Custom');
      custom.custom.rule.formula = '=$B2>4';
      custom.custom.format.font.bold = true;
      areas.format.fill.color = 'yellow';
      areas.load('address, areaCount');
      const count = areas.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(2);
      expect(areas.areaCount).toBe(2);
      return areas.address;
    });
    expect(address).toBe('Tracker!A2:A4, Tracker!C2');
    const look = inspect(excel.model);
    expect(look.conditionalFormats('Tracker')).toEqual([ // in priority order: the one added last comes first
      { type: 'Custom', address: 'Tracker!A2:A4, Tracker!C2', rule: { formula: '=$B2>4' }, format: { bold: true }, priority: 0, stopIfTrue: false },
      { type: 'ContainsText', address: 'Tracker!A2:A4, Tracker!C2', rule: { operator: 'Contains', text: 'Red' }, format: { fill: '#FFC7CE', fontColor: '#9C0006' }, priority: 1, stopIfTrue: false },
    ]);
    expect(look.fill('Tracker!A3')).toBe('#FFFF00');
    expect(look.fill('Tracker!B3')).toBeNull();
  });

  it('clears the formats on a range and refuses an invalid rule', async () => {
    const excel = createFakeExcel(board());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tracker').getRange('A2:A4');
      range.conditionalFormats.add('CellValue').cellValue.rule = { formula1: '3', operator: 'GreaterThan' };
      await context.sync();
      range.conditionalFormats.clearAll();
      await context.sync();
      range.conditionalFormats.add('CellValue').cellValue.rule = { formula1: '3', operator: 'Between' };
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(inspect(excel.model).conditionalFormats('Tracker')).toHaveLength(1); // added, then the rule failed
  });
});

describe('charts', () => {
  it('records type, series, per-point fills, labels, title and position', async () => {
    const excel = createFakeExcel(board());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Tracker');
      const chart = sheet.charts.add('Doughnut', sheet.getRange('A1:B4'), 'Columns');
      chart.title.text = 'Status';
      chart.setPosition('D2', 'J15');
      const series = chart.series.getItemAt(0);
      ['#00B050', '#FFC000', '#FF0000'].forEach((colour, i) => series.points.getItemAt(i).format.fill.setSolidColor(colour));
      series.hasDataLabels = true;
      series.dataLabels.showPercentage = true;
      series.dataLabels.showValue = false;
      const points = series.points.load('items/value');
      await context.sync();
      expect(points.items.map((p) => p.value)).toEqual([5, 3, 2]);
    });
    const [chart] = inspect(excel.model).charts('Tracker');
    expect(chart).toMatchObject({
      type: 'Doughnut',
      source: 'Tracker!A1:B4',
      title: 'Status',
      position: { startCell: 'Tracker!D2', endCell: 'Tracker!J15' },
      categories: ['Green', 'Amber', 'Red'],
      series: [{ name: 'Count', values: [5, 3, 2], pointFills: ['#00B050', '#FFC000', '#FF0000'], dataLabels: { showPercentage: true, showValue: false } }],
    });
  });

  it('fails at sync for a point the series does not have', async () => {
    const excel = createFakeExcel(board());
    const error = await excel
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Tracker');
        sheet.charts.add('Pie', sheet.getRange('A1:B4')).series.getItemAt(0).points.getItemAt(9).format.fill.setSolidColor('#FF0000');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('workbook objects', () => {
  it('adds a sheet with a table, names, page layout and settings, and tracks the selection', async () => {
    const excel = createFakeExcel(board());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Summary – Board');
      context.application.suspendScreenUpdatingUntilNextSync();
      sheet.getRange('A1:B3').values = [['Status', 'Count'], ['Green', 5], ['Red', 2]];
      const table = sheet.tables.add('A1:B3', true);
      table.name = 'BoardStatus';
      table.style = 'TableStyleLight1';
      sheet.getRange('D1:F1').merge(false);
      sheet.getRange('B:B').format.columnWidth = 90;
      sheet.pageLayout.orientation = 'Landscape';
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = 'Board pack';
      context.workbook.names.add('TrackerCheckSummary', sheet.getRange('A1'), 'marker');
      context.workbook.settings.add('layouts', { Tracker: { headerRow: 1 } });
      sheet.getRange('B2').select();
      await context.sync();
      const marker = context.workbook.names.getItemOrNullObject('TrackerCheckSummary').load('value');
      await context.sync();
      expect(marker.value).toBe("'Summary – Board'!$A$1");
    });
    const look = inspect(excel.model);
    expect(look.sheetNames()).toEqual(['Tracker', 'Summary – Board']);
    expect(look.tables()).toMatchObject([{ name: 'BoardStatus', style: 'TableStyleLight1', address: "'Summary – Board'!A1:B3" }]);
    expect(look.columnWidth('Summary – Board', 'B')).toBe(90);
    expect(look.pageLayout('Summary – Board')).toMatchObject({ orientation: 'Landscape', headerFooter: { centerHeader: 'Board pack' } });
    expect(look.settings()).toEqual({ layouts: { Tracker: { headerRow: 1 } } });
    expect(look.selectedAddress()).toBe("'Summary – Board'!B2");
    expect(excel.stats.syncs[0]!.labels).toContain('Application.suspendScreenUpdatingUntilNextSync');
  });

  it('refuses a second table over the same cells and a setting that is not JSON', async () => {
    const excel = createFakeExcel(board());
    const run = (batch: (context: Excel.RequestContext) => void) =>
      excel.run(async (context) => {
        batch(context);
        await context.sync();
      }).catch((e: unknown) => (e as FakeOfficeError).code);
    expect(await run((c) => c.workbook.worksheets.getItem('Tracker').tables.add('A1:B4', true))).toBeUndefined();
    expect(await run((c) => c.workbook.worksheets.getItem('Tracker').tables.add('B2:C5', true))).toBe('MergedRangeConflict');
    expect(await run((c) => c.workbook.settings.add('bad', { f: undefined, n: Number.NaN }).load('value'))).toBe('InvalidArgument');
  });

  it('loads collections with items/ paths and gives null objects for missing used ranges', async () => {
    const model = board();
    model.addSheet('Empty');
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([['Tracker', 'Visible'], ['Empty', 'Visible']]);
      expect(() => sheets.items[0]!.position).toThrow(/'position' is not available/);
      const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,values'));
      await context.sync();
      expect(used.map((u) => u.isNullObject)).toEqual([false, true]);
      expect(used[0]!.values[3]).toEqual(['Red', 2]);
    });
  });
});

describe('installFakeOffice', () => {
  let installed: InstalledFakeOffice | undefined;
  afterEach(() => installed?.uninstall());

  it('defines Office and Excel globals with requirement sets, enums and Excel.run', async () => {
    installed = installFakeOffice(globalThis, board(), { excelApi: '1.8' });
    const info = await Office.onReady();
    expect(info.host).toBe(Office.HostType.Excel);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    const action = (): void => undefined;
    Office.actions.associate('validate', action);
    expect(installed.associatedActions.get('validate')).toBe(action);
    expect(Excel.ConditionalFormatType.containsText).toBe('ContainsText');

    const value = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tracker').getRange('B2').load('values');
      await context.sync();
      return range.values[0]![0] as number;
    });
    expect(value).toBe(5);
    // ExcelApi 1.9 calls throw ApiNotFound at once when the host only has 1.8.
    await expect(Excel.run(async (context) => void context.workbook.worksheets.getItem('Tracker').getRanges('A1, B2'))).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(Excel.run(async (context) => void context.workbook.worksheets.getItem('Missing').load('name'))).rejects.toBeInstanceOf(OfficeExtension.Error);
  });
});
