// Charts: add(type, sourceRange, seriesBy), title, legend, data labels, series with per-point fills,
// setPosition. Series are derived from the source cells when the add command runs.

import { cols, formatAddress, parseRef, rows, type Rect } from './a1.js';
import type { ApiShape, LoadersOf, NoExtraMembers } from './api-check.js';
import { FakeCollection, FakeObject, live, writable, type ContextCore, type Setters } from './client-object.js';
import { ChartType } from './enums.js';
import { fail, notModelled } from './errors.js';
import { bool, oneOf } from './format.js';
import { newDataLabels, normaliseColour, type CellValue, type ChartModel, type ChartSeriesModel, type DataLabelsModel, type SheetModel } from './model.js';
import { FakeRange } from './range.js';
import { FakeWorksheet } from './worksheet.js';

interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}
interface SeriesTarget extends ChartTarget {
  series: ChartSeriesModel;
}
interface PointTarget extends SeriesTarget {
  index: number;
}

const CHART_TYPES: readonly string[] = Object.values(ChartType);
const SERIES_BY = ['Auto', 'Columns', 'Rows'];
type SeriesBy = Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows';
type RangeArg = FakeRange | Excel.Range | string;

function findChart(sheet: SheetModel, chart: ChartModel): ChartTarget {
  return live(sheet).charts.includes(chart) ? { sheet, chart } : fail('ItemNotFound', `The chart '${chart.name}' has been deleted.`);
}

/** Every chart change first checks that its sheet can be changed. */
function edit<T extends { sheet: SheetModel }>(apply: (t: T, v: unknown) => void): (t: T, v: unknown) => void {
  return (t, v) => apply(writable(t.sheet) && t, v);
}

/** Splits source cells into categories and series the way Excel's default chart does. */
function deriveSeries(sheet: SheetModel, r: Rect, seriesBy: string): Pick<ChartModel, 'categories' | 'series' | 'seriesBy'> {
  const grid: CellValue[][] = Array.from({ length: rows(r) }, (_, i) => Array.from({ length: cols(r) }, (_, j) => sheet.view(r.r0 + i, r.c0 + j).value));
  const textual = (v: CellValue | undefined): boolean => typeof v !== 'number';
  const headerRow = grid.length > 1 && grid[0]!.every(textual);
  const headerCol = cols(r) > 1 && grid.slice(headerRow ? 1 : 0).every((row) => textual(row[0]));
  const body = grid.slice(headerRow ? 1 : 0).map((row) => row.slice(headerCol ? 1 : 0));
  const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && body.length >= (body[0]?.length ?? 0));
  const names = headerRow ? grid[0]!.slice(headerCol ? 1 : 0) : [];
  const labels = headerCol ? grid.slice(headerRow ? 1 : 0).map((row) => row[0]!) : [];
  const lines = byColumns ? (body[0] ?? []).map((_, j) => body.map((row) => row[j]!)) : body;
  const seriesNames = byColumns ? names : labels;
  const categories = byColumns ? labels : names;
  return {
    seriesBy: byColumns ? 'Columns' : 'Rows',
    categories: categories.length > 0 ? categories : (lines[0] ?? []).map((_, i) => i + 1),
    series: lines.map((values, k) => newSeries(String(seriesNames[k] ?? `Series${k + 1}`), values)),
  };
}

const newSeries = (name: string, values: CellValue[]): ChartSeriesModel => ({
  name, values, fill: null, pointFills: values.map(() => null), hasDataLabels: false, dataLabels: newDataLabels(), pointHasLabel: values.map(() => null),
});

function sourceOf(ctx: ContextCore, sourceData: unknown, seriesBy: unknown): { sheet: SheetModel; rect: Rect } {
  oneOf(seriesBy, SERIES_BY, 'seriesBy');
  return sourceData instanceof FakeRange ? FakeObject.targetOf(sourceData, ctx) : fail('InvalidArgument', 'A chart needs a source Range from this context.');
}

export class FakeChartCollection extends FakeCollection<SheetModel, FakeChart> implements ApiShape<Excel.ChartCollection> {
  declare readonly count: number;
  static { this.define('ChartCollection', { count: (s) => live(s).charts.length }); }
  protected _list(sheet: SheetModel): FakeChart[] { return sheet.charts.map((chart) => new FakeChart(this._ctx, () => findChart(sheet, chart))); }
  add(type: Excel.ChartType | `${Excel.ChartType}`, sourceData: FakeRange | Excel.Range, seriesBy: SeriesBy = 'Auto'): FakeChart {
    let created: ChartTarget | undefined;
    this._call('add', [type, seriesBy], (sheet, ctx) => {
      oneOf(type, CHART_TYPES, 'Chart type (fake-excel models the 2-D types)');
      const source = sourceOf(ctx, sourceData, seriesBy);
      const chart: ChartModel = {
        id: `{${ctx.model.newId('chart-')}}`,
        name: `Chart ${writable(sheet).charts.length + 1}`,
        chartType: type,
        source,
        ...deriveSeries(source.sheet, source.rect, seriesBy),
        title: { text: '', visible: false },
        legend: { visible: true, position: 'Right' },
        dataLabels: newDataLabels(),
        position: { startCell: null, endCell: null },
        valueAxis: { minimum: null, maximum: null, majorUnit: null, numberFormat: 'General' },
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new FakeChart(this._ctx, () => (created ? findChart(created.sheet, created.chart) : fail('ItemNotFound', 'The chart was not added.')));
  }
  private find(method: string, arg: unknown, pick: (charts: ChartModel[]) => ChartModel | undefined, nullable = false): FakeChart {
    const resolve = (): ChartTarget => {
      const sheet = live(this._target());
      const chart = pick(sheet.charts);
      return chart ? { sheet, chart } : fail('ItemNotFound', `Chart not found: ${method}(${JSON.stringify(arg)}).`);
    };
    return new FakeChart(this._ctx, resolve, { createdBy: `ChartCollection.${method}`, argBytes: JSON.stringify(arg).length, nullable });
  }
  getItem(name: string): FakeChart { return this.find('getItem', name, (c) => c.find((x) => x.name === name)); }
  getItemOrNullObject(name: string): FakeChart { return this.find('getItemOrNullObject', name, (c) => c.find((x) => x.name === name), true); }
  getItemAt(index: number): FakeChart { return this.find('getItemAt', index, (c) => c[index]); }
}

export class FakeChart extends FakeObject<ChartTarget> implements ApiShape<Excel.Chart> {
  declare readonly id: string;
  declare name: string;
  declare chartType: Excel.ChartType | `${Excel.ChartType}`;
  static {
    this.define(
      'Chart',
      {
        id: (t) => t.chart.id,
        name: (t) => t.chart.name,
        chartType: (t) => t.chart.chartType,
      } satisfies LoadersOf<Excel.Interfaces.ChartData, ChartTarget>,
      {
        name: edit((t, v) => (t.chart.name = typeof v === 'string' && v !== '' ? v : fail('InvalidArgument', 'Chart.name must be non-empty text.'))),
        chartType: edit((t, v) => (t.chart.chartType = oneOf(v, CHART_TYPES, 'Chart.chartType'))),
      },
    );
  }
  private cellAddress(t: ChartTarget, cell: RangeArg | undefined): string | null {
    if (cell === undefined) return null;
    if (typeof cell === 'string') return formatAddress(t.sheet.name, parseRef(cell).rect);
    if (!(cell instanceof FakeRange)) return fail('InvalidArgument', 'Expected an address or a Range.');
    const r = FakeObject.targetOf(cell, this._ctx);
    return formatAddress(r.sheet.name, r.rect);
  }
  get title(): FakeChartTitle { return this._nav('title', () => new FakeChartTitle(this._ctx, () => this._target())); }
  get legend(): FakeChartLegend { return this._nav('legend', () => new FakeChartLegend(this._ctx, () => this._target())); }
  get dataLabels(): FakeChartDataLabels {
    return this._nav('dataLabels', () => new FakeChartDataLabels(this._ctx, () => ({ sheet: this._target().sheet, labels: this._target().chart.dataLabels })));
  }
  get series(): FakeChartSeriesCollection { return this._nav('series', () => new FakeChartSeriesCollection(this._ctx, () => this._target())); }
  get axes(): FakeChartAxes { return this._nav('axes', () => new FakeChartAxes(this._ctx, () => this._target())); }
  get worksheet(): FakeWorksheet { return this._nav('worksheet', () => new FakeWorksheet(this._ctx, () => live(this._target().sheet))); }
  setPosition(startCell: RangeArg, endCell?: RangeArg): void {
    this._call('setPosition', [String(startCell), String(endCell)], (t) => {
      writable(t.sheet);
      t.chart.position = { startCell: this.cellAddress(t, startCell), endCell: this.cellAddress(t, endCell) };
    });
  }
  delete(): void { this._call('delete', [], (t) => void writable(t.sheet).charts.splice(t.sheet.charts.indexOf(t.chart), 1)); }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeChartTitle extends FakeObject<ChartTarget> implements ApiShape<Excel.ChartTitle> {
  declare text: string;
  declare visible: boolean;
  static {
    this.define(
      'ChartTitle',
      { text: (t) => t.chart.title.text, visible: (t) => t.chart.title.visible },
      // Setting a title's text also shows it, as in Excel.
      { text: edit((t, v) => (t.chart.title = { text: String(v), visible: true })), visible: edit((t, v) => (t.chart.title.visible = bool(v, 'ChartTitle.visible'))) },
    );
  }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeChartLegend extends FakeObject<ChartTarget> implements ApiShape<Excel.ChartLegend> {
  declare visible: boolean;
  declare position: Excel.ChartLegendPosition | `${Excel.ChartLegendPosition}`;
  static {
    this.define(
      'ChartLegend',
      { visible: (t) => t.chart.legend.visible, position: (t) => t.chart.legend.position },
      {
        visible: edit((t, v) => (t.chart.legend.visible = bool(v, 'ChartLegend.visible'))),
        position: edit((t, v) => (t.chart.legend.position = oneOf(v, ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'], 'ChartLegend.position'))),
      },
    );
  }
  set(properties: object): void { this._setMany(properties); }
}

interface LabelsTarget {
  sheet: SheetModel;
  labels: DataLabelsModel;
}
const LABEL_FLAGS = ['showValue', 'showPercentage', 'showCategoryName', 'showSeriesName'] as const;

export class FakeChartDataLabels extends FakeObject<LabelsTarget> implements ApiShape<Excel.ChartDataLabels> {
  declare showValue: boolean;
  declare showPercentage: boolean;
  declare showCategoryName: boolean;
  declare showSeriesName: boolean;
  declare position: Excel.ChartDataLabelPosition | `${Excel.ChartDataLabelPosition}`;
  static {
    const loaders: LoadersOf<Excel.Interfaces.ChartDataLabelsData, LabelsTarget> = { position: (t) => t.labels.position };
    const setters: Setters<LabelsTarget> = { position: edit<LabelsTarget>((t, v) => (t.labels.position = String(v))) };
    for (const flag of LABEL_FLAGS) {
      loaders[flag] = (t) => t.labels[flag];
      setters[flag] = edit<LabelsTarget>((t, v) => (t.labels[flag] = bool(v, `ChartDataLabels.${flag}`)));
    }
    this.define('ChartDataLabels', loaders, setters);
  }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeChartSeriesCollection extends FakeCollection<ChartTarget, FakeChartSeries> implements ApiShape<Excel.ChartSeriesCollection> {
  declare readonly count: number;
  static { this.define('ChartSeriesCollection', { count: (t) => t.chart.series.length }); }
  protected _list(t: ChartTarget): FakeChartSeries[] {
    return t.chart.series.map((series) => new FakeChartSeries(this._ctx, () => ({ ...t, series })));
  }
  getItemAt(index: number): FakeChartSeries {
    const resolve = (): SeriesTarget => {
      const t = this._target();
      const series = t.chart.series[index];
      return series ? { ...t, series } : fail('ItemNotFound', `The chart has no series at index ${index}.`);
    };
    return new FakeChartSeries(this._ctx, resolve, { createdBy: 'ChartSeriesCollection.getItemAt', argBytes: 8 });
  }
}

export class FakeChartSeries extends FakeObject<SeriesTarget> implements ApiShape<Excel.ChartSeries> {
  declare name: string;
  declare hasDataLabels: boolean;
  static {
    this.define(
      'ChartSeries',
      { name: (t) => t.series.name, hasDataLabels: (t) => t.series.hasDataLabels },
      { name: edit((t, v) => (t.series.name = String(v))), hasDataLabels: edit((t, v) => (t.series.hasDataLabels = bool(v, 'ChartSeries.hasDataLabels'))) },
    );
  }
  get points(): FakeChartPointsCollection { return this._nav('points', () => new FakeChartPointsCollection(this._ctx, () => this._target())); }
  get dataLabels(): FakeChartDataLabels {
    this._ctx.requireApi('1.8', 'ChartSeries.dataLabels');
    return this._nav('dataLabels', () => new FakeChartDataLabels(this._ctx, () => ({ sheet: this._target().sheet, labels: this._target().series.dataLabels })));
  }
  get format(): FakeChartSeriesFormat { return this._nav('format', () => new FakeChartSeriesFormat(this._ctx, () => this._target())); }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeChartPointsCollection extends FakeCollection<SeriesTarget, FakeChartPoint> implements ApiShape<Excel.ChartPointsCollection> {
  declare readonly count: number;
  static { this.define('ChartPointsCollection', { count: (t) => t.series.values.length }); }
  protected _list(t: SeriesTarget): FakeChartPoint[] {
    return t.series.values.map((_, index) => new FakeChartPoint(this._ctx, () => ({ ...t, index })));
  }
  getItemAt(index: number): FakeChartPoint {
    const resolve = (): PointTarget => {
      const t = this._target();
      return index >= 0 && index < t.series.values.length ? { ...t, index } : fail('ItemNotFound', `The series has no point at index ${index}.`);
    };
    return new FakeChartPoint(this._ctx, resolve, { createdBy: 'ChartPointsCollection.getItemAt', argBytes: 8 });
  }
}

export class FakeChartAxes extends FakeObject<ChartTarget> implements ApiShape<Excel.ChartAxes> {
  static { this.define('ChartAxes'); }
  get valueAxis(): FakeChartAxis { return this._nav('valueAxis', () => new FakeChartAxis(this._ctx, () => this._target())); }
}

/** The value axis: its scale (minimum, maximum, major unit) and number format. */
export class FakeChartAxis extends FakeObject<ChartTarget> implements ApiShape<Excel.ChartAxis> {
  declare minimum: unknown;
  declare maximum: unknown;
  declare majorUnit: unknown;
  declare numberFormat: string;
  static {
    const scale = (key: 'minimum' | 'maximum' | 'majorUnit') =>
      edit<ChartTarget>((t, v) => (t.chart.valueAxis[key] = typeof v === 'number' && Number.isFinite(v) ? v : fail('InvalidArgument', `ChartAxis.${key} must be a number.`)));
    this.define(
      'ChartAxis',
      {
        minimum: (t) => t.chart.valueAxis.minimum,
        maximum: (t) => t.chart.valueAxis.maximum,
        majorUnit: (t) => t.chart.valueAxis.majorUnit,
        numberFormat: (t) => t.chart.valueAxis.numberFormat,
      },
      { minimum: scale('minimum'), maximum: scale('maximum'), majorUnit: scale('majorUnit'), numberFormat: edit((t, v) => (t.chart.valueAxis.numberFormat = String(v))) },
    );
  }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeChartPoint extends FakeObject<PointTarget> implements ApiShape<Excel.ChartPoint> {
  declare readonly value: unknown;
  declare hasDataLabel: boolean;
  static {
    this.define(
      'ChartPoint',
      { value: (t) => t.series.values[t.index], hasDataLabel: (t) => t.series.pointHasLabel[t.index] ?? t.series.hasDataLabels },
      { hasDataLabel: edit((t, v) => (t.series.pointHasLabel[t.index] = bool(v, 'ChartPoint.hasDataLabel'))) },
    );
  }
  get format(): FakeChartPointFormat { return this._nav('format', () => new FakeChartPointFormat(this._ctx, () => this._target())); }
}

interface FillTarget {
  sheet: SheetModel;
  get: () => string | null;
  put: (colour: string | null) => void;
}

export class FakeChartPointFormat extends FakeObject<PointTarget> implements ApiShape<Excel.ChartPointFormat> {
  static { this.define('ChartPointFormat'); }
  get fill(): FakeChartFill {
    const target = (): FillTarget => {
      const t = this._target();
      return { sheet: t.sheet, get: () => t.series.pointFills[t.index] ?? t.series.fill, put: (c) => void (t.series.pointFills[t.index] = c) };
    };
    return this._nav('fill', () => new FakeChartFill(this._ctx, target));
  }
}

export class FakeChartSeriesFormat extends FakeObject<SeriesTarget> implements ApiShape<Excel.ChartSeriesFormat> {
  static { this.define('ChartSeriesFormat'); }
  get fill(): FakeChartFill {
    const target = (): FillTarget => {
      const t = this._target();
      return { sheet: t.sheet, get: () => t.series.fill, put: (c) => void (t.series.fill = c) };
    };
    return this._nav('fill', () => new FakeChartFill(this._ctx, target));
  }
}

export class FakeChartFill extends FakeObject<FillTarget> implements ApiShape<Excel.ChartFill> {
  static { this.define('ChartFill'); }
  setSolidColor(color: string): void {
    this._call('setSolidColor', [color], (t) => {
      const colour = normaliseColour(color, 'ChartFill.setSolidColor');
      t.put(writable(t.sheet) && colour);
    });
  }
  clear(): void { this._call('clear', [], (t) => void (writable(t.sheet) && t.put(null))); }
  getSolidColor(): OfficeExtension.ClientResult<string> { return this._result('getSolidColor', [], (t) => t.get() ?? ''); }
  /** Office.js has no ChartFill.load (hence the Omit in the check below). */
  override load(): this { return notModelled('ChartFill.load (it does not exist in Office.js)'); }
}

/** Plain description of a chart, for inspection in tests. */
export function describeChart(sheet: SheetModel, chart: ChartModel): Record<string, unknown> {
  return {
    sheet: sheet.name,
    name: chart.name,
    type: chart.chartType,
    source: formatAddress(chart.source.sheet.name, chart.source.rect),
    seriesBy: chart.seriesBy,
    title: chart.title.visible ? chart.title.text : null,
    legend: { ...chart.legend },
    dataLabels: { ...chart.dataLabels },
    position: { ...chart.position },
    valueAxis: { ...chart.valueAxis },
    categories: [...chart.categories],
    series: chart.series.map((s) => ({
      name: s.name,
      values: [...s.values],
      fill: s.fill,
      pointFills: [...s.pointFills],
      hasDataLabels: s.hasDataLabels,
      dataLabels: { ...s.dataLabels },
      pointHasLabel: [...s.pointHasLabel],
    })),
  };
}

export const chartApiChecks: [
  NoExtraMembers<FakeChartCollection, Excel.ChartCollection>,
  NoExtraMembers<FakeChart, Excel.Chart>,
  NoExtraMembers<FakeChartAxes, Excel.ChartAxes>,
  NoExtraMembers<FakeChartAxis, Excel.ChartAxis>,
  NoExtraMembers<FakeChartTitle, Excel.ChartTitle>,
  NoExtraMembers<FakeChartLegend, Excel.ChartLegend>,
  NoExtraMembers<FakeChartDataLabels, Excel.ChartDataLabels>,
  NoExtraMembers<FakeChartSeriesCollection, Excel.ChartSeriesCollection>,
  NoExtraMembers<FakeChartSeries, Excel.ChartSeries>,
  NoExtraMembers<FakeChartPointsCollection, Excel.ChartPointsCollection>,
  NoExtraMembers<FakeChartPoint, Excel.ChartPoint>,
  NoExtraMembers<FakeChartPointFormat, Excel.ChartPointFormat>,
  NoExtraMembers<FakeChartSeriesFormat, Excel.ChartSeriesFormat>,
  NoExtraMembers<Omit<FakeChartFill, 'load'>, Excel.ChartFill>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];
