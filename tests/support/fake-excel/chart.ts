// Charts: add(type, sourceRange, seriesBy), title, legend, data labels, series with per-point fills,
// setPosition. Series are derived from the source cells when the add command runs.

import { cols, formatAddress, parseRef, rows, type Rect } from './a1.js';
import type { ApiShape, LoadersOf, NoExtraMembers } from './api-check.js';
import { FakeCollection, FakeObject, live, writable, type ContextCore, type ObjectOptions } from './client-object.js';
import { fail, notModelled } from './errors.js';
import { ChartType } from './enums.js';
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

const CHART_TYPES: readonly string[] = Object.values(ChartType);
const SERIES_BY = ['Auto', 'Columns', 'Rows'];
type RangeArg = FakeRange | Excel.Range | string;

function findChart(sheet: SheetModel, chart: ChartModel): ChartTarget {
  return live(sheet).charts.includes(chart) ? { sheet, chart } : fail('ItemNotFound', `The chart '${chart.name}' has been deleted.`);
}

/** Splits source cells into categories and series the way Excel's default chart does. */
function deriveSeries(sheet: SheetModel, r: Rect, seriesBy: string): Pick<ChartModel, 'categories' | 'series' | 'seriesBy'> {
  const grid: CellValue[][] = [];
  for (let i = 0; i < rows(r); i++) grid.push(Array.from({ length: cols(r) }, (_, j) => sheet.view(r.r0 + i, r.c0 + j).value));
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
    series: lines.map((values, k) => ({
      name: String(seriesNames[k] ?? `Series${k + 1}`),
      values,
      fill: null,
      pointFills: values.map(() => null),
      hasDataLabels: false,
      dataLabels: newDataLabels(),
    })),
  };
}

export class FakeChartCollection extends FakeCollection<SheetModel, FakeChart> implements ApiShape<Excel.ChartCollection> {
  constructor(ctx: ContextCore, resolve: () => SheetModel) {
    super(ctx, 'ChartCollection', resolve, { count: (s: SheetModel) => live(s).charts.length });
  }
  protected _list(sheet: SheetModel): FakeChart[] {
    return sheet.charts.map((chart) => new FakeChart(this._ctx, () => findChart(sheet, chart)));
  }
  get count(): number {
    return this._get('count');
  }
  add(type: Excel.ChartType | `${Excel.ChartType}`, sourceData: FakeRange | Excel.Range, seriesBy: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows' = 'Auto'): FakeChart {
    let created: ChartTarget | undefined;
    const proxy = new FakeChart(this._ctx, () => (created ? findChart(created.sheet, created.chart) : fail('ItemNotFound', 'The chart was not added.')));
    this._call('add', [type, seriesBy], (sheet) => {
      if (!CHART_TYPES.includes(type)) fail('InvalidArgument', `'${type}' is not a chart type fake-excel models.`);
      if (!SERIES_BY.includes(seriesBy)) fail('InvalidArgument', `'${seriesBy}' is not a ChartSeriesBy value.`);
      if (!(sourceData instanceof FakeRange)) fail('InvalidArgument', 'ChartCollection.add needs a Range from this context.');
      const source = FakeObject.targetOf(sourceData, this._ctx);
      writable(sheet);
      const chart: ChartModel = {
        id: `{${this._ctx.model.newId('chart-')}}`,
        name: `Chart ${sheet.charts.length + 1}`,
        chartType: type,
        source: { sheet: source.sheet, rect: source.rect },
        ...deriveSeries(source.sheet, source.rect, seriesBy),
        title: { text: '', visible: false },
        legend: { visible: true, position: 'Right' },
        dataLabels: newDataLabels(),
        position: { startCell: null, endCell: null },
        box: { top: 0, left: 0, width: 360, height: 216 },
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return proxy;
  }
  private find(method: string, args: unknown[], pick: (charts: ChartModel[]) => ChartModel | undefined, nullable = false): FakeChart {
    return new FakeChart(
      this._ctx,
      () => {
        const sheet = live(this._target());
        const chart = pick(sheet.charts);
        return chart ? { sheet, chart } : fail('ItemNotFound', `Chart not found: ${method}(${JSON.stringify(args)}).`);
      },
      { createdBy: `ChartCollection.${method}`, argBytes: JSON.stringify(args).length, nullable },
    );
  }
  getItem(name: string): FakeChart {
    return this.find('getItem', [name], (c) => c.find((x) => x.name === name));
  }
  getItemOrNullObject(name: string): FakeChart {
    return this.find('getItemOrNullObject', [name], (c) => c.find((x) => x.name === name), true);
  }
  getItemAt(index: number): FakeChart {
    return this.find('getItemAt', [index], (c) => c[index]);
  }
}

const CHART_LOADERS = {
  id: (t) => t.chart.id,
  name: (t) => t.chart.name,
  chartType: (t) => t.chart.chartType,
  top: (t) => t.chart.box.top,
  left: (t) => t.chart.box.left,
  width: (t) => t.chart.box.width,
  height: (t) => t.chart.box.height,
} satisfies LoadersOf<Excel.Interfaces.ChartData, ChartTarget>;

export class FakeChart extends FakeObject<ChartTarget> implements ApiShape<Excel.Chart> {
  constructor(ctx: ContextCore, resolve: () => ChartTarget, options: ObjectOptions = {}) {
    super(ctx, 'Chart', resolve, CHART_LOADERS, options);
  }
  private box(key: 'top' | 'left' | 'width' | 'height', value: number): void {
    this._set(key, value, (t, v) => {
      if (typeof v !== 'number' || !(v >= 0)) fail('InvalidArgument', `Chart.${key} must be a number >= 0.`);
      writable(t.sheet);
      t.chart.box[key] = v;
    });
  }
  private cellAddress(t: ChartTarget, cell: RangeArg | undefined): string | null {
    if (cell === undefined) return null;
    if (typeof cell === 'string') return formatAddress(t.sheet.name, parseRef(cell).rect);
    if (!(cell instanceof FakeRange)) return fail('InvalidArgument', 'Expected an address or a Range.');
    const r = FakeObject.targetOf(cell, this._ctx);
    return formatAddress(r.sheet.name, r.rect);
  }
  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value, (t, v) => {
      if (typeof v !== 'string' || v === '') fail('InvalidArgument', 'Chart.name must be non-empty text.');
      writable(t.sheet);
      t.chart.name = v;
    });
  }
  get chartType(): Excel.ChartType {
    return this._get('chartType');
  }
  set chartType(value: Excel.ChartType | `${Excel.ChartType}`) {
    this._set('chartType', value, (t, v) => {
      if (!CHART_TYPES.includes(v)) fail('InvalidArgument', `'${v}' is not a chart type fake-excel models.`);
      writable(t.sheet);
      t.chart.chartType = v;
    });
  }
  get top(): number {
    return this._get('top');
  }
  set top(v: number) {
    this.box('top', v);
  }
  get left(): number {
    return this._get('left');
  }
  set left(v: number) {
    this.box('left', v);
  }
  get width(): number {
    return this._get('width');
  }
  set width(v: number) {
    this.box('width', v);
  }
  get height(): number {
    return this._get('height');
  }
  set height(v: number) {
    this.box('height', v);
  }
  get title(): FakeChartTitle {
    return this._nav('title', () => new FakeChartTitle(this._ctx, () => this._target()));
  }
  get legend(): FakeChartLegend {
    return this._nav('legend', () => new FakeChartLegend(this._ctx, () => this._target()));
  }
  get dataLabels(): FakeChartDataLabels {
    return this._nav('dataLabels', () => new FakeChartDataLabels(this._ctx, () => ({ sheet: this._target().sheet, labels: this._target().chart.dataLabels })));
  }
  get series(): FakeChartSeriesCollection {
    return this._nav('series', () => new FakeChartSeriesCollection(this._ctx, () => this._target()));
  }
  get worksheet(): FakeWorksheet {
    return this._nav('worksheet', () => new FakeWorksheet(this._ctx, () => live(this._target().sheet)));
  }
  setPosition(startCell: RangeArg, endCell?: RangeArg): void {
    this._call('setPosition', [String(startCell), String(endCell)], (t) => {
      writable(t.sheet);
      t.chart.position = { startCell: this.cellAddress(t, startCell), endCell: this.cellAddress(t, endCell) };
    });
  }
  setData(sourceData: FakeRange | Excel.Range, seriesBy: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows' = 'Auto'): void {
    this._call('setData', [seriesBy], (t) => {
      if (!(sourceData instanceof FakeRange)) fail('InvalidArgument', 'Chart.setData needs a Range from this context.');
      const source = FakeObject.targetOf(sourceData, this._ctx);
      writable(t.sheet);
      Object.assign(t.chart, { source: { ...source } }, deriveSeries(source.sheet, source.rect, seriesBy));
    });
  }
  activate(): void {
    this._call('activate', [], (t) => void live(t.sheet));
  }
  delete(): void {
    this._call('delete', [], (t) => {
      const charts = writable(t.sheet).charts;
      charts.splice(charts.indexOf(t.chart), 1);
    });
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

export class FakeChartTitle extends FakeObject<ChartTarget> implements ApiShape<Excel.ChartTitle> {
  constructor(ctx: ContextCore, resolve: () => ChartTarget) {
    super(ctx, 'ChartTitle', resolve, { text: (t: ChartTarget) => t.chart.title.text, visible: (t: ChartTarget) => t.chart.title.visible });
  }
  get text(): string {
    return this._get('text');
  }
  /** Setting a title also makes it visible, as in Excel. */
  set text(value: string) {
    this._set('text', value, (t, v) => void (writable(t.sheet), (t.chart.title = { text: String(v), visible: true })));
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(value: boolean) {
    this._set('visible', value, (t, v) => void (writable(t.sheet), (t.chart.title.visible = v === true)));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

const LEGEND_POSITIONS = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'];
export class FakeChartLegend extends FakeObject<ChartTarget> implements ApiShape<Excel.ChartLegend> {
  constructor(ctx: ContextCore, resolve: () => ChartTarget) {
    super(ctx, 'ChartLegend', resolve, { visible: (t: ChartTarget) => t.chart.legend.visible, position: (t: ChartTarget) => t.chart.legend.position });
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(value: boolean) {
    this._set('visible', value, (t, v) => void (writable(t.sheet), (t.chart.legend.visible = v === true)));
  }
  get position(): Excel.ChartLegendPosition {
    return this._get('position');
  }
  set position(value: Excel.ChartLegendPosition | 'Invalid' | 'Top' | 'Bottom' | 'Left' | 'Right' | 'Corner' | 'Custom') {
    this._set('position', value, (t, v) => {
      if (!LEGEND_POSITIONS.includes(v)) fail('InvalidArgument', `'${v}' is not a ChartLegendPosition.`);
      writable(t.sheet);
      t.chart.legend.position = v;
    });
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

interface LabelsTarget {
  sheet: SheetModel;
  labels: DataLabelsModel;
}
type LabelFlag = 'showValue' | 'showPercentage' | 'showCategoryName' | 'showSeriesName';
const LABEL_LOADERS = {
  showValue: (t) => t.labels.showValue,
  showPercentage: (t) => t.labels.showPercentage,
  showCategoryName: (t) => t.labels.showCategoryName,
  showSeriesName: (t) => t.labels.showSeriesName,
  position: (t) => t.labels.position,
} satisfies LoadersOf<Excel.Interfaces.ChartDataLabelsData, LabelsTarget>;

export class FakeChartDataLabels extends FakeObject<LabelsTarget> implements ApiShape<Excel.ChartDataLabels> {
  constructor(ctx: ContextCore, resolve: () => LabelsTarget) {
    super(ctx, 'ChartDataLabels', resolve, LABEL_LOADERS);
  }
  private flag(name: LabelFlag, value: boolean): void {
    this._set(name, value, (t, v) => {
      if (typeof v !== 'boolean') fail('InvalidArgument', `ChartDataLabels.${name} must be true or false.`);
      writable(t.sheet);
      t.labels[name] = v;
    });
  }
  get showValue(): boolean {
    return this._get('showValue');
  }
  set showValue(v: boolean) {
    this.flag('showValue', v);
  }
  get showPercentage(): boolean {
    return this._get('showPercentage');
  }
  set showPercentage(v: boolean) {
    this.flag('showPercentage', v);
  }
  get showCategoryName(): boolean {
    return this._get('showCategoryName');
  }
  set showCategoryName(v: boolean) {
    this.flag('showCategoryName', v);
  }
  get showSeriesName(): boolean {
    return this._get('showSeriesName');
  }
  set showSeriesName(v: boolean) {
    this.flag('showSeriesName', v);
  }
  get position(): Excel.ChartDataLabelPosition {
    return this._get('position');
  }
  set position(value: Excel.ChartDataLabelPosition | `${Excel.ChartDataLabelPosition}`) {
    this._set('position', value, (t, v) => void (writable(t.sheet), (t.labels.position = v)));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

export class FakeChartSeriesCollection extends FakeCollection<ChartTarget, FakeChartSeries> implements ApiShape<Excel.ChartSeriesCollection> {
  constructor(ctx: ContextCore, resolve: () => ChartTarget) {
    super(ctx, 'ChartSeriesCollection', resolve, { count: (t: ChartTarget) => t.chart.series.length });
  }
  protected _list(t: ChartTarget): FakeChartSeries[] {
    return t.chart.series.map((series) => new FakeChartSeries(this._ctx, () => ({ ...t, series })));
  }
  get count(): number {
    return this._get('count');
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(
      this._ctx,
      () => {
        const t = this._target();
        const series = t.chart.series[index];
        return series ? { ...t, series } : fail('ItemNotFound', `The chart has no series at index ${index}.`);
      },
      { createdBy: 'ChartSeriesCollection.getItemAt', argBytes: 8 },
    );
  }
  add(name?: string, index?: number): FakeChartSeries {
    let created: SeriesTarget | undefined;
    const proxy = new FakeChartSeries(this._ctx, () => created ?? fail('ItemNotFound', 'The series was not added.'));
    this._call('add', [name, index], (t) => {
      const series: ChartSeriesModel = { name: name ?? `Series${t.chart.series.length + 1}`, values: [], fill: null, pointFills: [], hasDataLabels: false, dataLabels: newDataLabels() };
      writable(t.sheet);
      t.chart.series.splice(index ?? t.chart.series.length, 0, series);
      created = { ...t, series };
    });
    return proxy;
  }
}

export class FakeChartSeries extends FakeObject<SeriesTarget> implements ApiShape<Excel.ChartSeries> {
  constructor(ctx: ContextCore, resolve: () => SeriesTarget, options: ObjectOptions = {}) {
    super(ctx, 'ChartSeries', resolve, { name: (t: SeriesTarget) => t.series.name, hasDataLabels: (t: SeriesTarget) => t.series.hasDataLabels }, options);
  }
  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value, (t, v) => void (writable(t.sheet), (t.series.name = String(v))));
  }
  get hasDataLabels(): boolean {
    return this._get('hasDataLabels');
  }
  set hasDataLabels(value: boolean) {
    this._set('hasDataLabels', value, (t, v) => void (writable(t.sheet), (t.series.hasDataLabels = v === true)));
  }
  get points(): FakeChartPointsCollection {
    return this._nav('points', () => new FakeChartPointsCollection(this._ctx, () => this._target()));
  }
  get dataLabels(): FakeChartDataLabels {
    this._ctx.requireApi('1.8', 'ChartSeries.dataLabels');
    return this._nav('dataLabels', () => new FakeChartDataLabels(this._ctx, () => ({ sheet: this._target().sheet, labels: this._target().series.dataLabels })));
  }
  get format(): FakeChartSeriesFormat {
    return this._nav('format', () => new FakeChartSeriesFormat(this._ctx, () => this._target()));
  }
  delete(): void {
    this._call('delete', [], (t) => void (writable(t.sheet), t.chart.series.splice(t.chart.series.indexOf(t.series), 1)));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

interface PointTarget extends SeriesTarget {
  index: number;
}

export class FakeChartPointsCollection extends FakeCollection<SeriesTarget, FakeChartPoint> implements ApiShape<Excel.ChartPointsCollection> {
  constructor(ctx: ContextCore, resolve: () => SeriesTarget) {
    super(ctx, 'ChartPointsCollection', resolve, { count: (t: SeriesTarget) => t.series.values.length });
  }
  protected _list(t: SeriesTarget): FakeChartPoint[] {
    return t.series.values.map((_, index) => new FakeChartPoint(this._ctx, () => ({ ...t, index })));
  }
  get count(): number {
    return this._get('count');
  }
  getItemAt(index: number): FakeChartPoint {
    return new FakeChartPoint(
      this._ctx,
      () => {
        const t = this._target();
        return index >= 0 && index < t.series.values.length ? { ...t, index } : fail('ItemNotFound', `The series has no point at index ${index}.`);
      },
      { createdBy: 'ChartPointsCollection.getItemAt', argBytes: 8 },
    );
  }
}

export class FakeChartPoint extends FakeObject<PointTarget> implements ApiShape<Excel.ChartPoint> {
  constructor(ctx: ContextCore, resolve: () => PointTarget, options: ObjectOptions = {}) {
    super(ctx, 'ChartPoint', resolve, { value: (t: PointTarget) => t.series.values[t.index] }, options);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors Excel.ChartPoint.value: any
  get value(): any {
    return this._get('value');
  }
  get format(): FakeChartPointFormat {
    return this._nav('format', () => new FakeChartPointFormat(this._ctx, () => this._target()));
  }
}

interface FillTarget {
  sheet: SheetModel;
  get: () => string | null;
  put: (colour: string | null) => void;
}

export class FakeChartPointFormat extends FakeObject<PointTarget> implements ApiShape<Excel.ChartPointFormat> {
  constructor(ctx: ContextCore, resolve: () => PointTarget) {
    super(ctx, 'ChartPointFormat', resolve, {});
  }
  get fill(): FakeChartFill {
    return this._nav('fill', () =>
      new FakeChartFill(this._ctx, () => {
        const t = this._target();
        return { sheet: t.sheet, get: () => t.series.pointFills[t.index] ?? t.series.fill, put: (c) => void (t.series.pointFills[t.index] = c) };
      }),
    );
  }
}

export class FakeChartSeriesFormat extends FakeObject<SeriesTarget> implements ApiShape<Excel.ChartSeriesFormat> {
  constructor(ctx: ContextCore, resolve: () => SeriesTarget) {
    super(ctx, 'ChartSeriesFormat', resolve, {});
  }
  get fill(): FakeChartFill {
    return this._nav('fill', () =>
      new FakeChartFill(this._ctx, () => {
        const t = this._target();
        return { sheet: t.sheet, get: () => t.series.fill, put: (c) => void (t.series.fill = c) };
      }),
    );
  }
}

export class FakeChartFill extends FakeObject<FillTarget> implements ApiShape<Excel.ChartFill> {
  constructor(ctx: ContextCore, resolve: () => FillTarget) {
    super(ctx, 'ChartFill', resolve, {});
  }
  setSolidColor(color: string): void {
    this._call('setSolidColor', [color], (t) => {
      const colour = normaliseColour(color, 'ChartFill.setSolidColor');
      writable(t.sheet);
      t.put(colour);
    });
  }
  clear(): void {
    this._call('clear', [], (t) => void (writable(t.sheet), t.put(null)));
  }
  getSolidColor(): OfficeExtension.ClientResult<string> {
    return this._result('getSolidColor', [], (t) => t.get() ?? '');
  }
  /** Office.js has no ChartFill.load (hence the Omit in the check below). */
  override load(): this {
    return notModelled('ChartFill.load (it does not exist in Office.js)');
  }
}

/** Plain description of a chart, for inspection in tests. */
export function describeChart(sheet: SheetModel, chart: ChartModel): Record<string, unknown> {
  return {
    name: chart.name,
    type: chart.chartType,
    source: formatAddress(chart.source.sheet.name, chart.source.rect),
    seriesBy: chart.seriesBy,
    title: chart.title.visible ? chart.title.text : null,
    legend: { ...chart.legend },
    dataLabels: { ...chart.dataLabels },
    position: { ...chart.position },
    categories: [...chart.categories],
    series: chart.series.map((s) => ({ name: s.name, values: [...s.values], fill: s.fill, pointFills: [...s.pointFills], dataLabels: { ...s.dataLabels } })),
    sheet: sheet.name,
  };
}

export const chartApiChecks: [
  NoExtraMembers<FakeChartCollection, Excel.ChartCollection>,
  NoExtraMembers<FakeChart, Excel.Chart>,
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
] = [true, true, true, true, true, true, true, true, true, true, true, true];
