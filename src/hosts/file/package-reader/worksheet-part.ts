import { isoFromUtcDate } from '../../../engine/dates/calendar.js';
import { EMPTY_CELL, textCell, type Cell } from '../../../engine/grid/cell.js';
import type { MergedArea, SheetGrid, SheetVisibility } from '../../../engine/grid/sheet-grid.js';
import type { TextBudget } from '../text-budget.js';
import { CellStyleIndex } from './cell-style-index.js';
import { unescapeOoxml } from './shared-strings-part.js';
import { count, READ_LIMITS, ReadLimitExceeded } from './read-limits.js';
import type { CellStyles } from './styles-part.js';
import { attribute, MAIN_NS, parsePart, type XmlTag } from './xml-stream.js';
import type { ZipDirectory, ZipEntry } from './zip-directory.js';

export interface WorksheetContext {
  readonly name: string;
  readonly visibility?: SheetVisibility;
  readonly strings: readonly string[];
  /** The cells made for shared strings so far, by index, shared by every sheet. */
  readonly sharedCells: Cell[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  readonly budget: TextBudget;
}

export interface WorksheetRead {
  readonly grid: SheetGrid;
  /** The cell format a cell is shown in: its own, else its row's, else its column's (0 is none). Row 1-based, column 0-based. */
  styleAt(row: number, column: number): number;
  /** The cell's own format, when the sheet has an element for it (0 is none). */
  ownStyleAt(row: number, column: number): number;
}

/**
 * A worksheet part read as it inflates into the engine's grid: only cells that hold a value are
 * made (an empty cell is the one shared EMPTY_CELL), merged areas stay areas. Every limit is
 * checked as the cells come, before the grid grows past it.
 */
export async function readWorksheetPart(zip: ZipDirectory, entry: ZipEntry, context: WorksheetContext): Promise<WorksheetRead> {
  const sheet = new SheetBuilder(context);
  await parsePart(zip, entry, {
    open: (tag) => sheet.open(tag),
    text: (text) => sheet.text(text),
    close: (tag) => sheet.close(tag),
  });
  return sheet.finish();
}

type CellText = 'none' | 'value' | 'formula';

class SheetBuilder {
  private readonly rows: Cell[][] = [];
  private readonly cellStyles = new CellStyleIndex();
  private readonly rowStyles = new Map<number, number>();
  private readonly columnStyles: Array<{ min: number; max: number; style: number }> = [];
  private readonly merges: MergedArea[] = [];
  private readonly dates = new Map<number, Cell>();
  private cells = 0;
  private cellElements = 0;
  private lastRow = 0;
  private lastColumn = -1;

  private row = 0;
  private readonly rowColumns: number[] = [];
  private readonly rowValues: Cell[] = [];
  private nextColumn = 0;

  private inCell = false;
  private column = 0;
  private type: string | undefined;
  private style = 0;
  private formula = false;
  private value: string | undefined;
  private reading: CellText = 'none';
  private inInline = false;

  constructor(private readonly context: WorksheetContext) {}

  /** Whether a namespace is SpreadsheetML's; a part uses one, so the answer is kept for the next tag. */
  private mainUri = '';
  private isMain(uri: string): boolean {
    if (uri === this.mainUri) return true;
    if (!MAIN_NS.has(uri)) return false;
    this.mainUri = uri;
    return true;
  }

  open(tag: XmlTag): void {
    if (!this.isMain(tag.uri)) return;
    switch (tag.local) {
      case 'c': {
        const reference = attribute(tag, 'r');
        this.column = reference === undefined ? this.nextColumn : columnOf(reference);
        this.nextColumn = this.column + 1;
        this.type = attribute(tag, 't');
        const style = attribute(tag, 's');
        this.style = style === undefined ? 0 : parseInt(style, 10) || 0;
        this.formula = false;
        this.value = undefined;
        this.inCell = true;
        this.cellStyles.add(this.row, this.column, this.style);
        if (++this.cellElements > READ_LIMITS.cellsPerSheet * 2) {
          throw new ReadLimitExceeded(`sheet "${this.context.name}" has more than ${count(READ_LIMITS.cellsPerSheet * 2)} cells written in it`);
        }
        break;
      }
      case 'v':
        if (this.inCell) this.reading = 'value';
        break;
      case 't':
        if (this.inInline) this.reading = 'value';
        break;
      case 'is':
        this.inInline = this.inCell;
        break;
      case 'rPh':
        this.inInline = false;
        break;
      case 'f':
        if (!this.inCell) break;
        if (attribute(tag, 't') !== undefined) this.formula = true;
        this.reading = 'formula';
        break;
      case 'row': {
        const reference = attribute(tag, 'r');
        this.row = reference === undefined ? this.row + 1 : parseInt(reference, 10);
        if (!(this.row >= 1 && this.row <= 1_048_576)) throw new ReadLimitExceeded(`sheet "${this.context.name}" has a row numbered past Excel's last`);
        this.nextColumn = 0;
        const style = attribute(tag, 's');
        if (style !== undefined && parseInt(style, 10) > 0) this.rowStyles.set(this.row, parseInt(style, 10));
        break;
      }
      case 'col': {
        const style = parseInt(attribute(tag, 'style') ?? '0', 10);
        if (style > 0) this.columnStyles.push({ min: parseInt(attribute(tag, 'min') ?? '0', 10) - 1, max: parseInt(attribute(tag, 'max') ?? '0', 10) - 1, style });
        break;
      }
      case 'mergeCell': {
        const area = areaOf(attribute(tag, 'ref') ?? '');
        if (!area) break;
        if (this.merges.length >= READ_LIMITS.mergedAreas) throw new ReadLimitExceeded(`sheet "${this.context.name}" has more than ${count(READ_LIMITS.mergedAreas)} merged areas`);
        this.merges.push(area);
        break;
      }
    }
  }

  text(text: string): void {
    if (this.reading === 'value') {
      this.value = this.value === undefined ? text : this.value + text;
      if (this.value.length > READ_LIMITS.charactersPerCell) {
        throw new ReadLimitExceeded(`a cell of sheet "${this.context.name}" holds more than ${count(READ_LIMITS.charactersPerCell)} characters`);
      }
    } else if (this.reading === 'formula') this.formula = true;
  }

  close(tag: XmlTag): void {
    if (!this.isMain(tag.uri)) return;
    switch (tag.local) {
      case 'v':
      case 't':
      case 'f':
        this.reading = 'none';
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'c':
        this.inCell = false;
        this.addCell(this.cellValue());
        break;
      case 'row':
        this.closeRow();
        break;
    }
  }

  /** The cell as exceljs read it before: a formula by its cached result, a number in a date format as a date. */
  private cellValue(): Cell {
    const value = this.value;
    if (this.formula) {
      if (!value) return EMPTY_CELL;
      switch (this.type) {
        case 'str':
          return this.text_(value);
        case 'b':
          return { kind: 'boolean', value: parseInt(value, 10) !== 0 };
        case 'e':
          return { kind: 'error', value };
        default:
          return this.number(parseFloat(value));
      }
    }
    if (value === undefined) return EMPTY_CELL;
    switch (this.type) {
      case 's':
        return this.sharedString(parseInt(value, 10));
      case 'str':
        return this.text_(value);
      case 'inlineStr':
        return this.text_(unescapeOoxml(value));
      case 'b':
        return { kind: 'boolean', value: parseInt(value, 10) !== 0 };
      case 'e':
        return { kind: 'error', value };
      case 'd': {
        const date = isoFromUtcDate(new Date(value));
        return date === undefined ? EMPTY_CELL : { kind: 'date', value: date };
      }
      default:
        return this.number(parseFloat(value));
    }
  }

  /**
   * A shared string's cell, made once and handed to every cell that uses the string (cells are never
   * changed), though each use still counts against the text budget.
   */
  private sharedString(index: number): Cell {
    const text = this.context.strings[index];
    if (text === undefined) return EMPTY_CELL;
    this.context.budget.spend(text.length);
    let cell = this.context.sharedCells[index];
    if (cell === undefined) {
      cell = textCell(text);
      this.context.sharedCells[index] = cell;
    }
    return cell;
  }

  private text_(value: string): Cell {
    this.context.budget.spend(value.length);
    return textCell(value);
  }

  private number(value: number): Cell {
    if (!Number.isFinite(value)) return EMPTY_CELL;
    if (!this.context.styles.isDate(this.style)) return { kind: 'number', value };
    // A tracker's dates repeat (a few target dates over thousands of rows): each serial is converted once.
    let date = this.dates.get(value);
    if (date === undefined) {
      // Excel's serial day: 0 is 30 December 1899 (1 January 1904 in the 1904 system).
      const iso = isoFromUtcDate(new Date(Math.round((value - 25569 + (this.context.date1904 ? 1462 : 0)) * 86_400_000)));
      date = iso === undefined ? EMPTY_CELL : { kind: 'date', value: iso };
      this.dates.set(value, date);
    }
    return date;
  }

  private addCell(cell: Cell): void {
    if (cell.kind === 'empty') return;
    if (++this.cells > READ_LIMITS.cellsPerSheet) {
      throw new ReadLimitExceeded(`sheet "${this.context.name}" holds more than ${count(READ_LIMITS.cellsPerSheet)} cells`);
    }
    const lastColumn = Math.max(this.lastColumn, this.column);
    const lastRow = Math.max(this.lastRow, this.row);
    if (lastRow * (lastColumn + 1) > READ_LIMITS.populatedRange) {
      throw new ReadLimitExceeded(
        `sheet "${this.context.name}" spreads its values over more than ${count(READ_LIMITS.populatedRange)} cells (rows × columns up to the last used)`,
      );
    }
    this.lastColumn = lastColumn;
    this.lastRow = lastRow;
    this.rowColumns.push(this.column);
    this.rowValues.push(cell);
  }

  private closeRow(): void {
    if (this.rowColumns.length > 0) {
      const values: Cell[] = new Array<Cell>(Math.max(...this.rowColumns) + 1).fill(EMPTY_CELL);
      this.rowColumns.forEach((column, i) => (values[column] = this.rowValues[i]!));
      this.rows[this.row - 1] = values;
      this.rowColumns.length = 0;
      this.rowValues.length = 0;
    }
  }

  finish(): WorksheetRead {
    const cells: Cell[][] = Array.from({ length: this.lastRow }, (_, r) => this.rows[r] ?? []);
    const merges = this.merges.sort((a, b) => a.top - b.top || a.left - b.left);
    let mergedRows = 0;
    for (const area of merges) mergedRows += Math.max(0, Math.min(area.bottom, this.lastRow) - area.top + 1);
    if (mergedRows > READ_LIMITS.mergedRows) {
      throw new ReadLimitExceeded(`sheet "${this.context.name}" has merged areas over more than ${count(READ_LIMITS.mergedRows)} rows of its values`);
    }
    const grid: SheetGrid = {
      name: this.context.name,
      top: 0,
      left: 0,
      cells,
      ...(merges.length > 0 && { merges }),
      ...(this.context.visibility !== undefined && { visibility: this.context.visibility }),
    };
    return { grid, styleAt: (row, column) => this.styleAt(row, column), ownStyleAt: (row, column) => this.cellStyles.styleOf(row, column) ?? 0 };
  }

  private styleAt(row: number, column: number): number {
    const own = this.cellStyles.styleOf(row, column);
    if (own !== undefined) return own;
    const rowStyle = this.rowStyles.get(row);
    if (rowStyle !== undefined) return rowStyle;
    return this.columnStyles.find((range) => range.min <= column && column <= range.max)?.style ?? 0;
  }
}

/** "XFD40000" → column 16383 (0-based). */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column - 1;
}

const AREA = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** "B2:D9" (or one cell, "B2") as an area, its ends in order; undefined for anything else. */
export function areaOf(reference: string): MergedArea | undefined {
  const match = AREA.exec(reference.trim());
  if (!match) return undefined;
  const [, left, top, right = left, bottom = top] = match;
  const a = { top: Number(top), left: columnOf(left!), bottom: Number(bottom), right: columnOf(right!) };
  return { top: Math.min(a.top, a.bottom), left: Math.min(a.left, a.right), bottom: Math.max(a.top, a.bottom), right: Math.max(a.left, a.right) };
}
