// Range formatting proxies (Range.format, RangeAreas.format): fill, font, widths, heights, alignment.

import { area, isEntireColumns, type Rect } from './a1.js';
import type { ApiShape, LoadersOf, NoExtraMembers } from './api-check.js';
import { FakeObject, writable, live } from './client-object.js';
import { fail } from './errors.js';
import { DEFAULT_COLUMN_WIDTH, displayText, normaliseColour, type Cell, type CellFormat, type SheetModel } from './model.js';

/** One or more rectangles on one sheet: what a Range or RangeAreas points at. */
export interface CellsTarget {
  sheet: SheetModel;
  rects: Rect[];
}

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

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

const single = <V>(values: Set<V>): V | null => (values.size === 1 ? [...values][0]! : null);

export function clearFormats(sheet: SheetModel, r: Rect, keys: Array<keyof CellFormat>): void {
  if (isEntireColumns(r)) for (let c = r.c0; c <= r.c1; c++) for (const k of keys) delete sheet.columnFormats.get(c)?.[k];
  for (const [, , cell] of sheet.cellsIn(r)) for (const k of keys) delete cell[k];
}

function columnsOf(t: CellsTarget): number[] {
  const set = new Set<number>();
  for (const r of t.rects) for (let c = r.c0; c <= r.c1; c++) set.add(c);
  return [...set];
}

function rowHeights(t: CellsTarget): Set<number> {
  const heights = new Set<number>();
  for (const r of t.rects) {
    if (isEntireColumns(r)) heights.add(t.sheet.standardRowHeight);
    for (let row = r.r0; row <= Math.min(r.r1, r.r0 + 100_000); row++) heights.add(t.sheet.rowHeights.get(row) ?? t.sheet.standardRowHeight);
  }
  return heights;
}

/** Writes one format property to every cell of the target (protected sheets refuse). */
function setCells<K extends keyof CellFormat>(t: CellsTarget, key: K, value: CellFormat[K]): void {
  for (const r of t.rects) writable(t.sheet).applyFormat(r, { [key]: value });
}

export function oneOf(v: unknown, allowed: readonly string[], where: string): string {
  return typeof v === 'string' && allowed.includes(v) ? v : fail('InvalidArgument', `${where}: '${String(v)}' is not one of ${allowed.join(', ')}.`);
}

export function bool(v: unknown, where: string): boolean {
  return typeof v === 'boolean' ? v : fail('InvalidArgument', `${where} must be true or false.`);
}

export function points(v: unknown, max: number, where: string): number {
  return typeof v === 'number' && v >= 0 && v <= max ? v : fail('InvalidArgument', `${where} must be 0 to ${max} points.`);
}

export class FakeRangeFormat extends FakeObject<CellsTarget> implements ApiShape<Excel.RangeFormat> {
  declare columnWidth: number;
  declare rowHeight: number;
  declare wrapText: boolean;
  declare horizontalAlignment: Excel.HorizontalAlignment | `${Excel.HorizontalAlignment}`;
  declare verticalAlignment: Excel.VerticalAlignment | `${Excel.VerticalAlignment}`;
  static {
    this.define(
      'RangeFormat',
      {
        columnWidth: (t) => single(new Set(columnsOf(t).map((c) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH))),
        rowHeight: (t) => single(rowHeights(t)),
        wrapText: (t) => uniform(t, (c) => c.wrapText, false),
        horizontalAlignment: (t) => uniform(t, (c) => c.horizontalAlignment, 'General'),
        verticalAlignment: (t) => uniform(t, (c) => c.verticalAlignment, 'Bottom'),
      } satisfies LoadersOf<Excel.Interfaces.RangeFormatData, CellsTarget>,
      {
        columnWidth: (t, v) => {
          const width = points(v, 255 * 7.5, 'RangeFormat.columnWidth');
          for (const c of columnsOf(t)) writable(t.sheet).columnWidths.set(c, width);
        },
        rowHeight: (t, v) => {
          const height = points(v, 409, 'RangeFormat.rowHeight');
          const sheet = writable(t.sheet);
          for (const r of t.rects) {
            if (isEntireColumns(r)) {
              sheet.standardRowHeight = height;
              sheet.rowHeights.clear();
            } else for (let row = r.r0; row <= r.r1; row++) sheet.rowHeights.set(row, height);
          }
        },
        wrapText: (t, v) => setCells(t, 'wrapText', bool(v, 'RangeFormat.wrapText')),
        horizontalAlignment: (t, v) => setCells(t, 'horizontalAlignment', oneOf(v, H_ALIGN, 'RangeFormat.horizontalAlignment')),
        verticalAlignment: (t, v) => setCells(t, 'verticalAlignment', oneOf(v, V_ALIGN, 'RangeFormat.verticalAlignment')),
      },
    );
  }
  get fill(): FakeRangeFill { return this._nav('fill', () => new FakeRangeFill(this._ctx, () => this._target())); }
  get font(): FakeRangeFont { return this._nav('font', () => new FakeRangeFont(this._ctx, () => this._target())); }
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
  autofitRows(): void { this._call('autofitRows', [], (t) => void writable(t.sheet)); }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeRangeFill extends FakeObject<CellsTarget> implements ApiShape<Excel.RangeFill> {
  declare color: string;
  static {
    this.define(
      'RangeFill',
      { color: (t) => uniform(t, (c) => c.fill, '#FFFFFF') } satisfies LoadersOf<Excel.Interfaces.RangeFillData, CellsTarget>,
      { color: (t, v) => setCells(t, 'fill', normaliseColour(v, 'RangeFill.color')) },
    );
  }
  clear(): void { this._call('clear', [], (t) => t.rects.forEach((r) => clearFormats(writable(t.sheet), r, ['fill']))); }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeRangeFont extends FakeObject<CellsTarget> implements ApiShape<Excel.RangeFont> {
  declare color: string;
  declare bold: boolean;
  declare italic: boolean;
  declare size: number;
  declare name: string;
  static {
    this.define(
      'RangeFont',
      {
        color: (t) => uniform(t, (c) => c.fontColor, '#000000'),
        bold: (t) => uniform(t, (c) => c.bold, false),
        italic: (t) => uniform(t, (c) => c.italic, false),
        size: (t) => uniform(t, (c) => c.fontSize, 11),
        name: (t) => uniform(t, (c) => c.fontName, 'Calibri'),
      } satisfies LoadersOf<Excel.Interfaces.RangeFontData, CellsTarget>,
      {
        color: (t, v) => setCells(t, 'fontColor', normaliseColour(v, 'RangeFont.color')),
        bold: (t, v) => setCells(t, 'bold', bool(v, 'RangeFont.bold')),
        italic: (t, v) => setCells(t, 'italic', bool(v, 'RangeFont.italic')),
        size: (t, v) => setCells(t, 'fontSize', typeof v === 'number' && v >= 1 ? points(v, 409, 'RangeFont.size') : fail('InvalidArgument', 'RangeFont.size must be 1 to 409.')),
        name: (t, v) => setCells(t, 'fontName', typeof v === 'string' && v !== '' ? v : fail('InvalidArgument', 'RangeFont.name must be a font name.')),
      },
    );
  }
  set(properties: object): void { this._setMany(properties); }
}

export const formatApiChecks: [
  NoExtraMembers<FakeRangeFormat, Excel.RangeFormat>,
  NoExtraMembers<FakeRangeFill, Excel.RangeFill>,
  NoExtraMembers<FakeRangeFont, Excel.RangeFont>,
] = [true, true, true];
