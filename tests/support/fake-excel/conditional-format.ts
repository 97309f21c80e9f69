// Conditional formats: containsText (textComparison), cellValue and custom rules, each with a fill
// and font. Other types (data bars, icon sets, ...) throw NotImplemented when added.

import { formatAddress } from './a1.js';
import type { ApiShape, LoadersOf, NoExtraMembers } from './api-check.js';
import { FakeCollection, FakeObject, live, writable, type ContextCore } from './client-object.js';
import { fail, notModelled } from './errors.js';
import type { CellsTarget } from './format.js';
import { normaliseColour, type ConditionalFormatModel, type SheetModel } from './model.js';
import { FakeRange, FakeRangeAreas } from './range.js';

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

const SUPPORTED = ['ContainsText', 'CellValue', 'Custom'] as const;
const TEXT_OPERATORS = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'];
const VALUE_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];

function findCf(sheet: SheetModel, cf: ConditionalFormatModel): CfTarget {
  if (!live(sheet).conditionalFormats.includes(cf)) fail('ItemNotFound', 'The conditional format has been deleted.');
  return { sheet, cf };
}

export class FakeConditionalFormatCollection
  extends FakeCollection<CellsTarget, FakeConditionalFormat>
  implements ApiShape<Excel.ConditionalFormatCollection>
{
  constructor(ctx: ContextCore, resolve: () => CellsTarget) {
    super(ctx, 'ConditionalFormatCollection', resolve, {});
  }
  protected _list(t: CellsTarget): FakeConditionalFormat[] {
    return live(t.sheet).conditionalFormatsOn(t.rects).map((cf) => new FakeConditionalFormat(this._ctx, () => findCf(t.sheet, cf)));
  }
  add(type: Excel.ConditionalFormatType | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue'): FakeConditionalFormat {
    if (!(SUPPORTED as readonly string[]).includes(type)) notModelled(`ConditionalFormatCollection.add('${type}')`);
    let created: CfTarget | undefined;
    const proxy = new FakeConditionalFormat(this._ctx, () => created ?? fail('ItemNotFound', 'The conditional format was not created.'));
    this._call('add', [type], (t) => {
      const sheet = writable(t.sheet);
      sheet.conditionalFormats.forEach((cf) => cf.priority++);
      const cf: ConditionalFormatModel = {
        id: Number(this._ctx.model.newId('')),
        type: type as ConditionalFormatModel['type'],
        rects: t.rects.map((r) => ({ ...r })),
        rule: null,
        format: {},
        priority: 0,
        stopIfTrue: false,
      };
      sheet.conditionalFormats.push(cf);
      created = { sheet, cf };
    });
    return proxy;
  }
  clearAll(): void {
    this._call('clearAll', [], (t) => {
      const sheet = writable(t.sheet);
      for (const cf of sheet.conditionalFormatsOn(t.rects)) sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }
  private lookup(method: string, args: unknown[], pick: (list: ConditionalFormatModel[]) => ConditionalFormatModel | undefined, nullable = false): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this._ctx,
      () => {
        const t = this._target();
        const cf = pick(live(t.sheet).conditionalFormatsOn(t.rects));
        return cf ? { sheet: t.sheet, cf } : fail('ItemNotFound', `No conditional format matches ${method}(${args.join(', ')}).`);
      },
      { createdBy: `ConditionalFormatCollection.${method}`, argBytes: 8, nullable },
    );
  }
  getItem(id: string): FakeConditionalFormat {
    return this.lookup('getItem', [id], (list) => list.find((cf) => String(cf.id) === id));
  }
  getItemOrNullObject(id: string): FakeConditionalFormat {
    return this.lookup('getItemOrNullObject', [id], (list) => list.find((cf) => String(cf.id) === id), true);
  }
  getItemAt(index: number): FakeConditionalFormat {
    return this.lookup('getItemAt', [index], (list) => list[index]);
  }
}

const CF_LOADERS = {
  id: (t) => String(t.cf.id),
  priority: (t) => t.cf.priority,
  stopIfTrue: (t) => t.cf.stopIfTrue,
  type: (t) => t.cf.type,
} satisfies LoadersOf<Excel.Interfaces.ConditionalFormatData, CfTarget>;

function ofType(get: () => CfTarget, type: ConditionalFormatModel['type'], member: string): () => CfTarget {
  return () => {
    const t = get();
    return t.cf.type === type ? t : fail('InvalidOperation', `ConditionalFormat.${member} is not available on a '${t.cf.type}' conditional format.`);
  };
}

export class FakeConditionalFormat extends FakeObject<CfTarget> implements ApiShape<Excel.ConditionalFormat> {
  constructor(ctx: ContextCore, resolve: () => CfTarget, options = {}) {
    super(ctx, 'ConditionalFormat', resolve, CF_LOADERS, options);
  }
  get id(): string {
    return this._get('id');
  }
  get type(): Excel.ConditionalFormatType {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  set priority(value: number) {
    this._set('priority', value, (t, v) => {
      if (!Number.isInteger(v) || v < 0) fail('InvalidArgument', 'ConditionalFormat.priority must be a whole number >= 0.');
      writable(t.sheet);
      t.cf.priority = v;
    });
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this._set('stopIfTrue', value, (t, v) => {
      writable(t.sheet);
      t.cf.stopIfTrue = v === true;
    });
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
  getRange(): FakeRange {
    return new FakeRange(this._ctx, () => {
      const t = this._target();
      const first = t.cf.rects[0];
      if (!first || t.cf.rects.length > 1) fail('InvalidOperation', 'The conditional format covers several areas; use getRanges().');
      return { sheet: t.sheet, rect: first };
    }, { createdBy: 'ConditionalFormat.getRange' });
  }
  getRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this._ctx, () => ({ sheet: this._target().sheet, rects: this._target().cf.rects }), { createdBy: 'ConditionalFormat.getRanges' });
  }
  delete(): void {
    this._call('delete', [], (t) => {
      const list = writable(t.sheet).conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
    });
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

function checkRule(rule: unknown, type: ConditionalFormatModel['type']): Record<string, unknown> {
  const r = (rule && typeof rule === 'object' ? rule : {}) as Record<string, unknown>;
  const ok =
    type === 'ContainsText'
      ? TEXT_OPERATORS.includes(String(r['operator'])) && typeof r['text'] === 'string'
      : VALUE_OPERATORS.includes(String(r['operator'])) && typeof r['formula1'] === 'string' &&
        (r['formula2'] === undefined || typeof r['formula2'] === 'string') &&
        (!String(r['operator']).includes('Between') || typeof r['formula2'] === 'string');
  return ok ? { ...r } : fail('InvalidArgument', `Invalid ${type} rule: ${JSON.stringify(rule)}.`);
}

const RULE_LOADERS = { rule: (t: CfTarget) => t.cf.rule };

export class FakeTextConditionalFormat extends FakeObject<CfTarget> implements ApiShape<Excel.TextConditionalFormat> {
  constructor(ctx: ContextCore, resolve: () => CfTarget) {
    super(ctx, 'TextConditionalFormat', resolve, RULE_LOADERS);
  }
  get format(): FakeConditionalRangeFormat {
    return this._nav('format', () => new FakeConditionalRangeFormat(this._ctx, () => this._target()));
  }
  get rule(): Excel.ConditionalTextComparisonRule {
    return this._get('rule');
  }
  set rule(value: Excel.ConditionalTextComparisonRule) {
    this._set('rule', value, (t, v) => void (writable(t.sheet), (t.cf.rule = checkRule(v, 'ContainsText'))));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

export class FakeCellValueConditionalFormat extends FakeObject<CfTarget> implements ApiShape<Excel.CellValueConditionalFormat> {
  constructor(ctx: ContextCore, resolve: () => CfTarget) {
    super(ctx, 'CellValueConditionalFormat', resolve, RULE_LOADERS);
  }
  get format(): FakeConditionalRangeFormat {
    return this._nav('format', () => new FakeConditionalRangeFormat(this._ctx, () => this._target()));
  }
  get rule(): Excel.ConditionalCellValueRule {
    return this._get('rule');
  }
  set rule(value: Excel.ConditionalCellValueRule) {
    this._set('rule', value, (t, v) => void (writable(t.sheet), (t.cf.rule = checkRule(v, 'CellValue'))));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

export class FakeCustomConditionalFormat extends FakeObject<CfTarget> implements ApiShape<Excel.CustomConditionalFormat> {
  constructor(ctx: ContextCore, resolve: () => CfTarget) {
    super(ctx, 'CustomConditionalFormat', resolve, {});
  }
  get format(): FakeConditionalRangeFormat {
    return this._nav('format', () => new FakeConditionalRangeFormat(this._ctx, () => this._target()));
  }
  get rule(): FakeConditionalFormatRule {
    return this._nav('rule', () => new FakeConditionalFormatRule(this._ctx, () => this._target()));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

const FORMULA_LOADERS = {
  formula: (t) => (t.cf.rule?.['formula'] as string | undefined) ?? '',
  formulaLocal: (t) => (t.cf.rule?.['formula'] as string | undefined) ?? '',
} satisfies LoadersOf<Excel.Interfaces.ConditionalFormatRuleData, CfTarget>;

export class FakeConditionalFormatRule extends FakeObject<CfTarget> implements ApiShape<Excel.ConditionalFormatRule> {
  constructor(ctx: ContextCore, resolve: () => CfTarget) {
    super(ctx, 'ConditionalFormatRule', resolve, FORMULA_LOADERS);
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(value: string) {
    this._set('formula', value, (t, v) => {
      if (typeof v !== 'string' || !v.startsWith('=')) fail('InvalidArgument', `A custom conditional format formula must start with "=": '${String(v)}'.`);
      writable(t.sheet);
      t.cf.rule = { formula: v };
    });
  }
  get formulaLocal(): string {
    return this._get('formulaLocal');
  }
  set formulaLocal(value: string) {
    this.formula = value;
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

export class FakeConditionalRangeFormat extends FakeObject<CfTarget> implements ApiShape<Excel.ConditionalRangeFormat> {
  constructor(ctx: ContextCore, resolve: () => CfTarget) {
    super(ctx, 'ConditionalRangeFormat', resolve, {});
  }
  get fill(): FakeConditionalRangeFill {
    return this._nav('fill', () => new FakeConditionalRangeFill(this._ctx, () => this._target()));
  }
  get font(): FakeConditionalRangeFont {
    return this._nav('font', () => new FakeConditionalRangeFont(this._ctx, () => this._target()));
  }
  clearFormat(): void {
    this._call('clearFormat', [], (t) => void (writable(t.sheet), (t.cf.format = {})));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

export class FakeConditionalRangeFill extends FakeObject<CfTarget> implements ApiShape<Excel.ConditionalRangeFill> {
  constructor(ctx: ContextCore, resolve: () => CfTarget) {
    super(ctx, 'ConditionalRangeFill', resolve, { color: (t) => t.cf.format.fill ?? null });
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t, v) => void (writable(t.sheet), (t.cf.format.fill = normaliseColour(v, 'ConditionalRangeFill.color'))));
  }
  clear(): void {
    this._call('clear', [], (t) => void (writable(t.sheet), delete t.cf.format.fill));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

const CF_FONT_LOADERS = {
  color: (t) => t.cf.format.fontColor ?? null,
  bold: (t) => t.cf.format.bold ?? null,
  italic: (t) => t.cf.format.italic ?? null,
} satisfies LoadersOf<Excel.Interfaces.ConditionalRangeFontData, CfTarget>;

export class FakeConditionalRangeFont extends FakeObject<CfTarget> implements ApiShape<Excel.ConditionalRangeFont> {
  constructor(ctx: ContextCore, resolve: () => CfTarget) {
    super(ctx, 'ConditionalRangeFont', resolve, CF_FONT_LOADERS);
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t, v) => void (writable(t.sheet), (t.cf.format.fontColor = normaliseColour(v, 'ConditionalRangeFont.color'))));
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(value: boolean) {
    this._set('bold', value, (t, v) => void (writable(t.sheet), (t.cf.format.bold = v === true)));
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(value: boolean) {
    this._set('italic', value, (t, v) => void (writable(t.sheet), (t.cf.format.italic = v === true)));
  }
  clear(): void {
    this._call('clear', [], (t) => {
      writable(t.sheet);
      delete t.cf.format.fontColor, delete t.cf.format.bold, delete t.cf.format.italic;
    });
  }
  set(properties: object): void {
    this._setMany(properties);
  }
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
