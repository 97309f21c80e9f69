// Range.getCellProperties (ExcelApi 1.9): each cell's own format, as a 2-D array of plain objects
// holding only what the load options asked for. Conditional formats do not show here, as in Excel:
// this is the cell's own fill and font (see shown-format.ts for what a cell shows).

import { formatAddress, type Rect } from './a1.js';
import { fail, notModelled } from './errors.js';
import { DEFAULT_COLUMN_WIDTH, type Cell, type SheetModel } from './model.js';

/**
 * A cell with no fill reports "#FFFFFF", the same as a white fill: Excel does the same through
 * getCellProperties and format.fill.color (OfficeDev/office-js issues #4900 and #6218). What tells
 * them apart in Excel is tintAndShade, null for "No Fill" and a number for a fill (Microsoft's
 * answer in #4900), so the fake reports that too; pattern is "None" or "Solid".
 */
export const NO_FILL_COLOUR = '#FFFFFF';
const DEFAULT_FONT_COLOUR = '#000000';

type Reader = (cell: Cell) => unknown;
const FILL: Record<string, Reader> = {
  color: (c) => c.fill ?? NO_FILL_COLOUR,
  pattern: (c) => (c.fill === undefined ? 'None' : 'Solid'),
  tintAndShade: (c) => (c.fill === undefined ? null : 0),
};
const FONT: Record<string, Reader> = {
  color: (c) => c.fontColor ?? DEFAULT_FONT_COLOUR,
  bold: (c) => c.bold ?? false,
  italic: (c) => c.italic ?? false,
  name: (c) => c.fontName ?? 'Calibri',
  size: (c) => c.fontSize ?? 11,
};
const FORMAT: Record<string, Reader> = {
  wrapText: (c) => c.wrapText ?? false,
  horizontalAlignment: (c) => c.horizontalAlignment ?? 'General',
  verticalAlignment: (c) => c.verticalAlignment ?? 'Bottom',
};

/** Picks the requested keys of one level of the load options; anything not modelled throws at once. */
function requested(options: unknown, known: string[], where: string): string[] {
  if (options === true) return known;
  if (!options || typeof options !== 'object') return fail('InvalidArgument', `${where}: load options must be an object of booleans.`);
  const keys = Object.entries(options as Record<string, unknown>).filter(([, v]) => v !== false && v !== undefined).map(([k]) => k);
  for (const k of keys) if (!known.includes(k)) notModelled(`${where}.${k}`);
  return keys;
}

export interface CellPropertiesPlan {
  top: string[];
  format: string[];
  fill: string[];
  font: string[];
}

/** Checks the options when getCellProperties is called, as office.js validates its arguments. */
export function planCellProperties(options: unknown): CellPropertiesPlan {
  const top = requested(options, ['address', 'addressLocal', 'hidden', 'style', 'format'], 'CellPropertiesLoadOptions');
  const format = top.includes('format')
    ? requested((options as Record<string, unknown>)['format'], ['fill', 'font', 'columnWidth', 'rowHeight', ...Object.keys(FORMAT)], 'CellPropertiesLoadOptions.format')
    : [];
  const sub = (k: string, readers: Record<string, Reader>): string[] =>
    format.includes(k) ? requested(((options as Record<string, Record<string, unknown>>)['format'] ?? {})[k], Object.keys(readers), `CellPropertiesLoadOptions.format.${k}`) : [];
  return { top, format, fill: sub('fill', FILL), font: sub('font', FONT) };
}

/** Runs at sync: one object per cell with exactly the requested properties. */
export function readCellProperties(sheet: SheetModel, r: Rect, plan: CellPropertiesPlan): Record<string, unknown>[][] {
  const out: Record<string, unknown>[][] = [];
  for (let row = r.r0; row <= r.r1; row++) {
    const line: Record<string, unknown>[] = [];
    for (let col = r.c0; col <= r.c1; col++) {
      const cell = sheet.view(row, col);
      const props: Record<string, unknown> = {};
      for (const k of plan.top) {
        if (k === 'address' || k === 'addressLocal') props[k] = formatAddress(sheet.name, { r0: row, c0: col, r1: row, c1: col });
        else if (k === 'hidden') props[k] = false;
        else if (k === 'style') props[k] = 'Normal';
      }
      if (plan.top.includes('format')) {
        const format: Record<string, unknown> = {};
        for (const k of plan.format) {
          if (k === 'fill') format[k] = Object.fromEntries(plan.fill.map((p) => [p, FILL[p]!(cell)]));
          else if (k === 'font') format[k] = Object.fromEntries(plan.font.map((p) => [p, FONT[p]!(cell)]));
          else if (k === 'columnWidth') format[k] = sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
          else if (k === 'rowHeight') format[k] = sheet.rowHeights.get(row) ?? sheet.standardRowHeight;
          else format[k] = FORMAT[k]!(cell);
        }
        props['format'] = format;
      }
      line.push(props);
    }
    out.push(line);
  }
  return out;
}
