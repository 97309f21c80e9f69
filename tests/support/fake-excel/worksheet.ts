// Worksheets and what hangs off them: protection, page layout (headers/footers), freeze panes.

import { formatAddress, MAX_COLS, MAX_ROWS, parseRef, parseRefs, rect, type Rect } from './a1.js';
import type { ApiShape, LoadersOf, NoExtraMembers } from './api-check.js';
import { FakeChartCollection } from './chart.js';
import { FakeCollection, FakeObject, live, type ContextCore, type ObjectOptions } from './client-object.js';
import { fail, notModelled } from './errors.js';
import { normaliseColour, validateSheetName, type PageLayoutModel, type SheetModel, type WorkbookModel } from './model.js';
import { FakeRange, FakeRangeAreas } from './range.js';
import { FakeTableCollection } from './table.js';

function onSheet(sheet: SheetModel, address: string): Rect {
  const ref = parseRef(address);
  if (ref.sheet !== undefined && ref.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
    fail('InvalidArgument', `The address '${address}' is not on worksheet '${sheet.name}'.`);
  }
  return ref.rect;
}

/** An address (or range proxy) as text qualified with its sheet, for page-layout settings. */
function addressOf(ctx: ContextCore, sheet: SheetModel, target: unknown): string {
  if (typeof target === 'string') return formatAddress(sheet.name, onSheet(sheet, target));
  if (target instanceof FakeRange) {
    const t = FakeObject.targetOf(target, ctx);
    return formatAddress(t.sheet.name, t.rect);
  }
  if (target instanceof FakeRangeAreas) {
    const t = FakeObject.targetOf(target, ctx);
    return t.rects.map((r) => formatAddress(t.sheet.name, r)).join(', ');
  }
  return fail('InvalidArgument', 'Expected an address or a Range.');
}

function visibleSheets(model: WorkbookModel): SheetModel[] {
  return model.sheets.filter((s) => s.visibility === 'Visible');
}

const SHEET_LOADERS = {
  id: (s) => live(s).id,
  name: (s) => live(s).name,
  visibility: (s) => live(s).visibility,
  tabColor: (s) => live(s).tabColor,
  showGridlines: (s) => live(s).showGridlines,
} satisfies LoadersOf<Excel.Interfaces.WorksheetData, SheetModel>;

export class FakeWorksheet extends FakeObject<SheetModel> implements ApiShape<Excel.Worksheet> {
  constructor(ctx: ContextCore, resolve: () => SheetModel, options: ObjectOptions = {}) {
    super(ctx, 'Worksheet', resolve, { ...SHEET_LOADERS, position: (s: SheetModel) => ctx.model.sheets.indexOf(live(s)) }, options);
  }
  private rangeOf(method: string, args: unknown[], f: (s: SheetModel) => Rect | null, nullable = false): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const sheet = live(this._target());
        const r = f(sheet);
        return r ? { sheet, rect: r } : fail('ItemNotFound', `Worksheet.${method} found no cells.`);
      },
      { createdBy: `Worksheet.${method}`, argBytes: JSON.stringify(args).length, nullable },
    );
  }

  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value, (s, v) => {
      validateSheetName(v);
      const clash = this._ctx.model.findSheet(v);
      if (clash && clash !== s) fail('ItemAlreadyExists', `A worksheet named '${v}' already exists.`);
      live(s).name = v;
    });
  }
  get position(): number {
    return this._get('position');
  }
  set position(value: number) {
    this._set('position', value, (s, v) => {
      const sheets = this._ctx.model.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) fail('InvalidArgument', `Worksheet.position ${v} is out of range.`);
      sheets.splice(sheets.indexOf(live(s)), 1);
      sheets.splice(v, 0, s);
    });
  }
  get visibility(): Excel.SheetVisibility {
    return this._get('visibility');
  }
  set visibility(value: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this._set('visibility', value, (s, v) => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) fail('InvalidArgument', `'${v}' is not a SheetVisibility.`);
      const model = this._ctx.model;
      if (v !== 'Visible' && visibleSheets(model).every((x) => x === s)) fail('InvalidOperation', 'A workbook must keep at least one visible worksheet.');
      live(s).visibility = v as SheetModel['visibility'];
      if (v !== 'Visible' && model.activeSheet === s) model.activeSheet = visibleSheets(model)[0];
    });
  }
  get tabColor(): string {
    return this._get('tabColor');
  }
  set tabColor(value: string) {
    this._set('tabColor', value, (s, v) => void (live(s).tabColor = v === '' ? '' : normaliseColour(v, 'Worksheet.tabColor')));
  }
  get showGridlines(): boolean {
    return this._get('showGridlines');
  }
  set showGridlines(value: boolean) {
    this._set('showGridlines', value, (s, v) => void (live(s).showGridlines = v === true));
  }

  get protection(): FakeWorksheetProtection {
    this._ctx.requireApi('1.2', 'Worksheet.protection');
    return this._nav('protection', () => new FakeWorksheetProtection(this._ctx, () => this._target()));
  }
  get tables(): FakeTableCollection {
    return this._nav('tables', () => new FakeTableCollection(this._ctx, () => ({ model: this._ctx.model, sheet: live(this._target()) })));
  }
  get charts(): FakeChartCollection {
    return this._nav('charts', () => new FakeChartCollection(this._ctx, () => live(this._target())));
  }
  get pageLayout(): FakePageLayout {
    this._ctx.requireApi('1.9', 'Worksheet.pageLayout');
    return this._nav('pageLayout', () => new FakePageLayout(this._ctx, () => live(this._target())));
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    this._ctx.requireApi('1.7', 'Worksheet.freezePanes');
    return this._nav('freezePanes', () => new FakeWorksheetFreezePanes(this._ctx, () => live(this._target())));
  }

  getRange(address?: string): FakeRange {
    return this.rangeOf('getRange', [address], (s) => (address === undefined ? rect(0, 0, MAX_ROWS - 1, MAX_COLS - 1) : onSheet(s, address)));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this._ctx.requireApi('1.7', 'Worksheet.getRangeByIndexes');
    return this.rangeOf('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () =>
      rect(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1),
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.rangeOf('getCell', [row, column], () => rect(row, column));
  }
  /** A blank sheet's used range is A1, as documented. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.rangeOf('getUsedRange', [valuesOnly], (s) => s.usedRect(valuesOnly === true) ?? rect(0, 0));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this._ctx.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return this.rangeOf('getUsedRangeOrNullObject', [valuesOnly], (s) => s.usedRect(valuesOnly === true), true);
  }
  getRanges(address?: string): FakeRangeAreas {
    this._ctx.requireApi('1.9', 'Worksheet.getRanges');
    return new FakeRangeAreas(
      this._ctx,
      () => {
        const sheet = live(this._target());
        const rects = address === undefined ? [rect(0, 0, MAX_ROWS - 1, MAX_COLS - 1)] : parseRefs(address).map((p) => onSheet(sheet, formatAddress(p.sheet ?? sheet.name, p.rect)));
        return { sheet, rects };
      },
      { createdBy: 'Worksheet.getRanges', argBytes: (address ?? '').length },
    );
  }
  activate(): void {
    this._call('activate', [], (s) => {
      if (live(s).visibility !== 'Visible') fail('InvalidOperation', `The worksheet '${s.name}' is hidden and can't be activated.`);
      this._ctx.model.activeSheet = s;
    });
  }
  delete(): void {
    this._call('delete', [], (s) => {
      const model = this._ctx.model;
      if (visibleSheets(model).every((x) => x === live(s))) fail('InvalidOperation', 'A workbook must keep at least one visible worksheet.');
      model.sheets.splice(model.sheets.indexOf(s), 1);
      s.deleted = true;
      if (model.activeSheet === s) model.activeSheet = visibleSheets(model)[0];
    });
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

export class FakeWorksheetCollection extends FakeCollection<WorkbookModel, FakeWorksheet> implements ApiShape<Excel.WorksheetCollection> {
  constructor(ctx: ContextCore) {
    super(ctx, 'WorksheetCollection', () => ctx.model, {});
  }
  protected _list(model: WorkbookModel): FakeWorksheet[] {
    return model.sheets.map((s) => new FakeWorksheet(this._ctx, () => s));
  }
  private find(method: string, args: unknown[], pick: (m: WorkbookModel) => SheetModel | undefined, nullable = false): FakeWorksheet {
    return new FakeWorksheet(
      this._ctx,
      () => pick(this._ctx.model) ?? fail('ItemNotFound', `Worksheet not found: ${method}(${args.map((a) => JSON.stringify(a)).join(', ')}).`),
      { createdBy: `WorksheetCollection.${method}`, argBytes: JSON.stringify(args).length, nullable },
    );
  }
  getItem(key: string): FakeWorksheet {
    return this.find('getItem', [key], (m) => m.findSheet(key) ?? m.sheets.find((s) => s.id === key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this._ctx.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
    return this.find('getItemOrNullObject', [key], (m) => m.findSheet(key) ?? m.sheets.find((s) => s.id === key), true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return this.find('getActiveWorksheet', [], (m) => m.activeSheet);
  }
  getFirst(visibleOnly?: boolean): FakeWorksheet {
    return this.find('getFirst', [visibleOnly], (m) => (visibleOnly ? visibleSheets(m) : m.sheets)[0]);
  }
  getLast(visibleOnly?: boolean): FakeWorksheet {
    return this.find('getLast', [visibleOnly], (m) => (visibleOnly ? visibleSheets(m) : m.sheets).at(-1));
  }
  override getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    return this._result('getCount', [visibleOnly], (m) => (visibleOnly ? visibleSheets(m) : m.sheets).length);
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    const sheet = new FakeWorksheet(this._ctx, () => created ?? fail('ItemNotFound', 'The worksheet was not added.'));
    this._call('add', [name], (m) => {
      let auto = m.sheets.length + 1;
      while (name === undefined && m.findSheet(`Sheet${auto}`)) auto++;
      created = m.addSheet(name ?? `Sheet${auto}`);
    });
    return sheet;
  }
}

export class FakeWorksheetProtection extends FakeObject<SheetModel> implements ApiShape<Excel.WorksheetProtection> {
  constructor(ctx: ContextCore, resolve: () => SheetModel) {
    super(ctx, 'WorksheetProtection', resolve, { protected: (s: SheetModel) => live(s).protected });
  }
  get protected(): boolean {
    return this._get('protected');
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._call('protect', [options, password], (s) => void (live(s).protected = true));
  }
  unprotect(password?: string): void {
    this._call('unprotect', [password], (s) => void (live(s).protected = false));
  }
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAGE_LOADERS = {
  orientation: (s) => s.pageLayout.orientation,
  zoom: (s) => ({ ...s.pageLayout.zoom }),
} satisfies LoadersOf<Excel.Interfaces.PageLayoutData, SheetModel>;

export class FakePageLayout extends FakeObject<SheetModel> implements ApiShape<Excel.PageLayout> {
  constructor(ctx: ContextCore, resolve: () => SheetModel) {
    super(ctx, 'PageLayout', resolve, PAGE_LOADERS);
  }
  get orientation(): Excel.PageOrientation {
    return this._get('orientation');
  }
  set orientation(value: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    this._set('orientation', value, (s, v) => {
      if (!ORIENTATIONS.includes(v)) fail('InvalidArgument', `'${v}' is not a PageOrientation.`);
      s.pageLayout.orientation = v;
    });
  }
  /** Must be assigned as a whole object (pageLayout.zoom = { scale: 80 }), as documented. */
  get zoom(): Excel.PageLayoutZoomOptions {
    return this._get('zoom');
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this._set('zoom', value, (s, v) => {
      const { scale, horizontalFitToPages: h, verticalFitToPages: w } = (v ?? {}) as Excel.PageLayoutZoomOptions;
      const badScale = scale !== undefined && (typeof scale !== 'number' || scale < 10 || scale > 400);
      const badFit = [h, w].some((n) => n !== undefined && (!Number.isInteger(n) || n < 0));
      if (!v || typeof v !== 'object' || badScale || badFit) fail('InvalidArgument', `Invalid PageLayout.zoom: ${JSON.stringify(v)}.`);
      s.pageLayout.zoom = { ...v };
    });
  }
  get headersFooters(): FakeHeaderFooterGroup {
    return this._nav('headersFooters', () => new FakeHeaderFooterGroup(this._ctx, () => this._target()));
  }
  setPrintTitleRows(printTitleRows: FakeRange | Excel.Range | string): void {
    this._call('setPrintTitleRows', [String(printTitleRows)], (s) => void (s.pageLayout.printTitleRows = addressOf(this._ctx, s, printTitleRows)));
  }
  setPrintArea(printArea: FakeRange | FakeRangeAreas | Excel.Range | Excel.RangeAreas | string): void {
    this._call('setPrintArea', [String(printArea)], (s) => void (s.pageLayout.printArea = addressOf(this._ctx, s, printArea)));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

export class FakeHeaderFooterGroup extends FakeObject<SheetModel> implements ApiShape<Excel.HeaderFooterGroup> {
  constructor(ctx: ContextCore, resolve: () => SheetModel) {
    super(ctx, 'HeaderFooterGroup', resolve, {});
  }
  get defaultForAllPages(): FakeHeaderFooter {
    return this._nav('defaultForAllPages', () => new FakeHeaderFooter(this._ctx, () => this._target()));
  }
}

type HeaderFooterKey = keyof PageLayoutModel['headerFooter'];
const HF_KEYS: HeaderFooterKey[] = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

export class FakeHeaderFooter extends FakeObject<SheetModel> implements ApiShape<Excel.HeaderFooter> {
  constructor(ctx: ContextCore, resolve: () => SheetModel) {
    super(ctx, 'HeaderFooter', resolve, Object.fromEntries(HF_KEYS.map((k) => [k, (s: SheetModel) => s.pageLayout.headerFooter[k]])));
  }
  private text(key: HeaderFooterKey, value: string): void {
    this._set(key, value, (s, v) => {
      if (typeof v !== 'string') fail('InvalidArgument', `HeaderFooter.${key} must be text.`);
      s.pageLayout.headerFooter[key] = v;
    });
  }
  get leftHeader(): string {
    return this._get('leftHeader');
  }
  set leftHeader(v: string) {
    this.text('leftHeader', v);
  }
  get centerHeader(): string {
    return this._get('centerHeader');
  }
  set centerHeader(v: string) {
    this.text('centerHeader', v);
  }
  get rightHeader(): string {
    return this._get('rightHeader');
  }
  set rightHeader(v: string) {
    this.text('rightHeader', v);
  }
  get leftFooter(): string {
    return this._get('leftFooter');
  }
  set leftFooter(v: string) {
    this.text('leftFooter', v);
  }
  get centerFooter(): string {
    return this._get('centerFooter');
  }
  set centerFooter(v: string) {
    this.text('centerFooter', v);
  }
  get rightFooter(): string {
    return this._get('rightFooter');
  }
  set rightFooter(v: string) {
    this.text('rightFooter', v);
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

export class FakeWorksheetFreezePanes extends FakeObject<SheetModel> implements ApiShape<Excel.WorksheetFreezePanes> {
  constructor(ctx: ContextCore, resolve: () => SheetModel) {
    super(ctx, 'WorksheetFreezePanes', resolve, {});
  }
  freezeRows(count = 1): void {
    this._call('freezeRows', [count], (s) => void (live(s).frozen = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this._call('freezeColumns', [count], (s) => void (live(s).frozen = { rows: 0, columns: count }));
  }
  unfreeze(): void {
    this._call('unfreeze', [], (s) => void (live(s).frozen = { rows: 0, columns: 0 }));
  }
  /** Office.js has no WorksheetFreezePanes.load (hence the Omit in the check below). */
  override load(): this {
    return notModelled('WorksheetFreezePanes.load (it does not exist in Office.js)');
  }
}

export const worksheetApiChecks: [
  NoExtraMembers<FakeWorksheet, Excel.Worksheet>,
  NoExtraMembers<FakeWorksheetCollection, Excel.WorksheetCollection>,
  NoExtraMembers<FakeWorksheetProtection, Excel.WorksheetProtection>,
  NoExtraMembers<FakePageLayout, Excel.PageLayout>,
  NoExtraMembers<FakeHeaderFooterGroup, Excel.HeaderFooterGroup>,
  NoExtraMembers<FakeHeaderFooter, Excel.HeaderFooter>,
  NoExtraMembers<Omit<FakeWorksheetFreezePanes, 'load'>, Excel.WorksheetFreezePanes>,
] = [true, true, true, true, true, true, true];
