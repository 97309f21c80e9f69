// A1 addresses: parsing "Sheet1!A1:D29", "'My sheet'!B:B", "4:4", "$A$1" and formatting them back
// the way Excel reports them (sheet name quoted when it needs quoting).

import { fail } from './errors.js';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Inclusive, zero-based rectangle of cells. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rect(r0: number, c0: number, r1 = r0, c1 = c0): Rect {
  if (r0 < 0 || c0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLS || r1 < r0 || c1 < c0) {
    fail('InvalidArgument', `The range (${r0},${c0})-(${r1},${c1}) is outside the worksheet grid.`);
  }
  return { r0, c0, r1, c1 };
}

export const rows = (r: Rect): number => r.r1 - r.r0 + 1;
export const cols = (r: Rect): number => r.c1 - r.c0 + 1;
export const area = (r: Rect): number => rows(r) * cols(r);
export const contains = (r: Rect, row: number, col: number): boolean =>
  row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
export const isEntireColumns = (r: Rect): boolean => r.r0 === 0 && r.r1 === MAX_ROWS - 1;
export const isEntireRows = (r: Rect): boolean => r.c0 === 0 && r.c1 === MAX_COLS - 1;

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0), c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1), c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : null;
}

export function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1", "A1:D29", "B:B", "4:4"; the whole sheet reads "1:1048576" as in Excel. */
export function formatRect(r: Rect): string {
  if (isEntireColumns(r) && !isEntireRows(r)) return `${columnName(r.c0)}:${columnName(r.c1)}`;
  if (isEntireRows(r)) return `${r.r0 + 1}:${r.r1 + 1}`;
  const first = `${columnName(r.c0)}${r.r0 + 1}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? first : `${first}:${columnName(r.c1)}${r.r1 + 1}`;
}

export function quoteSheetName(name: string): string {
  const looksLikeRef = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !looksLikeRef ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r)}`;
}

/** "'My sheet'!$A$1:$B$2", as Excel reports the reference of a named range. */
export function formatAbsolute(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r).replace(/([A-Z]+|\d+)/g, '$$$1')}`;
}

export interface ParsedRef {
  sheet?: string;
  rect: Rect;
}

const CELL = /^([A-Za-z]{1,3})(\d{1,7})$/;

function parseEnd(text: string): { row?: number; col?: number } | null {
  const t = text.replace(/\$/g, '');
  const cell = CELL.exec(t);
  if (cell) return { col: columnIndex(cell[1]!), row: Number(cell[2]) - 1 };
  if (/^[A-Za-z]{1,3}$/.test(t)) return { col: columnIndex(t) };
  if (/^\d{1,7}$/.test(t)) return { row: Number(t) - 1 };
  return null;
}

/** Parses one rectangular reference; throws InvalidArgument for anything else (names, R1C1, junk). */
export function parseRef(address: string): ParsedRef {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const s = text.slice(0, bang);
    sheet = s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
    text = text.slice(bang + 1);
  }
  const parts = text.split(':');
  const a = parts.length <= 2 ? parseEnd(parts[0] ?? '') : null;
  const b = parts.length === 2 ? parseEnd(parts[1] ?? '') : a;
  const bad = (): never => fail('InvalidArgument', `The address '${address}' is not a valid A1 reference.`);
  if (!a || !b) return bad();
  const kindA = a.row === undefined ? 'col' : a.col === undefined ? 'row' : 'cell';
  const kindB = b.row === undefined ? 'col' : b.col === undefined ? 'row' : 'cell';
  if (kindA !== kindB || (parts.length === 1 && kindA !== 'cell')) return bad();
  const r0 = Math.min(a.row ?? 0, b.row ?? 0), r1 = Math.max(a.row ?? MAX_ROWS - 1, b.row ?? MAX_ROWS - 1);
  const c0 = Math.min(a.col ?? 0, b.col ?? 0), c1 = Math.max(a.col ?? MAX_COLS - 1, b.col ?? MAX_COLS - 1);
  if (r1 >= MAX_ROWS || c1 >= MAX_COLS || r0 < 0 || c0 < 0) return bad();
  return sheet === undefined ? { rect: { r0, c0, r1, c1 } } : { sheet, rect: { r0, c0, r1, c1 } };
}

/** "A1:B2, D5" as used by Worksheet.getRanges. */
export function parseRefs(addresses: string): ParsedRef[] {
  const parts = addresses.split(/[,;]/).map((s) => s.trim()).filter((s) => s !== '');
  if (parts.length === 0) fail('InvalidArgument', `The address '${addresses}' is empty.`);
  return parts.map(parseRef);
}

/** The cells of `a` outside `b`, as up to four rectangles (bands above, below, left and right). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (a.r0 < i.r0) out.push({ r0: a.r0, c0: a.c0, r1: i.r0 - 1, c1: a.c1 });
  if (i.r1 < a.r1) out.push({ r0: i.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < i.c0) out.push({ r0: i.r0, c0: a.c0, r1: i.r1, c1: i.c0 - 1 });
  if (i.c1 < a.c1) out.push({ r0: i.r0, c0: i.c1 + 1, r1: i.r1, c1: a.c1 });
  return out;
}
