// The root objects: RequestContext, Workbook, Application, and workbook settings.

import type { ApiShape, NoExtraMembers } from './api-check.js';
import { ContextCore, FakeCollection, FakeObject, live, type FakeExcelOptions, type FakeExcelStats } from './client-object.js';
import { fail } from './errors.js';
import { DEFAULT_ADDIN_ID, type WorkbookModel } from './model.js';
import { FakeNamedItemCollection } from './names.js';
import { FakeRange } from './range.js';
import { FakeTableCollection } from './table.js';
import { FakeWorksheetCollection } from './worksheet.js';

/** What Excel.run hands to the batch: typed against Excel.RequestContext. */
export class FakeRequestContext implements ApiShape<Excel.RequestContext> {
  private readonly core: ContextCore;
  private root: FakeWorkbook | undefined;
  readonly trackedObjects: OfficeExtension.TrackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(model: WorkbookModel, options: FakeExcelOptions, stats: FakeExcelStats) {
    this.core = new ContextCore(model, options, stats);
    this.core.facade = this;
  }
  static core(context: FakeRequestContext): ContextCore { return context.core; }
  get workbook(): FakeWorkbook { return (this.root ??= new FakeWorkbook(this.core, () => this.core.model)); }
  get application(): FakeApplication { return this.workbook.application; }
  sync<T>(passThroughValue?: T): Promise<T> { return this.core.sync().then(() => passThroughValue as T); }
  load(object: OfficeExtension.ClientObject | FakeObject<unknown>, option?: string | string[] | OfficeExtension.LoadOption): void {
    if (!(object instanceof FakeObject)) fail('InvalidArgument', 'context.load expects a fake-excel proxy.');
    object.load(option);
  }
}

export class FakeWorkbook extends FakeObject<WorkbookModel> implements ApiShape<Excel.Workbook> {
  declare readonly name: string;
  declare readonly readOnly: boolean;
  static {
    this.define('Workbook', {
      name: (m) => m.name,
      readOnly: (m, ctx) => (ctx.requireApi('1.8', 'Workbook.readOnly'), m.readOnly),
    });
  }
  get worksheets(): FakeWorksheetCollection { return this._nav('worksheets', () => new FakeWorksheetCollection(this._ctx, () => this._ctx.model)); }
  get names(): FakeNamedItemCollection { return this._nav('names', () => new FakeNamedItemCollection(this._ctx, () => this._ctx.model)); }
  get tables(): FakeTableCollection { return this._nav('tables', () => new FakeTableCollection(this._ctx, () => ({ model: this._ctx.model }))); }
  get settings(): FakeSettingCollection {
    this._ctx.requireApi('1.4', 'Workbook.settings');
    return this._nav('settings', () => new FakeSettingCollection(this._ctx, () => this._ctx.model));
  }
  get protection(): FakeWorkbookProtection {
    this._ctx.requireApi('1.7', 'Workbook.protection');
    return this._nav('protection', () => new FakeWorkbookProtection(this._ctx, () => this._ctx.model));
  }
  get application(): FakeApplication { return this._nav('application', () => new FakeApplication(this._ctx, () => this._ctx.model)); }
  private selected(method: string, cellOnly: boolean): FakeRange {
    const resolve = () => {
      const sheet = live(this._ctx.model.activeSheet ?? fail('InvalidSelection'));
      const { r0, c0 } = sheet.selection;
      return { sheet, rect: cellOnly ? { r0, c0, r1: r0, c1: c0 } : sheet.selection };
    };
    return new FakeRange(this._ctx, resolve, { createdBy: `Workbook.${method}` });
  }
  getSelectedRange(): FakeRange { return this.selected('getSelectedRange', false); }
  getActiveCell(): FakeRange {
    this._ctx.requireApi('1.7', 'Workbook.getActiveCell');
    return this.selected('getActiveCell', true);
  }
}

/** Review > Protect Workbook: the structure (which sheets there are, their names, order and visibility) is locked. */
export class FakeWorkbookProtection extends FakeObject<WorkbookModel> implements ApiShape<Excel.WorkbookProtection> {
  declare readonly protected: boolean;
  static { this.define('WorkbookProtection', { protected: (m) => m.structureProtected }); }
  protect(password?: string): void { this._call('protect', [password], (m) => void (m.structureProtected = true)); }
  unprotect(password?: string): void { this._call('unprotect', [password], (m) => void (m.structureProtected = false)); }
}

export class FakeApplication extends FakeObject<WorkbookModel> implements ApiShape<Excel.Application> {
  static { this.define('Application'); }
  suspendScreenUpdatingUntilNextSync(): void {
    this._ctx.requireApi('1.9', 'Application.suspendScreenUpdatingUntilNextSync');
    this._call('suspendScreenUpdatingUntilNextSync', [], () => void (this._ctx.screenUpdatingSuspended = true));
  }
}

/** Plain JSON data only: nothing JSON would drop or change (undefined, NaN, Dates, class instances). */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.values(value).every(isPlainJson);
}

/** Settings are stored as JSON text; a value that would not survive JSON unchanged is refused. */
function toJson(value: unknown, key: string): string {
  if (!isPlainJson(value)) fail('InvalidArgument', `The value of setting '${key}' is not plain JSON data (fake-excel refuses what JSON would drop or change).`);
  return JSON.stringify(value);
}

interface SettingTarget {
  settings: Map<string, string>;
  key: string;
}

export class FakeSettingCollection extends FakeCollection<WorkbookModel, FakeSetting> implements ApiShape<Excel.SettingCollection> {
  static { this.define('SettingCollection'); }
  /** This add-in's settings only: "the scope is limited to per file and add-in". */
  private own(model: WorkbookModel): Map<string, string> { return model.settingsOf(this._ctx.options.addinId ?? DEFAULT_ADDIN_ID); }
  protected _list(model: WorkbookModel): FakeSetting[] {
    const settings = this.own(model);
    return [...settings.keys()].map((key) => new FakeSetting(this._ctx, () => ({ settings, key })));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors Excel.SettingCollection.add(key, value: any)
  add(key: string, value: any): FakeSetting {
    this._call('add', [key, value], (model) => {
      if (typeof key !== 'string' || key === '') fail('InvalidArgument', 'A setting key must be non-empty text.');
      this.own(model).set(key, toJson(value, key));
    });
    return new FakeSetting(this._ctx, () => ({ settings: this.own(this._ctx.model), key }));
  }
  private find(method: string, key: string, nullable: boolean): FakeSetting {
    const resolve = () => {
      const settings = this.own(this._ctx.model);
      return settings.has(key) ? { settings, key } : fail('ItemNotFound', `There is no setting '${key}'.`);
    };
    return new FakeSetting(this._ctx, resolve, { createdBy: `SettingCollection.${method}`, argBytes: key.length, nullable });
  }
  getItem(key: string): FakeSetting { return this.find('getItem', key, false); }
  getItemOrNullObject(key: string): FakeSetting { return this.find('getItemOrNullObject', key, true); }
}

function existing(t: SettingTarget): string {
  return t.settings.get(t.key) ?? fail('ItemNotFound', `There is no setting '${t.key}'.`);
}

export class FakeSetting extends FakeObject<SettingTarget> implements ApiShape<Excel.Setting> {
  declare readonly key: string;
  declare value: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- mirrors Excel.Setting.value: any
  static {
    this.define(
      'Setting',
      { key: (t) => t.key, value: (t) => JSON.parse(existing(t)) as unknown },
      { value: (t, v) => void t.settings.set(t.key, existing(t) && toJson(v, t.key)) },
    );
  }
  delete(): void { this._call('delete', [], (t) => void (existing(t), t.settings.delete(t.key))); }
  set(properties: object): void { this._setMany(properties); }
}

export const workbookApiChecks: [
  NoExtraMembers<FakeRequestContext, Excel.RequestContext>,
  NoExtraMembers<FakeWorkbook, Excel.Workbook>,
  NoExtraMembers<FakeApplication, Excel.Application>,
  NoExtraMembers<FakeWorkbookProtection, Excel.WorkbookProtection>,
  NoExtraMembers<FakeSettingCollection, Excel.SettingCollection>,
  NoExtraMembers<FakeSetting, Excel.Setting>,
] = [true, true, true, true, true, true];
