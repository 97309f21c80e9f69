// What a cell SHOWS: its own fill and font colour, overridden by the sheet's conditional formats
// that hold for it, evaluated as Excel does with a real formula engine (HyperFormula, GPL-3.0, a
// dev dependency). Not exported from index.ts, so browser bundles of the fake stay small.
//
// - Every sheet's values (hidden and very hidden ones too) and formulas are loaded, and the
//   workbook's named ranges, so a rule such as =COUNTIF(TrackerCheckLists,$D5)=0 sees its list.
// - A rule's formula is written relative to the top-left cell of the first area it applies to;
//   for another cell its relative references move by the same offset, "$" parts stay.
// - Rules are tried in priority order (0 first). Every rule that holds contributes what it sets
//   that a higher-priority rule has not set already; a rule with stopIfTrue that holds ends it.
// - Comparisons on text ignore case (Excel's "="; EXACT does not), and TRIM removes only the
//   ordinary space, as in Excel.
// - Known difference from Excel: HyperFormula's COUNTIF gives #VALUE! when its criterion is a
//   blank cell (Excel counts 0), so such a rule never holds here; write the criterion as $C5&"".

import { HyperFormula, type RawCellContent } from 'hyperformula';
import { columnIndex, columnName, contains, formatAbsolute, MAX_COLS, MAX_ROWS, parseRef } from './a1.js';
import { fail } from './errors.js';
import { displayText, isErrorValue, type Cell, type ConditionalFormatModel, type SheetModel, type WorkbookModel } from './model.js';

export interface ShownFormat {
  /** "#RRGGBB", or null when the cell shows no fill. */
  fill: string | null;
  fontColor: string;
}

const DEFAULT_FONT = '#000000';

/** Evaluates conditional formats over a snapshot of `model` taken now; call at() for each cell. */
export function shownFormats(model: WorkbookModel): { at(sheet: string, address: string): ShownFormat } {
  const hf = HyperFormula.buildFromSheets(Object.fromEntries(model.sheets.map((s) => [s.name, sheetContents(s)])), {
    licenseKey: 'gpl-v3',
    useArrayArithmetic: true, // conditional-format formulas evaluate arrays, as in Excel
  });
  for (const item of model.names.values()) {
    if (!item.sheet.deleted) hf.addNamedExpression(item.name, `=${formatAbsolute(item.sheet.name, item.rect)}`);
  }
  return {
    at(sheetName, address) {
      const sheet = model.sheet(sheetName);
      const cell = parseRef(address).rect;
      // A merged area shows its top-left cell, formats included, across the whole area, as Excel draws it.
      const merge = sheet.merges.find((m) => contains(m, cell.r0, cell.c0));
      const row = merge?.r0 ?? cell.r0;
      const col = merge?.c0 ?? cell.c0;
      const own = sheet.view(row, col);
      const shown: Partial<ShownFormat> = {};
      const sheetId = hf.getSheetId(sheet.name) ?? fail('ItemNotFound', `No sheet '${sheet.name}' in the formula engine.`);
      for (const cf of [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
        if (!cf.rects.some((r) => contains(r, row, col)) || !holds(hf, sheetId, cf, row, col, own)) continue;
        if (cf.format.fill !== undefined) shown.fill ??= cf.format.fill;
        if (cf.format.fontColor !== undefined) shown.fontColor ??= cf.format.fontColor;
        if (cf.stopIfTrue) break;
      }
      return { fill: shown.fill ?? own.fill ?? null, fontColor: shown.fontColor ?? own.fontColor ?? DEFAULT_FONT };
    },
  };
}

export function shownFormat(model: WorkbookModel, sheet: string, address: string): ShownFormat {
  return shownFormats(model).at(sheet, address);
}

export function shownFill(model: WorkbookModel, sheet: string, address: string): string | null {
  return shownFormat(model, sheet, address).fill;
}

/** The sheet as rows for HyperFormula: text kept as text (an apostrophe prefix), formulas as formulas. */
function sheetContents(sheet: SheetModel): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const [r, c, cell] of sheet.cellsIn({ r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 })) {
    const content = contentOf(cell);
    if (content === null) continue;
    (rows[r] ??= [])[c] = content;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
}

function contentOf(cell: Cell): RawCellContent {
  if (cell.formula !== undefined) return cell.formula;
  if (cell.value === '') return null;
  if (typeof cell.value !== 'string' || isErrorValue(cell.value)) return cell.value;
  return `'${cell.value}`;
}

function holds(hf: HyperFormula, sheetId: number, cf: ConditionalFormatModel, row: number, col: number, cell: Cell): boolean {
  const anchor = cf.rects[0]!;
  const rule = cf.rule ?? {};
  if (cf.type === 'ContainsText') return containsText(rule, displayText(cell.value, cell.numberFormat));
  const at = (formula: string): string => shiftFormula(formula, row - anchor.r0, col - anchor.c0);
  if (cf.type === 'Custom') return truthy(hf.calculateFormula(at(String(rule['formula'] ?? '=FALSE')), sheetId));
  const here = `${columnName(col)}${row + 1}`;
  const operand = (k: string): string => {
    const f = String(rule[k] ?? '');
    if (f.startsWith('=')) return `(${at(f).slice(1)})`;
    return Number.isFinite(Number(f)) && f.trim() !== '' ? f : `"${f.replace(/"/g, '""')}"`;
  };
  const [a, b] = [operand('formula1'), operand('formula2')];
  const test: Record<string, string> = {
    Between: `AND(${here}>=MIN(${a},${b}),${here}<=MAX(${a},${b}))`,
    NotBetween: `OR(${here}<MIN(${a},${b}),${here}>MAX(${a},${b}))`,
    EqualTo: `${here}=${a}`,
    NotEqualTo: `${here}<>${a}`,
    GreaterThan: `${here}>${a}`,
    LessThan: `${here}<${a}`,
    GreaterThanOrEqual: `${here}>=${a}`,
    LessThanOrEqual: `${here}<=${a}`,
  };
  const formula = test[String(rule['operator'])];
  return formula !== undefined && truthy(hf.calculateFormula(`=${formula}`, sheetId));
}

/** Excel's text rules ignore case. */
function containsText(rule: Record<string, unknown>, shown: string): boolean {
  const text = String(rule['text'] ?? '').toLowerCase();
  const value = shown.toLowerCase();
  switch (rule['operator']) {
    case 'Contains': return value.includes(text);
    case 'NotContains': return !value.includes(text);
    case 'BeginsWith': return value.startsWith(text);
    case 'EndsWith': return value.endsWith(text);
    default: return false;
  }
}

/** A rule holds for TRUE or a non-zero number; text, errors and blanks do not make it hold. */
function truthy(result: unknown): boolean {
  const first = Array.isArray(result) ? (result[0] as unknown[] | undefined)?.[0] : result;
  return first === true || (typeof first === 'number' && first !== 0);
}

// Cell references outside string literals: an optional sheet prefix, then a cell (A1, $A$1) or a
// whole-column pair (A:A). Names (TrackerCheckLists), functions (LOG10() and R1C1 are left alone.
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!`;
const CELL_REF = new RegExp(String.raw`(^|[^A-Za-z0-9_.$'])(${SHEET})?(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])`, 'g');
const COLUMNS_REF = new RegExp(String.raw`(^|[^A-Za-z0-9_.$'])(${SHEET})?(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(!])`, 'g');

/** The formula as it reads from a cell `dr` rows and `dc` columns away from the one it was written for. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const moveColumn = (anchored: string, letters: string): string | null => {
    const c = anchored ? columnIndex(letters) : columnIndex(letters) + dc;
    return c < 0 || c >= MAX_COLS ? null : `${anchored}${columnName(c)}`;
  };
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part; // a string literal
      return part
        .replace(COLUMNS_REF, (_m, lead: string, sheet = '', a1: string, l1: string, a2: string, l2: string) => {
          const [x, y] = [moveColumn(a1, l1), moveColumn(a2, l2)];
          return x && y ? `${lead}${sheet}${x}:${y}` : `${lead}#REF!`;
        })
        .replace(CELL_REF, (_m, lead: string, sheet = '', aCol: string, letters: string, aRow: string, digits: string) => {
          const column = moveColumn(aCol, letters);
          const r = aRow ? Number(digits) : Number(digits) + dr;
          return column && r >= 1 && r <= MAX_ROWS ? `${lead}${sheet}${column}${aRow}${r}` : `${lead}#REF!`;
        });
    })
    .join('');
}
