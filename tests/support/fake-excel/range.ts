// Range, RangeAreas (Worksheet.getRanges) and RangeCollection (RangeAreas.areas).

import {
  area, cols, formatAddress, intersect, isEntireColumns, isEntireRows, MAX_ROWS, parseRef, rect, rows, type Rect,
} from './a1.js';
import type { ApiShape, LoadersOf, NoExtraMembers } from './api-check.js';
import { FakeCollection, FakeObject, live, writable, type ContextCore } from './client-object.js';
import { planCellProperties, readCellProperties } from './cell-properties.js';
import { FakeConditionalFormatCollection } from './conditional-format.js';
import { fail } from './errors.js';
import { clearFormats, FakeRangeFormat, type CellsTarget } from './format.js';
import { displayText, storeInput, valueType, type Cell, type CellFormat, type SheetModel } from './model.js';
import type { InputLocale } from './typed-input.js';
import { FakeWorksheet } from './worksheet.js';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const READ_CELL_LIMIT = 5_000_000;
/** Range.getMergedAreasOrNullObject "will fail to return the result" past this many areas (documented). */
const MERGED_AREAS_LIMIT = 512;
const FORMAT_KEYS: Array<keyof CellFormat> = ['numberFormat', 'fill', 'fontColor', 'bold', 'italic', 'fontSize', 'fontName', 'wrapText', 'horizontalAlignment', 'verticalAlignment'];

/** Excel's cap on a read, and the large-read failures the fake can be told to replay. */
function checkRead(t: RangeTarget, ctx: ContextCore): 'NullValues' | undefined {
  const cells = area(t.rect);
  if (cells > READ_CELL_LIMIT) fail('RangeExceedsLimit');
  const failure = ctx.largeReadFailure(cells);
  if (failure === 'GeneralException') fail('GeneralException');
  return failure;
}

function grid<V>(t: RangeTarget, ctx: ContextCore, f: (cell: Cell) => V): V[][] | null {
  const sheet = live(t.sheet);
  if (checkRead(t, ctx) === 'NullValues') return null;
  const out: V[][] = [];
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    const row: V[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(f(sheet.view(r, c)));
    out.push(row);
  }
  return out;
}

/** Rejects anything but a 2-D array of exactly the range's size, like Excel does. */
function checkShape(input: unknown, t: RangeTarget, property: string): unknown[][] {
  const ok =
    Array.isArray(input) &&
    input.length === rows(t.rect) &&
    input.every((row) => Array.isArray(row) && row.length === cols(t.rect));
  if (!ok) {
    fail('InvalidArgument', `Range.${property}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows(t.rect)}x${cols(t.rect)}).`);
  }
  return input as unknown[][];
}

function writeCells(t: RangeTarget, input: unknown, property: string, put: (cell: Cell, v: unknown, where: string) => void): void {
  const data = checkShape(input, t, property);
  const sheet = writable(t.sheet);
  data.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return; // null leaves the cell unchanged
      put(sheet.ensure(t.rect.r0 + i, t.rect.c0 + j), v, `Range.${property}[${i}][${j}]`);
    }),
  );
}

function putValue(cell: Cell, v: unknown, where: string, locale?: InputLocale): void {
  if (v === '') {
    cell.value = '';
    delete cell.formula;
  } else storeInput(cell, v, where, locale);
}

export function clearCells(sheet: SheetModel, r: Rect, applyTo: string): void {
  writable(sheet);
  if (applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents') {
    for (const [row, col, cell] of sheet.cellsIn(r)) {
      if (applyTo === 'All') sheet.deleteCell(row, col);
      else putValue(cell, '', 'Range.clear');
    }
  }
  if (applyTo === 'All' || applyTo === 'Formats') clearFormats(sheet, r, FORMAT_KEYS);
}

const CLEAR_OPTIONS = ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'];
function checkClear(applyTo: string): string {
  return CLEAR_OPTIONS.includes(applyTo) ? applyTo : fail('InvalidArgument', `Range.clear: '${applyTo}' is not a ClearApplyTo value.`);
}

type RangeValues = any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any -- mirrors Excel.Range.values: any[][]

export class FakeRange extends FakeObject<RangeTarget> implements ApiShape<Excel.Range> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly cellCount: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly isEntireColumn: boolean;
  declare readonly isEntireRow: boolean;
  declare readonly text: string[][];
  declare readonly valueTypes: Excel.RangeValueType[][];
  declare values: RangeValues;
  declare formulas: RangeValues;
  declare numberFormat: RangeValues;
  static {
    this.define(
      'Range',
      {
        address: (t) => formatAddress(live(t.sheet).name, t.rect),
        addressLocal: (t) => formatAddress(live(t.sheet).name, t.rect),
        cellCount: (t) => area(t.rect),
        rowCount: (t) => rows(t.rect),
        columnCount: (t) => cols(t.rect),
        rowIndex: (t) => t.rect.r0,
        columnIndex: (t) => t.rect.c0,
        isEntireColumn: (t) => isEntireColumns(t.rect),
        isEntireRow: (t) => isEntireRows(t.rect),
        values: (t, ctx) => grid(t, ctx, (c) => c.value),
        text: (t, ctx) => grid(t, ctx, (c) => displayText(c.value, c.numberFormat)),
        formulas: (t, ctx) => grid(t, ctx, (c) => c.formula ?? c.value),
        numberFormat: (t, ctx) => grid(t, ctx, (c) => c.numberFormat ?? 'General'),
        valueTypes: (t, ctx) => grid(t, ctx, (c) => valueType(c.value)),
      } satisfies LoadersOf<Excel.Interfaces.RangeData, RangeTarget>,
      {
        values: (t, v, ctx) => writeCells(t, v, 'values', (cell, x, where) => putValue(cell, x, where, ctx.model.inputLocale)),
        formulas: (t, v, ctx) => writeCells(t, v, 'formulas', (cell, x, where) => putValue(cell, x, where, ctx.model.inputLocale)),
        numberFormat: (t, v) =>
          writeCells(t, v, 'numberFormat', (cell, f, where) => {
            if (typeof f !== 'string') fail('InvalidArgument', `${where}: a number format must be a string.`);
            if (f === '' || f === 'General') delete cell.numberFormat;
            else cell.numberFormat = f;
          }),
      },
    );
  }

  /** A range derived from this one when the method's command runs. */
  private derive(method: string, args: unknown[], f: (t: RangeTarget) => Rect | null, nullable = false): FakeRange {
    const resolve = (): RangeTarget => {
      const t = this._target();
      const r = f(t);
      return r ? { sheet: t.sheet, rect: r } : fail('ItemNotFound', `Range.${method} found no cells.`);
    };
    return new FakeRange(this._ctx, resolve, { createdBy: `Range.${method}`, argBytes: JSON.stringify(args).length, nullable });
  }

  /** Another range given as a proxy or an address on the same sheet. */
  private other(t: RangeTarget, another: FakeRange | string | Excel.Range): Rect {
    if (typeof another === 'string') {
      const ref = parseRef(another);
      if (ref.sheet !== undefined && ref.sheet.toLowerCase() !== t.sheet.name.toLowerCase()) fail('InvalidArgument', `'${another}' is not on sheet '${t.sheet.name}'.`);
      return ref.rect;
    }
    if (!(another instanceof FakeRange)) return fail('InvalidArgument', 'Expected a Range from fake-excel or an address.');
    const o = FakeObject.targetOf(another, this._ctx);
    return o.sheet === t.sheet ? o.rect : fail('InvalidArgument', 'The ranges are on different worksheets.');
  }

  private cells(): CellsTarget { return { sheet: this._target().sheet, rects: [this._target().rect] }; }
  get format(): FakeRangeFormat { return this._nav('format', () => new FakeRangeFormat(this._ctx, () => this.cells())); }
  get conditionalFormats(): FakeConditionalFormatCollection {
    this._ctx.requireApi('1.6', 'Range.conditionalFormats');
    return this._nav('conditionalFormats', () => new FakeConditionalFormatCollection(this._ctx, () => this.cells()));
  }
  get worksheet(): FakeWorksheet { return this._nav('worksheet', () => new FakeWorksheet(this._ctx, () => live(this._target().sheet))); }

  getCell(row: number, column: number): FakeRange { return this.derive('getCell', [row, column], (t) => rect(t.rect.r0 + row, t.rect.c0 + column)); }
  getRow(row: number): FakeRange { return this.derive('getRow', [row], (t) => rect(t.rect.r0 + row, t.rect.c0, t.rect.r0 + row, t.rect.c1)); }
  getColumn(column: number): FakeRange {
    return this.derive('getColumn', [column], (t) => rect(t.rect.r0, t.rect.c0 + column, t.rect.r1, t.rect.c0 + column));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive('getResizedRange', [deltaRows, deltaColumns], (t) => rect(t.rect.r0, t.rect.c0, t.rect.r1 + deltaRows, t.rect.c1 + deltaColumns));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive('getOffsetRange', [rowOffset, columnOffset], ({ rect: r }) =>
      rect(r.r0 + rowOffset, r.c0 + columnOffset, r.r1 + rowOffset, r.c1 + columnOffset),
    );
  }
  getEntireColumn(): FakeRange { return this.derive('getEntireColumn', [], (t) => rect(0, t.rect.c0, MAX_ROWS - 1, t.rect.c1)); }
  getLastRow(): FakeRange { return this.derive('getLastRow', [], (t) => rect(t.rect.r1, t.rect.c0, t.rect.r1, t.rect.c1)); }
  getIntersection(anotherRange: FakeRange | string | Excel.Range): FakeRange {
    return this.derive('getIntersection', [String(anotherRange)], (t) => intersect(t.rect, this.other(t, anotherRange)));
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.derive('getUsedRange', [valuesOnly], (t) => {
      const used = live(t.sheet).usedRect(valuesOnly === true);
      return used && intersect(used, t.rect);
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this._ctx.requireApi('1.4', 'Range.getUsedRangeOrNullObject');
    return this.derive('getUsedRangeOrNullObject', [valuesOnly], (t) => {
      const used = live(t.sheet).usedRect(valuesOnly === true);
      return used && intersect(used, t.rect);
    }, true);
  }

  clear(applyTo: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents' = 'All'): void {
    this._call('clear', [applyTo], (t) => clearCells(t.sheet, t.rect, checkClear(applyTo)));
  }
  /** One command; its response is counted like any load (and limited like one). */
  getCellProperties(cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions): OfficeExtension.ClientResult<Excel.CellProperties[][]> {
    this._ctx.requireApi('1.9', 'Range.getCellProperties');
    const plan = planCellProperties(cellPropertiesLoadOptions);
    return this._result('getCellProperties', [cellPropertiesLoadOptions], (t) =>
      checkRead(t, this._ctx) === 'NullValues' ? (null as unknown as Excel.CellProperties[][]) : (readCellProperties(live(t.sheet), t.rect, plan) as Excel.CellProperties[][]),
    );
  }
  /**
   * The whole merged areas that overlap this range, or a null object when there are none. Past 512
   * areas Excel documents only that the method "will fail"; the fake fails with GeneralException
   * (the code itself is a guess).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._ctx.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    const resolve = (): CellsTarget => {
      const t = this._target();
      const rects = live(t.sheet).merges.filter((m) => intersect(m, t.rect));
      if (rects.length === 0) fail('ItemNotFound', 'The range has no merged areas.');
      if (rects.length > MERGED_AREAS_LIMIT) fail('GeneralException', `The range has ${rects.length} merged areas; Excel returns at most ${MERGED_AREAS_LIMIT}.`);
      return { sheet: t.sheet, rects: [...rects].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0) };
    };
    return new FakeRangeAreas(this._ctx, resolve, { createdBy: 'Range.getMergedAreasOrNullObject', nullable: true });
  }
  /** Keeps the upper-left value of each merged area and clears the rest, as Excel does. */
  merge(across?: boolean): void {
    this._call('merge', [across], (t) => {
      const sheet = writable(t.sheet);
      if (sheet.tables.some((table) => intersect(table.rect, t.rect))) fail('MergedRangeConflict');
      const areas = across === true ? Array.from({ length: rows(t.rect) }, (_, i) => rect(t.rect.r0 + i, t.rect.c0, t.rect.r0 + i, t.rect.c1)) : [t.rect];
      for (const a of areas) {
        for (let i = sheet.merges.length - 1; i >= 0; i--) if (intersect(sheet.merges[i]!, a)) sheet.merges.splice(i, 1);
        sheet.merges.push(a);
        for (const [row, col, cell] of sheet.cellsIn(a)) if (row !== a.r0 || col !== a.c0) putValue(cell, '', 'Range.merge');
      }
    });
  }
  unmerge(): void {
    this._call('unmerge', [], (t) => {
      const sheet = writable(t.sheet);
      for (let i = sheet.merges.length - 1; i >= 0; i--) if (intersect(sheet.merges[i]!, t.rect)) sheet.merges.splice(i, 1);
    });
  }
  select(): void {
    this._call('select', [], (t) => {
      const sheet = live(t.sheet);
      if (sheet.visibility !== 'Visible') fail('InvalidSelection', `The worksheet '${sheet.name}' is hidden.`);
      sheet.selection = t.rect;
      this._ctx.model.activeSheet = sheet;
    });
  }
  set(properties: object): void { this._setMany(properties); }
  track(): this { return this; }
  untrack(): this { return this; }
}

export class FakeRangeAreas extends FakeObject<CellsTarget> implements ApiShape<Excel.RangeAreas> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;
  declare readonly isEntireColumn: boolean;
  declare readonly isEntireRow: boolean;
  static {
    this.define('RangeAreas', {
      address: (t) => t.rects.map((r) => formatAddress(live(t.sheet).name, r)).join(', '),
      addressLocal: (t) => t.rects.map((r) => formatAddress(live(t.sheet).name, r)).join(', '),
      areaCount: (t) => t.rects.length,
      cellCount: (t) => t.rects.reduce((n, r) => n + area(r), 0),
      isEntireColumn: (t) => t.rects.every(isEntireColumns),
      isEntireRow: (t) => t.rects.every(isEntireRows),
    } satisfies LoadersOf<Excel.Interfaces.RangeAreasData, CellsTarget>);
  }
  get areas(): FakeRangeCollection { return this._nav('areas', () => new FakeRangeCollection(this._ctx, () => this._target())); }
  get format(): FakeRangeFormat { return this._nav('format', () => new FakeRangeFormat(this._ctx, () => this._target())); }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._nav('conditionalFormats', () => new FakeConditionalFormatCollection(this._ctx, () => this._target()));
  }
  get worksheet(): FakeWorksheet { return this._nav('worksheet', () => new FakeWorksheet(this._ctx, () => live(this._target().sheet))); }
  clear(applyTo: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents' = 'All'): void {
    this._call('clear', [applyTo], (t) => t.rects.forEach((r) => clearCells(t.sheet, r, checkClear(applyTo))));
  }
  set(properties: object): void { this._setMany(properties); }
}

export class FakeRangeCollection extends FakeCollection<CellsTarget, FakeRange> implements ApiShape<Excel.RangeCollection> {
  static { this.define('RangeCollection'); }
  protected _list(t: CellsTarget): FakeRange[] { return t.rects.map((r) => new FakeRange(this._ctx, () => ({ sheet: t.sheet, rect: r }))); }
  getItemAt(index: number): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const t = this._target();
        const r = t.rects[index];
        return r ? { sheet: t.sheet, rect: r } : fail('ItemNotFound', `There is no area at index ${index}.`);
      },
      { createdBy: 'RangeCollection.getItemAt', argBytes: 8 },
    );
  }
}

export const rangeApiChecks: [
  NoExtraMembers<FakeRange, Excel.Range>,
  NoExtraMembers<FakeRangeAreas, Excel.RangeAreas>,
  NoExtraMembers<FakeRangeCollection, Excel.RangeCollection>,
] = [true, true, true];
