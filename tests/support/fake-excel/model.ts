// The in-memory workbook the fake host reads and writes. Plain data, no Office.js types.

import { area, contains, intersect, isEntireColumns, MAX_COLS, rect, type Rect } from './a1.js';
import { fail } from './errors.js';
import { EN_GB, typedValue, type InputLocale } from './typed-input.js';

export type CellValue = string | number | boolean;

export interface CellFormat {
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}

export interface Cell extends CellFormat {
  /** "" means blank. For a formula cell this is the computed value if known, else the formula text. */
  value: CellValue;
  formula?: string;
}

export interface ConditionalFormatModel {
  id: number;
  type: 'ContainsText' | 'CellValue' | 'Custom';
  rects: Rect[];
  rule: Record<string, unknown> | null;
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
  priority: number;
  stopIfTrue: boolean;
}

export interface TableModel {
  id: string;
  name: string;
  rect: Rect;
  hasHeaders: boolean;
  style: string;
  showHeaders: boolean;
}

export interface ChartSeriesModel {
  name: string;
  values: CellValue[];
  fill: string | null;
  pointFills: (string | null)[];
  hasDataLabels: boolean;
  dataLabels: DataLabelsModel;
  /** ChartPoint.hasDataLabel as set on each point; null where it was left to the series. */
  pointHasLabel: (boolean | null)[];
}

export interface DataLabelsModel {
  showValue: boolean;
  showPercentage: boolean;
  showCategoryName: boolean;
  showSeriesName: boolean;
  position: string | null;
}

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  source: { sheet: SheetModel; rect: Rect };
  seriesBy: string;
  categories: CellValue[];
  series: ChartSeriesModel[];
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  dataLabels: DataLabelsModel;
  position: { startCell: string | null; endCell: string | null };
  /** The value axis as set (null: Excel's automatic scale). */
  valueAxis: { minimum: number | null; maximum: number | null; majorUnit: number | null; numberFormat: string };
}

export interface PageLayoutModel {
  orientation: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  headerFooter: Record<'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter', string>;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface NamedItemModel {
  name: string;
  sheet: SheetModel;
  rect: Rect;
  comment: string;
  visible: boolean;
}

export const newDataLabels = (): DataLabelsModel => ({ showValue: false, showPercentage: false, showCategoryName: false, showSeriesName: false, position: null });

const key = (r: number, c: number): number => r * MAX_COLS + c;
const BLANK: Cell = Object.freeze({ value: '' }) as Cell;

export class SheetModel {
  deleted = false;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protected = false;
  readonly cells = new Map<number, Cell>();
  /** Formats applied to entire columns (e.g. "C:C"); cells without their own value inherit them. */
  readonly columnFormats = new Map<number, CellFormat>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Height given to every row at once (a whole-column rowHeight write). */
  standardRowHeight = DEFAULT_ROW_HEIGHT;
  readonly merges: Rect[] = [];
  readonly autofitColumns = new Set<number>();
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  selection: Rect = rect(0, 0);
  readonly pageLayout: PageLayoutModel = {
    orientation: 'Portrait',
    zoom: { scale: 100 },
    headerFooter: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
  };

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(r: number, c: number): Cell | undefined { return this.cells.get(key(r, c)); }

  /** Effective cell: own properties over the column's format. */
  view(r: number, c: number): Cell {
    const own = this.cells.get(key(r, c));
    const column = this.columnFormats.get(c);
    return own && !column ? own : !own && !column ? BLANK : { value: '', ...column, ...own };
  }

  ensure(r: number, c: number): Cell {
    const k = key(r, c);
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = { value: '', ...this.columnFormats.get(c) }));
    return cell;
  }

  /** Existing cell entries inside a rectangle, with their coordinates. */
  *cellsIn(r: Rect): Generator<[number, number, Cell]> {
    for (const [k, cell] of this.cells) {
      const row = Math.floor(k / MAX_COLS), col = k % MAX_COLS;
      if (contains(r, row, col)) yield [row, col, cell];
    }
  }

  deleteCell(r: number, c: number): void { this.cells.delete(key(r, c)); }

  /** Applies a format patch; whole columns are recorded once per column rather than per cell. */
  applyFormat(r: Rect, patch: CellFormat): void {
    if (isEntireColumns(r)) {
      for (let c = r.c0; c <= r.c1; c++) this.columnFormats.set(c, { ...this.columnFormats.get(c), ...patch });
      for (const [, , cell] of this.cellsIn(r)) Object.assign(cell, patch);
      return;
    }
    if (area(r) > 33_554_000) fail('OperationCellsExceedLimit');
    for (let row = r.r0; row <= r.r1; row++) for (let c = r.c0; c <= r.c1; c++) Object.assign(this.ensure(row, c), patch);
  }

  /** Bounding box of cells holding a value (valuesOnly) or a value or any format. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [k, cell] of this.cells) {
      const hasFormat = Object.keys(cell).some((p) => p !== 'value' && p !== 'formula');
      if (cell.value === '' && cell.formula === undefined && (valuesOnly || !hasFormat)) continue;
      const row = Math.floor(k / MAX_COLS), col = k % MAX_COLS;
      [r0, c0, r1, c1] = [Math.min(r0, row), Math.min(c0, col), Math.max(r1, row), Math.max(c1, col)];
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  conditionalFormatsOn(rects: Rect[]): ConditionalFormatModel[] {
    return this.conditionalFormats.filter((cf) => cf.rects.some((a) => rects.some((b) => intersect(a, b))));
  }
}

/** The add-in the fake runs as unless FakeExcelOptions.addinId says otherwise. */
export const DEFAULT_ADDIN_ID = 'tracker-check';

export class WorkbookModel {
  name = 'Book1.xlsx';
  readonly sheets: SheetModel[] = [];
  /**
   * Settings are stored as JSON text, like the document property bag they live in, and "the scope
   * is limited to per file and add-in" (SettingCollection): each add-in id sees only its own.
   */
  private readonly settingsByAddin = new Map<string, Map<string, string>>();
  /** Workbook structure protection (Review > Protect Workbook): sheets cannot be added, deleted, renamed, moved, hidden or shown. */
  structureProtected = false;
  /** Workbook-scoped named ranges, keyed by lower-case name. */
  readonly names = new Map<string, NamedItemModel>();
  activeSheet: SheetModel | undefined;
  /** Workbook.readOnly (ExcelApi 1.8): opened read-only. The fake does not refuse writes for it; tests assert none were made. */
  readOnly = false;
  /** How text written to Range.values is read as typed input (dates, currency); en-GB by default. */
  inputLocale: InputLocale = EN_GB;
  private nextId = 1;

  /** The settings Tracker Check's add-in sees (the add-in the fake runs as by default). */
  get settings(): Map<string, string> { return this.settingsOf(DEFAULT_ADDIN_ID); }

  settingsOf(addinId: string): Map<string, string> {
    let settings = this.settingsByAddin.get(addinId);
    if (!settings) this.settingsByAddin.set(addinId, (settings = new Map()));
    return settings;
  }

  newId(prefix: string): string { return `${prefix}${this.nextId++}`; }

  addSheet(name: string): SheetModel {
    validateSheetName(name);
    if (this.findSheet(name)) fail('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
    const sheet = new SheetModel(`{${this.newId('sheet-')}}`, name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheet(name: string): SheetModel { return this.findSheet(name) ?? fail('ItemNotFound', `The worksheet '${name}' doesn't exist.`); }

  allTables(): Array<{ sheet: SheetModel; table: TableModel }> {
    return this.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }
}

export function validateSheetName(name: string): void {
  if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    fail('InvalidArgument', `'${String(name)}' is not a valid worksheet name.`);
  }
}

// ---- values -----------------------------------------------------------------------------------

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);
export const isErrorValue = (v: unknown): boolean => typeof v === 'string' && ERROR_VALUES.has(v);
const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * What Excel stores when a value is written through `values` (or `formulas`): strings beginning with
 * "=" become formulas (documented), and other text is read as if typed: numbers, percentages,
 * currency, fractions, dates and times become numbers with a matching number format (a General
 * cell only; see typed-input.ts), "+…"/"-…" text that is no number becomes a formula, TRUE/FALSE
 * booleans. A cell formatted as Text ("@") keeps the text exactly. A leading apostrophe marks text
 * and is not stored (it is Excel's quote prefix).
 */
export function storeInput(cell: Cell, input: unknown, where: string, locale: InputLocale = EN_GB): void {
  if (typeof input === 'number' && !Number.isFinite(input)) fail('InvalidArgument', `${where}: ${input} is not a valid cell value.`);
  if (typeof input !== 'string' && typeof input !== 'number' && typeof input !== 'boolean') {
    fail('InvalidArgument', `${where}: cell values must be strings, numbers or booleans, not ${input === null ? 'null' : typeof input}.`);
  }
  delete cell.formula;
  if (typeof input === 'string' && cell.numberFormat === '@') {
    // Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
    // Excel interprets this value as a formula" (no exception is documented for a text cell); the
    // quote prefix, as typed, makes any entry text and is not part of the value.
    if (input.startsWith("'")) cell.value = input.slice(1);
    else if (/^[=+-]./s.test(input)) [cell.formula, cell.value] = [input.startsWith('=') ? input : `=${input}`, input];
    else cell.value = input;
    return;
  }
  if (typeof input !== 'string') {
    cell.value = input;
    return;
  }
  const typed = NUMERIC.test(input) ? { value: Number(input) } : typedValue(input, locale);
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
  } else if (input.startsWith('=') && input.length > 1) {
    cell.formula = input;
    cell.value = input;
  } else if (typed) {
    cell.value = typed.value;
    if (typed.numberFormat !== undefined && (cell.numberFormat === undefined || cell.numberFormat === 'General')) cell.numberFormat = typed.numberFormat;
  } else if ((input.startsWith('+') || input.startsWith('-')) && input.length > 1) {
    cell.formula = `=${input}`;
    cell.value = input;
  } else if (/^(true|false)$/i.test(input)) {
    cell.value = input.toLowerCase() === 'true';
  } else {
    cell.value = input;
  }
}

export function valueType(v: CellValue): string {
  if (v === '') return 'Empty';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'Double';
  return isErrorValue(v) ? 'Error' : 'String';
}

// ---- display text -----------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function serialToDate(serial: number): Date {
  const days = serial < 61 ? serial - 1 : serial - 2; // Excel's 1900 leap-year bug
  return new Date(Date.UTC(1900, 0, 1) + Math.floor(days) * 86_400_000);
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Text as Excel would display it for the common formats trackers use; others fall back to General. */
export function displayText(value: CellValue, numberFormat = 'General'): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = numberFormat.split(';')[0] ?? 'General';
  const decimals = (f: string): number => /\.(0+)/.exec(f)?.[1]?.length ?? 0;
  if (/^0(\.0+)?%$/.test(fmt)) return `${(value * 100).toFixed(decimals(fmt))}%`;
  if (/^#,##0(\.0+)?$/.test(fmt)) {
    const [i = '', d] = Math.abs(value).toFixed(decimals(fmt)).split('.');
    return `${value < 0 ? '-' : ''}${group(i)}${d ? `.${d}` : ''}`;
  }
  if (/^0(\.0+)?$/.test(fmt)) return value.toFixed(decimals(fmt));
  if (/[dy]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) {
    const d = serialToDate(value);
    const parts: Record<string, string> = {
      yyyy: String(d.getUTCFullYear()),
      yy: String(d.getUTCFullYear()).slice(-2),
      mmmm: MONTHS[d.getUTCMonth()]!,
      mmm: MONTHS[d.getUTCMonth()]!.slice(0, 3),
      mm: String(d.getUTCMonth() + 1).padStart(2, '0'),
      m: String(d.getUTCMonth() + 1),
      dddd: DAYS[d.getUTCDay()]!,
      ddd: DAYS[d.getUTCDay()]!.slice(0, 3),
      dd: String(d.getUTCDate()).padStart(2, '0'),
      d: String(d.getUTCDate()),
    };
    return fmt.replace(/;@$/, '').replace(/\\(.)|"([^"]*)"|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d/gi, (tok, esc?: string, lit?: string) =>
      esc ?? lit ?? parts[tok.toLowerCase()] ?? tok,
    );
  }
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(Math.abs(value) >= 1 ? 11 : 10)));
}

// ---- colours ----------------------------------------------------------------------------------

const NAMED_COLOURS: Record<string, string> = {
  black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00',
  orange: '#FFA500', purple: '#800080', gray: '#808080', grey: '#808080', lightgray: '#D3D3D3', lightgrey: '#D3D3D3',
  darkgreen: '#006400', darkred: '#8B0000', lightblue: '#ADD8E6', lightgreen: '#90EE90', pink: '#FFC0CB',
};

/** Excel reports colours as "#RRGGBB"; it accepts that form or an HTML colour name. */
export function normaliseColour(input: unknown, where: string): string {
  if (typeof input === 'string') {
    if (/^#[0-9a-f]{6}$/i.test(input)) return input.toUpperCase();
    const named = NAMED_COLOURS[input.toLowerCase()];
    if (named) return named;
  }
  return fail('InvalidArgument', `${where}: '${String(input)}' is not a colour ("#RRGGBB" or an HTML colour name; the fake knows only common names).`);
}
