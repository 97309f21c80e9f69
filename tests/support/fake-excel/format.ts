// Range formatting proxies (Range.format, RangeAreas.format): fill, font, column width, wrap text.

import { area, isEntireColumns, type Rect } from './a1.js';
import type { ApiShape, LoadersOf, NoExtraMembers } from './api-check.js';
import { FakeObject, writable, live, type ContextCore } from './client-object.js';
import { fail } from './errors.js';
import { DEFAULT_COLUMN_WIDTH, displayText, normaliseColour, type Cell, type CellFormat, type SheetModel } from './model.js';

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

/** One or more rectangles on one sheet: what a Range or RangeAreas points at. */
export interface CellsTarget {
  sheet: SheetModel;
  rects: Rect[];
}

/** The single value shared by every cell, or null when they differ (as Excel reports mixed formats). */
export function uniform<V>(t: CellsTarget, get: (cell: Cell) => V | undefined, fallback: V): V | null {
  const seen = new Set<V>();
  const sheet = live(t.sheet);
  for (const r of t.rects) {
    let explicit = 0;
    for (const [row, col] of sheet.cellsIn(r)) {
      explicit++;
      seen.add(get(sheet.view(row, col)) ?? fallback);
    }
    if (explicit < area(r)) for (let c = r.c0; c <= r.c1; c++) seen.add(get({ value: '', ...sheet.columnFormats.get(c) }) ?? fallback);
    if (seen.size > 1) return null;
  }
  return seen.size === 1 ? [...seen][0]! : fallback;
}

export function clearFormats(sheet: SheetModel, r: Rect, keys: Array<keyof CellFormat>): void {
  if (isEntireColumns(r)) {
    for (let c = r.c0; c <= r.c1; c++) {
      const f = sheet.columnFormats.get(c);
      if (f) for (const k of keys) delete f[k];
    }
  }
  for (const [, , cell] of sheet.cellsIn(r)) for (const k of keys) delete cell[k];
}

function rowHeights(t: CellsTarget): Set<number> {
  const heights = new Set<number>();
  for (const r of t.rects) {
    if (isEntireColumns(r)) heights.add(t.sheet.standardRowHeight);
    for (let row = r.r0; row <= Math.min(r.r1, r.r0 + 100_000); row++) heights.add(t.sheet.rowHeights.get(row) ?? t.sheet.standardRowHeight);
  }
  return heights;
}

/** A format property written to every cell of the target after validating the value. */
function setCells<K extends keyof CellFormat>(t: CellsTarget, key: K, value: CellFormat[K]): void {
  for (const r of t.rects) writable(t.sheet).applyFormat(r, { [key]: value });
}

function oneOf(v: unknown, allowed: string[], where: string): string {
  return typeof v === 'string' && allowed.includes(v) ? v : fail('InvalidArgument', `${where}: '${String(v)}' is not one of ${allowed.join(', ')}.`);
}

const columnsOf = (t: CellsTarget): number[] => {
  const set = new Set<number>();
  for (const r of t.rects) for (let c = r.c0; c <= r.c1; c++) set.add(c);
  return [...set];
};

function bool(v: unknown, where: string): boolean {
  return typeof v === 'boolean' ? v : fail('InvalidArgument', `${where} must be true or false.`);
}

const FORMAT_LOADERS = {
  columnWidth: (t) => {
    const widths = new Set(columnsOf(t).map((c) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH));
    return widths.size === 1 ? [...widths][0] : null;
  },
  wrapText: (t) => uniform(t, (c) => c.wrapText, false),
  horizontalAlignment: (t) => uniform(t, (c) => c.horizontalAlignment, 'General'),
  verticalAlignment: (t) => uniform(t, (c) => c.verticalAlignment, 'Bottom'),
  rowHeight: (t) => {
    const heights = rowHeights(t);
    return heights.size === 1 ? [...heights][0] : null;
  },
} satisfies LoadersOf<Excel.Interfaces.RangeFormatData, CellsTarget>;

export class FakeRangeFormat extends FakeObject<CellsTarget> implements ApiShape<Excel.RangeFormat> {
  constructor(ctx: ContextCore, resolve: () => CellsTarget) {
    super(ctx, 'RangeFormat', resolve, FORMAT_LOADERS);
  }
  get fill(): FakeRangeFill {
    return this._nav('fill', () => new FakeRangeFill(this._ctx, () => this._target()));
  }
  get font(): FakeRangeFont {
    return this._nav('font', () => new FakeRangeFont(this._ctx, () => this._target()));
  }
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(value: number) {
    this._set('columnWidth', value, (t, v) => {
      if (typeof v !== 'number' || !(v >= 0)) fail('InvalidArgument', 'RangeFormat.columnWidth must be a number of points >= 0.');
      writable(t.sheet);
      for (const c of columnsOf(t)) t.sheet.columnWidths.set(c, v);
    });
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(value: boolean) {
    this._set('wrapText', value, (t, v) => setCells(t, 'wrapText', bool(v, 'RangeFormat.wrapText')));
  }
  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(value: Excel.HorizontalAlignment | `${Excel.HorizontalAlignment}`) {
    this._set('horizontalAlignment', value, (t, v) => setCells(t, 'horizontalAlignment', oneOf(v, H_ALIGN, 'RangeFormat.horizontalAlignment')));
  }
  get verticalAlignment(): Excel.VerticalAlignment {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(value: Excel.VerticalAlignment | `${Excel.VerticalAlignment}`) {
    this._set('verticalAlignment', value, (t, v) => setCells(t, 'verticalAlignment', oneOf(v, V_ALIGN, 'RangeFormat.verticalAlignment')));
  }
  get rowHeight(): number {
    return this._get('rowHeight');
  }
  set rowHeight(value: number) {
    this._set('rowHeight', value, (t, v) => {
      if (typeof v !== 'number' || !(v >= 0 && v <= 409)) fail('InvalidArgument', 'RangeFormat.rowHeight must be 0 to 409 points.');
      const sheet = writable(t.sheet);
      for (const r of t.rects) {
        if (isEntireColumns(r)) {
          sheet.standardRowHeight = v;
          sheet.rowHeights.clear();
        } else for (let row = r.r0; row <= r.r1; row++) sheet.rowHeights.set(row, v);
      }
    });
  }
  /** Sizes each column to its longest displayed text within the range (an estimate of Excel's autofit). */
  autofitColumns(): void {
    this._call('autofitColumns', [], (t) => {
      const sheet = writable(t.sheet);
      const longest = new Map<number, number>();
      for (const r of t.rects) {
        for (const [row, col] of sheet.cellsIn(r)) {
          const cell = sheet.view(row, col);
          longest.set(col, Math.max(longest.get(col) ?? 0, displayText(cell.value, cell.numberFormat).length));
        }
      }
      for (const c of columnsOf(t)) {
        const chars = longest.get(c);
        sheet.columnWidths.set(c, chars === undefined ? DEFAULT_COLUMN_WIDTH : Math.max(12, Math.ceil(chars * 6 + 6)));
        sheet.autofitColumns.add(c);
      }
    });
  }
  autofitRows(): void {
    this._call('autofitRows', [], (t) => void writable(t.sheet));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

const FILL_LOADERS = {
  color: (t) => uniform(t, (c) => c.fill, '#FFFFFF'),
} satisfies LoadersOf<Excel.Interfaces.RangeFillData, CellsTarget>;

export class FakeRangeFill extends FakeObject<CellsTarget> implements ApiShape<Excel.RangeFill> {
  constructor(ctx: ContextCore, resolve: () => CellsTarget) {
    super(ctx, 'RangeFill', resolve, FILL_LOADERS);
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t, v) => {
      const fill = normaliseColour(v, 'RangeFill.color');
      for (const r of t.rects) writable(t.sheet).applyFormat(r, { fill });
    });
  }
  clear(): void {
    this._call('clear', [], (t) => t.rects.forEach((r) => clearFormats(writable(t.sheet), r, ['fill'])));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

const FONT_LOADERS = {
  color: (t) => uniform(t, (c) => c.fontColor, '#000000'),
  bold: (t) => uniform(t, (c) => c.bold, false),
  italic: (t) => uniform(t, (c) => c.italic, false),
  size: (t) => uniform(t, (c) => c.fontSize, 11),
  name: (t) => uniform(t, (c) => c.fontName, 'Calibri'),
} satisfies LoadersOf<Excel.Interfaces.RangeFontData, CellsTarget>;

export class FakeRangeFont extends FakeObject<CellsTarget> implements ApiShape<Excel.RangeFont> {
  constructor(ctx: ContextCore, resolve: () => CellsTarget) {
    super(ctx, 'RangeFont', resolve, FONT_LOADERS);
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t, v) => {
      const fontColor = normaliseColour(v, 'RangeFont.color');
      for (const r of t.rects) writable(t.sheet).applyFormat(r, { fontColor });
    });
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(value: boolean) {
    this._set('bold', value, (t, v) => t.rects.forEach((r) => writable(t.sheet).applyFormat(r, { bold: bool(v, 'RangeFont.bold') })));
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(value: boolean) {
    this._set('italic', value, (t, v) => t.rects.forEach((r) => writable(t.sheet).applyFormat(r, { italic: bool(v, 'RangeFont.italic') })));
  }
  get size(): number {
    return this._get('size');
  }
  set size(value: number) {
    this._set('size', value, (t, v) => {
      if (typeof v !== 'number' || !(v >= 1 && v <= 409)) fail('InvalidArgument', 'RangeFont.size must be 1 to 409 points.');
      setCells(t, 'fontSize', v);
    });
  }
  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value, (t, v) => setCells(t, 'fontName', typeof v === 'string' && v !== '' ? v : fail('InvalidArgument', 'RangeFont.name must be a font name.')));
  }
  set(properties: object): void {
    this._setMany(properties);
  }
}

export const formatApiChecks: [
  NoExtraMembers<FakeRangeFormat, Excel.RangeFormat>,
  NoExtraMembers<FakeRangeFill, Excel.RangeFill>,
  NoExtraMembers<FakeRangeFont, Excel.RangeFont>,
] = [true, true, true];
