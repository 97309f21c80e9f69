// Conditional formats: containsText (textComparison), cellValue and custom rules, each with a fill
// and font. Other types (data bars, icon sets, ...) throw NotImplemented when added.

import { formatAddress, subtract } from './a1.js';
import type { ApiShape, LoadersOf, NoExtraMembers } from './api-check.js';
import { FakeCollection, FakeObject, live, writable } from './client-object.js';
import { fail, notModelled } from './errors.js';
import { bool, type CellsTarget } from './format.js';
import { normaliseColour, type ConditionalFormatModel, type SheetModel } from './model.js';
import { FakeRange, FakeRangeAreas } from './range.js';

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
  /** Its place in the collection it was reached through, which is all its id is: see positional(). */
  position?: number;
  /** Set once a priority change went through this proxy: see unmoved(). */
  moved?: boolean;
}

/**
 * "If you change the priority, you have to re-fetch a new copy of the object at that new priority
 * location if you want to make further changes to it" (ConditionalFormat.priority). The fake takes
 * that at its word: any later change through the same proxy, or one reached from it, fails.
 */
function unmoved(t: CfTarget): CfTarget {
  if (t.moved) {
    fail('InvalidOperation', 'This conditional format was moved by a priority change; fetch it again (e.g. conditionalFormats.getItem(id)) before changing it further.');
  }
  return t;
}

const SUPPORTED = ['ContainsText', 'CellValue', 'Custom'] as const;
const TEXT_OPERATORS = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'];
const VALUE_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];

/** Excel's limit on a formula's length, conditional-format formulas included. */
export const MAX_FORMULA_LENGTH = 8192;

export function checkCfFormula(v: unknown): string {
  if (typeof v !== 'string' || !v.startsWith('=')) fail('InvalidArgument', `A custom conditional format formula must start with "=": '${String(v)}'.`);
  if (v.length > MAX_FORMULA_LENGTH) fail('InvalidArgument', `The formula is ${v.length} characters long; Excel allows ${MAX_FORMULA_LENGTH}.`);
  return v;
}

/**
 * Keeps a sheet's conditional formats in priority order, numbered 0..n-1 with no gaps, as Excel
 * does after every add, delete or priority change ("to allow for a contiguous priority order").
 */
function renumber(sheet: SheetModel): void {
  sheet.conditionalFormats.sort((a, b) => a.priority - b.priority);
  sheet.conditionalFormats.forEach((cf, i) => (cf.priority = i));
}

/** ConditionalFormat.priority = v: negative counts from the back (-1 is last); out of range is clamped. */
function movePriority(sheet: SheetModel, cf: ConditionalFormatModel, v: unknown): void {
  if (!Number.isInteger(v)) fail('InvalidArgument', 'ConditionalFormat.priority must be a whole number.');
  const list = sheet.conditionalFormats;
  const last = list.length - 1;
  const wanted = Number(v) < 0 ? last + 1 + Number(v) : Number(v);
  list.splice(list.indexOf(cf), 1);
  list.splice(Math.min(last, Math.max(0, wanted)), 0, cf);
  list.forEach((x, i) => (x.priority = i));
}

function removeCf(sheet: SheetModel, cf: ConditionalFormatModel): void {
  sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
  renumber(sheet);
}

/**
 * A format reached through a collection (its items, getItem(id), getItemAt) is the one at that
 * place when each command runs, not a fixed object: its id is documented as "the priority of the
 * conditional format in the current ConditionalFormatCollection", so after a delete or an add the
 * same id names another format, as in Excel. Deleting several by their items goes from the last.
 */
function positional(sheet: SheetModel, rects: CellsTarget['rects'], position: number, asked: string): CfTarget {
  const at = (): ConditionalFormatModel => live(sheet).conditionalFormatsOn(rects)[position] ?? fail('ItemNotFound', `No conditional format at ${asked}.`);
  at();
  return { sheet, position, get cf() { return at(); } };
}

export class FakeConditionalFormatCollection
  extends FakeCollection<CellsTarget, FakeConditionalFormat>
  implements ApiShape<Excel.ConditionalFormatCollection>
{
  static { this.define('ConditionalFormatCollection'); }
  protected _list(t: CellsTarget): FakeConditionalFormat[] {
    return live(t.sheet).conditionalFormatsOn(t.rects).map((_cf, i) => new FakeConditionalFormat(this._ctx, () => positional(t.sheet, t.rects, i, `position ${i}`)));
  }
  add(type: Excel.ConditionalFormatType | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue'): FakeConditionalFormat {
    if (!(SUPPORTED as readonly string[]).includes(type)) notModelled(`ConditionalFormatCollection.add('${type}')`);
    let created: CfTarget | undefined;
    const proxy = new FakeConditionalFormat(this._ctx, () => created ?? fail('ItemNotFound', 'The conditional format was not created.'));
    this._call('add', [type], (t) => {
      const sheet = writable(t.sheet);
      const cf = { id: Number(this._ctx.model.newId('')), type: type as ConditionalFormatModel['type'], rects: [...t.rects], rule: null, format: {}, priority: -1, stopIfTrue: false };
      sheet.conditionalFormats.unshift(cf); // a new format goes first, at priority 0
      renumber(sheet);
      created = { sheet, cf };
    });
    return proxy;
  }
  /** Clears formats from this range only: a rule reaching outside it keeps the cells outside. */
  clearAll(): void {
    this._call('clearAll', [], (t) => {
      const sheet = writable(t.sheet);
      for (const cf of sheet.conditionalFormatsOn(t.rects)) {
        cf.rects = t.rects.reduce((left, cut) => left.flatMap((r) => subtract(r, cut)), cf.rects);
        if (cf.rects.length === 0) removeCf(sheet, cf);
      }
    });
  }
  private lookup(method: string, position: number, nullable = false): FakeConditionalFormat {
    const resolve = (): CfTarget => {
      const t = this._target();
      return Number.isInteger(position) && position >= 0 ? positional(t.sheet, t.rects, position, `${method}(${position})`) : fail('ItemNotFound', `No conditional format matches ${method}(${position}).`);
    };
    return new FakeConditionalFormat(this._ctx, resolve, { createdBy: `ConditionalFormatCollection.${method}`, argBytes: 8, nullable });
  }
  getItem(id: string): FakeConditionalFormat { return this.lookup('getItem', Number(id)); }
  getItemOrNullObject(id: string): FakeConditionalFormat { return this.lookup('getItemOrNullObject', Number(id), true); }
  getItemAt(index: number): FakeConditionalFormat { return this.lookup('getItemAt', index); }
}

function ofType(get: () => CfTarget, type: ConditionalFormatModel['type'], member: string): () => CfTarget {
  return () => {
    const t = get();
    return t.cf.type === type ? t : fail('InvalidOperation', `ConditionalFormat.${member} is not available on a '${t.cf.type}' conditional format.`);
  };
}

/** Every change to a conditional format first checks its sheet is writable. */
const edit = <V>(apply: (cf: ConditionalFormatModel, v: V) => void) => (t: CfTarget, v: V): void => apply(writable(unmoved(t).sheet) && t.cf, v);

export class FakeConditionalFormat extends FakeObject<CfTarget> implements ApiShape<Excel.ConditionalFormat> {
  declare readonly id: string;
  declare readonly type: Excel.ConditionalFormatType;
  declare priority: number;
  declare stopIfTrue: boolean;
  static {
    this.define(
      'ConditionalFormat',
      {
        id: (t) => String(t.position ?? t.cf.priority),
        priority: (t) => t.cf.priority,
        stopIfTrue: (t) => t.cf.stopIfTrue,
        type: (t) => t.cf.type,
      } satisfies LoadersOf<Excel.Interfaces.ConditionalFormatData, CfTarget>,
      {
        priority: (t, v) => {
          movePriority(writable(unmoved(t).sheet), t.cf, v);
          t.moved = true;
        },
        stopIfTrue: edit((cf, v) => (cf.stopIfTrue = bool(v, 'ConditionalFormat.stopIfTrue'))),
      },
    );
  }
  get textComparison(): FakeTextConditionalFormat {
    return this._nav('textComparison', () => new FakeTextConditionalFormat(this._ctx, ofType(() => this._target(), 'ContainsText', 'textComparison')));
  }
  get cellValue(): FakeCellValueConditionalFormat {
    return this._nav('cellValue', () => new FakeCellValueConditionalFormat(this._ctx, ofType(() => this._target(), 'CellValue', 'cellValue')));
  }
  get custom(): FakeCustomConditionalFormat {
    return this._nav('custom', () => new FakeCustomConditionalFormat(this._ctx, ofType(() => this._target(), 'Custom', 'custom')));
  }
  /** The custom format's properties, or a null object on a format of another type. */
  get customOrNullObject(): FakeCustomConditionalFormat {
    const resolve = (): CfTarget => {
      const t = this._target();
      return t.cf.type === 'Custom' ? t : fail('ItemNotFound', `The conditional format is a '${t.cf.type}' one, not a custom one.`);
    };
    return this._nav('customOrNullObject', () => new FakeCustomConditionalFormat(this._ctx, resolve, { nullable: true }));
  }
  getRange(): FakeRange {
    const resolve = () => {
      const { sheet, cf } = this._target();
      return cf.rects.length === 1 ? { sheet, rect: cf.rects[0]! } : fail('InvalidOperation', 'The conditional format covers several areas; use getRanges().');
    };
    return new FakeRange(this._ctx, resolve, { createdBy: 'ConditionalFormat.getRange' });
  }
  getRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this._ctx, () => ({ sheet: this._target().sheet, rects: this._target().cf.rects }), { createdBy: 'ConditionalFormat.getRanges' });
  }
  delete(): void { this._call('delete', [], (t) => removeCf(writable(unmoved(t).sheet), t.cf)); }
  set(properties: object): void { this._setMany(properties); }
}

function checkRule(rule: unknown, type: ConditionalFormatModel['type']): Record<string, unknown> {
  const r = (rule && typeof rule === 'object' ? rule : {}) as Record<string, unknown>;
  const ok =
    type === 'ContainsText'
      ? TEXT_OPERATORS.includes(String(r['operator'])) && typeof r['text'] === 'string'
      : VALUE_OPERATORS.includes(String(r['operator'])) && typeof r['formula1'] === 'string' &&
        (r['formula2'] === undefined || typeof r['formula2'] === 'string') &&
        (!String(r['operator']).includes('Between') || typeof r['formula2'] === 'string');
  if (!ok) fail('InvalidArgument', `Invalid ${type} rule: ${JSON.stringify(rule)}.`);
  for (const k of ['text', 'formula1', 'formula2']) {
    if (String(r[k] ?? '').length > MAX_FORMULA_LENGTH) fail('InvalidArgument', `The rule's ${k} is longer than Excel's ${MAX_FORMULA_LENGTH} characters.`);
  }
  return { ...r };
}

export class FakeTextConditionalFormat extends FakeObject<CfTarget> implements ApiShape<Excel.TextConditionalFormat> {
  declare rule: Excel.ConditionalTextComparisonRule;
  static { this.define('TextConditionalFormat', { rule: (t) => t.cf.rule }, { rule: edit((cf, v) => (cf.rule = checkRule(v, 'ContainsText'))) }); }
  get format(): FakeConditionalRangeFormat { return this._nav('format', () => new FakeConditionalRangeFormat(this._ctx, () => this._target())); }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeCellValueConditionalFormat extends FakeObject<CfTarget> implements ApiShape<Excel.CellValueConditionalFormat> {
  declare rule: Excel.ConditionalCellValueRule;
  static { this.define('CellValueConditionalFormat', { rule: (t) => t.cf.rule }, { rule: edit((cf, v) => (cf.rule = checkRule(v, 'CellValue'))) }); }
  get format(): FakeConditionalRangeFormat { return this._nav('format', () => new FakeConditionalRangeFormat(this._ctx, () => this._target())); }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeCustomConditionalFormat extends FakeObject<CfTarget> implements ApiShape<Excel.CustomConditionalFormat> {
  static { this.define('CustomConditionalFormat'); }
  get format(): FakeConditionalRangeFormat { return this._nav('format', () => new FakeConditionalRangeFormat(this._ctx, () => this._target())); }
  get rule(): FakeConditionalFormatRule { return this._nav('rule', () => new FakeConditionalFormatRule(this._ctx, () => this._target())); }
  set(properties: object): void { this._setMany(properties); }
}

function customFormula(cf: ConditionalFormatModel, v: unknown): void {
  cf.rule = { formula: checkCfFormula(v) };
}

export class FakeConditionalFormatRule extends FakeObject<CfTarget> implements ApiShape<Excel.ConditionalFormatRule> {
  declare formula: string;
  declare formulaLocal: string;
  static {
    const formula = (t: CfTarget): string => (t.cf.rule?.['formula'] as string | undefined) ?? '';
    this.define(
      'ConditionalFormatRule',
      { formula, formulaLocal: formula } satisfies LoadersOf<Excel.Interfaces.ConditionalFormatRuleData, CfTarget>,
      { formula: edit(customFormula), formulaLocal: edit(customFormula) },
    );
  }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeConditionalRangeFormat extends FakeObject<CfTarget> implements ApiShape<Excel.ConditionalRangeFormat> {
  static { this.define('ConditionalRangeFormat'); }
  get fill(): FakeConditionalRangeFill { return this._nav('fill', () => new FakeConditionalRangeFill(this._ctx, () => this._target())); }
  get font(): FakeConditionalRangeFont { return this._nav('font', () => new FakeConditionalRangeFont(this._ctx, () => this._target())); }
  clearFormat(): void { this._call('clearFormat', [], edit((cf) => (cf.format = {}))); }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeConditionalRangeFill extends FakeObject<CfTarget> implements ApiShape<Excel.ConditionalRangeFill> {
  declare color: string;
  static {
    this.define('ConditionalRangeFill', { color: (t) => t.cf.format.fill ?? null }, { color: edit((cf, v) => (cf.format.fill = normaliseColour(v, 'ConditionalRangeFill.color'))) });
  }
  clear(): void { this._call('clear', [], edit((cf) => delete cf.format.fill)); }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeConditionalRangeFont extends FakeObject<CfTarget> implements ApiShape<Excel.ConditionalRangeFont> {
  declare color: string;
  declare bold: boolean;
  declare italic: boolean;
  static {
    this.define(
      'ConditionalRangeFont',
      {
        color: (t) => t.cf.format.fontColor ?? null,
        bold: (t) => t.cf.format.bold ?? null,
        italic: (t) => t.cf.format.italic ?? null,
      } satisfies LoadersOf<Excel.Interfaces.ConditionalRangeFontData, CfTarget>,
      {
        color: edit((cf, v) => (cf.format.fontColor = normaliseColour(v, 'ConditionalRangeFont.color'))),
        bold: edit((cf, v) => (cf.format.bold = bool(v, 'ConditionalRangeFont.bold'))),
        italic: edit((cf, v) => (cf.format.italic = bool(v, 'ConditionalRangeFont.italic'))),
      },
    );
  }
  clear(): void { this._call('clear', [], edit((cf) => ['fontColor', 'bold', 'italic'].forEach((k) => delete cf.format[k as 'bold']))); }
  set(properties: object): void { this._setMany(properties); }
}

/** Plain description of a conditional format, for inspection in tests. */
export function describeConditionalFormat(sheet: SheetModel, cf: ConditionalFormatModel): Record<string, unknown> {
  return { type: cf.type, address: cf.rects.map((r) => formatAddress(sheet.name, r)).join(', '), rule: cf.rule, format: { ...cf.format }, priority: cf.priority, stopIfTrue: cf.stopIfTrue };
}

export const conditionalFormatApiChecks: [
  NoExtraMembers<FakeConditionalFormatCollection, Excel.ConditionalFormatCollection>,
  NoExtraMembers<FakeConditionalFormat, Excel.ConditionalFormat>,
  NoExtraMembers<FakeTextConditionalFormat, Excel.TextConditionalFormat>,
  NoExtraMembers<FakeCellValueConditionalFormat, Excel.CellValueConditionalFormat>,
  NoExtraMembers<FakeCustomConditionalFormat, Excel.CustomConditionalFormat>,
  NoExtraMembers<FakeConditionalFormatRule, Excel.ConditionalFormatRule>,
  NoExtraMembers<FakeConditionalRangeFormat, Excel.ConditionalRangeFormat>,
  NoExtraMembers<FakeConditionalRangeFill, Excel.ConditionalRangeFill>,
  NoExtraMembers<FakeConditionalRangeFont, Excel.ConditionalRangeFont>,
] = [true, true, true, true, true, true, true, true, true];
