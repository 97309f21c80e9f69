// Worksheets and what hangs off them: protection, page layout (headers/footers), freeze panes.

import { formatAddress, MAX_COLS, MAX_ROWS, parseRef, parseRefs, rect, type Rect } from './a1.js';
import type { ApiShape, LoadersOf, NoExtraMembers } from './api-check.js';
import { FakeChartCollection } from './chart.js';
import { FakeCollection, FakeObject, live } from './client-object.js';
import { fail } from './errors.js';
import { oneOf } from './format.js';
import { validateSheetName, type PageLayoutModel, type SheetModel, type WorkbookModel } from './model.js';
import { FakeRange, FakeRangeAreas } from './range.js';
import { FakeTableCollection } from './table.js';

function onSheet(sheet: SheetModel, address: string): Rect {
  const ref = parseRef(address);
  if (ref.sheet !== undefined && ref.sheet.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', `The address '${address}' is not on worksheet '${sheet.name}'.`);
  return ref.rect;
}

const visibleSheets = (model: WorkbookModel): SheetModel[] => model.sheets.filter((s) => s.visibility === 'Visible');
const WHOLE_SHEET = (): Rect => rect(0, 0, MAX_ROWS - 1, MAX_COLS - 1);

/** Workbook structure protection refuses adding, deleting, renaming, moving, hiding and showing sheets. */
function structureUnlocked(model: WorkbookModel, what: string): void {
  if (model.structureProtected) fail('AccessDenied', `The workbook's structure is protected, so ${what} is not allowed.`);
}

function keepOneVisible(model: WorkbookModel, sheet: SheetModel): void {
  if (visibleSheets(model).every((s) => s === sheet)) fail('InvalidOperation', 'A workbook must keep at least one visible worksheet.');
}

export class FakeWorksheet extends FakeObject<SheetModel> implements ApiShape<Excel.Worksheet> {
  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';
  static {
    this.define(
      'Worksheet',
      {
        id: (s) => live(s).id,
        name: (s) => live(s).name,
        position: (s, ctx) => ctx.model.sheets.indexOf(live(s)),
        visibility: (s) => live(s).visibility,
      } satisfies LoadersOf<Excel.Interfaces.WorksheetData, SheetModel>,
      {
        name: (s, v, ctx) => {
          structureUnlocked(ctx.model, 'renaming a sheet');
          validateSheetName(v);
          const clash = ctx.model.findSheet(v);
          if (clash && clash !== s) fail('ItemAlreadyExists', `A worksheet named '${v}' already exists.`);
          live(s).name = v;
        },
        position: (s, v, ctx) => {
          structureUnlocked(ctx.model, 'moving a sheet');
          const sheets = ctx.model.sheets;
          if (!Number.isInteger(v) || v < 0 || v >= sheets.length) fail('InvalidArgument', `Worksheet.position ${v} is out of range.`);
          sheets.splice(sheets.indexOf(live(s)), 1);
          sheets.splice(v, 0, s);
        },
        visibility: (s, v, { model }) => {
          const next = oneOf(v, ['Visible', 'Hidden', 'VeryHidden'], 'Worksheet.visibility') as SheetModel['visibility'];
          if (next !== live(s).visibility) structureUnlocked(model, 'hiding or showing a sheet');
          if (next !== 'Visible') keepOneVisible(model, live(s));
          s.visibility = next;
          if (next !== 'Visible' && model.activeSheet === s) model.activeSheet = visibleSheets(model)[0];
        },
      },
    );
  }
  private rangeOf(method: string, args: unknown[], f: (s: SheetModel) => Rect | null, nullable = false): FakeRange {
    const resolve = () => {
      const sheet = live(this._target());
      const r = f(sheet);
      return r ? { sheet, rect: r } : fail('ItemNotFound', `Worksheet.${method} found no cells.`);
    };
    return new FakeRange(this._ctx, resolve, { createdBy: `Worksheet.${method}`, argBytes: JSON.stringify(args).length, nullable });
  }
  private sheet = (): SheetModel => live(this._target());

  get protection(): FakeWorksheetProtection {
    this._ctx.requireApi('1.2', 'Worksheet.protection');
    return this._nav('protection', () => new FakeWorksheetProtection(this._ctx, this.sheet));
  }
  get tables(): FakeTableCollection {
    return this._nav('tables', () => new FakeTableCollection(this._ctx, () => ({ model: this._ctx.model, sheet: this.sheet() })));
  }
  get charts(): FakeChartCollection { return this._nav('charts', () => new FakeChartCollection(this._ctx, this.sheet)); }
  get pageLayout(): FakePageLayout {
    this._ctx.requireApi('1.9', 'Worksheet.pageLayout');
    return this._nav('pageLayout', () => new FakePageLayout(this._ctx, this.sheet));
  }
  getRange(address?: string): FakeRange {
    return this.rangeOf('getRange', [address], (s) => (address === undefined ? WHOLE_SHEET() : onSheet(s, address)));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this._ctx.requireApi('1.7', 'Worksheet.getRangeByIndexes');
    return this.rangeOf('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => rect(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1));
  }
  getCell(row: number, column: number): FakeRange { return this.rangeOf('getCell', [row, column], () => rect(row, column)); }
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
    const resolve = () => {
      const sheet = this.sheet();
      return { sheet, rects: address === undefined ? [WHOLE_SHEET()] : parseRefs(address).map((p) => onSheet(sheet, formatAddress(p.sheet ?? sheet.name, p.rect))) };
    };
    return new FakeRangeAreas(this._ctx, resolve, { createdBy: 'Worksheet.getRanges', argBytes: (address ?? '').length });
  }
  activate(): void {
    this._call('activate', [], (s, ctx) => {
      if (live(s).visibility !== 'Visible') fail('InvalidOperation', `The worksheet '${s.name}' is hidden and can't be activated.`);
      ctx.model.activeSheet = s;
    });
  }
  delete(): void {
    this._call('delete', [], (s, { model }) => {
      structureUnlocked(model, 'deleting a sheet');
      // "If the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an InvalidOperation exception."
      if (live(s).visibility === 'VeryHidden') fail('InvalidOperation', `The worksheet '${s.name}' is very hidden; make it hidden or visible before deleting it.`);
      keepOneVisible(model, live(s));
      model.sheets.splice(model.sheets.indexOf(s), 1);
      s.deleted = true;
      if (model.activeSheet === s) model.activeSheet = visibleSheets(model)[0];
    });
  }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeWorksheetCollection extends FakeCollection<WorkbookModel, FakeWorksheet> implements ApiShape<Excel.WorksheetCollection> {
  static { this.define('WorksheetCollection'); }
  protected _list(model: WorkbookModel): FakeWorksheet[] { return model.sheets.map((s) => new FakeWorksheet(this._ctx, () => s)); }
  private find(method: string, args: unknown[], pick: (m: WorkbookModel) => SheetModel | undefined, nullable = false): FakeWorksheet {
    const resolve = () => pick(this._ctx.model) ?? fail('ItemNotFound', `Worksheet not found: ${method}(${args.map((a) => JSON.stringify(a)).join(', ')}).`);
    return new FakeWorksheet(this._ctx, resolve, { createdBy: `WorksheetCollection.${method}`, argBytes: JSON.stringify(args).length, nullable });
  }
  getItem(key: string): FakeWorksheet { return this.find('getItem', [key], (m) => m.findSheet(key) ?? m.sheets.find((s) => s.id === key)); }
  getItemOrNullObject(key: string): FakeWorksheet {
    this._ctx.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
    return this.find('getItemOrNullObject', [key], (m) => m.findSheet(key) ?? m.sheets.find((s) => s.id === key), true);
  }
  getActiveWorksheet(): FakeWorksheet { return this.find('getActiveWorksheet', [], (m) => m.activeSheet); }
  override getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    return this._result('getCount', [visibleOnly], (m) => (visibleOnly ? visibleSheets(m) : m.sheets).length);
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this._call('add', [name], (m) => {
      structureUnlocked(m, 'adding a sheet');
      let n = m.sheets.length + 1;
      while (name === undefined && m.findSheet(`Sheet${n}`)) n++;
      created = m.addSheet(name ?? `Sheet${n}`);
    });
    return new FakeWorksheet(this._ctx, () => created ?? fail('ItemNotFound', 'The worksheet was not added.'));
  }
}

export class FakeWorksheetProtection extends FakeObject<SheetModel> implements ApiShape<Excel.WorksheetProtection> {
  declare readonly protected: boolean;
  static { this.define('WorksheetProtection', { protected: (s) => live(s).protected }); }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._call('protect', [options, password], (s) => void (live(s).protected = true));
  }
  unprotect(password?: string): void { this._call('unprotect', [password], (s) => void (live(s).protected = false)); }
}

export class FakePageLayout extends FakeObject<SheetModel> implements ApiShape<Excel.PageLayout> {
  declare orientation: Excel.PageOrientation | 'Portrait' | 'Landscape';
  /** Must be assigned as a whole object (pageLayout.zoom = { scale: 80 }), as documented. */
  declare zoom: Excel.PageLayoutZoomOptions;
  static {
    this.define(
      'PageLayout',
      { orientation: (s) => s.pageLayout.orientation, zoom: (s) => ({ ...s.pageLayout.zoom }) } satisfies LoadersOf<Excel.Interfaces.PageLayoutData, SheetModel>,
      {
        orientation: (s, v) => void (s.pageLayout.orientation = oneOf(v, ['Portrait', 'Landscape'], 'PageLayout.orientation')),
        zoom: (s, v: Excel.PageLayoutZoomOptions) => {
          const { scale, horizontalFitToPages: h, verticalFitToPages: w } = v ?? {};
          const badScale = scale !== undefined && (typeof scale !== 'number' || scale < 10 || scale > 400);
          const badFit = [h, w].some((n) => n !== undefined && (!Number.isInteger(n) || n < 0));
          if (!v || typeof v !== 'object' || badScale || badFit) fail('InvalidArgument', `Invalid PageLayout.zoom: ${JSON.stringify(v)}.`);
          s.pageLayout.zoom = { ...v };
        },
      },
    );
  }
  get headersFooters(): FakeHeaderFooterGroup {
    return this._nav('headersFooters', () => new FakeHeaderFooterGroup(this._ctx, () => this._target()));
  }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeHeaderFooterGroup extends FakeObject<SheetModel> implements ApiShape<Excel.HeaderFooterGroup> {
  static { this.define('HeaderFooterGroup'); }
  get defaultForAllPages(): FakeHeaderFooter { return this._nav('defaultForAllPages', () => new FakeHeaderFooter(this._ctx, () => this._target())); }
}

type HeaderFooterKey = keyof PageLayoutModel['headerFooter'];
const HF_KEYS: HeaderFooterKey[] = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

export class FakeHeaderFooter extends FakeObject<SheetModel> implements ApiShape<Excel.HeaderFooter> {
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;
  static {
    const text = (k: HeaderFooterKey) => (s: SheetModel, v: unknown) => {
      s.pageLayout.headerFooter[k] = typeof v === 'string' ? v : fail('InvalidArgument', `HeaderFooter.${k} must be text.`);
    };
    this.define(
      'HeaderFooter',
      Object.fromEntries(HF_KEYS.map((k) => [k, (s: SheetModel) => s.pageLayout.headerFooter[k]])),
      Object.fromEntries(HF_KEYS.map((k) => [k, text(k)])),
    );
  }
  set(properties: object): void { this._setMany(properties); }
}

export const worksheetApiChecks: [
  NoExtraMembers<FakeWorksheet, Excel.Worksheet>,
  NoExtraMembers<FakeWorksheetCollection, Excel.WorksheetCollection>,
  NoExtraMembers<FakeWorksheetProtection, Excel.WorksheetProtection>,
  NoExtraMembers<FakePageLayout, Excel.PageLayout>,
  NoExtraMembers<FakeHeaderFooterGroup, Excel.HeaderFooterGroup>,
  NoExtraMembers<FakeHeaderFooter, Excel.HeaderFooter>,
] = [true, true, true, true, true, true];
