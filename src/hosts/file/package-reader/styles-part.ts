import type { CellColours } from '../../../engine/grid/sheet-grid.js';
import { DEFAULT_INDEXED_COLOURS } from '../indexed-colours.js';
import { resolveColour, type ColourReference, type WorkbookPalette } from '../style-colours.js';
import { MAIN_NS, parsePart, attribute, type XmlTag } from './xml-stream.js';
import type { ZipDirectory, ZipEntry } from './zip-directory.js';

/** What the reader needs of each cell format (cellXfs): whether it shows a date, and its colours. */
export interface CellStyles {
  isDate(styleId: number): boolean;
  /** The format code a cell in this style is shown in; undefined for General. */
  numberFormat(styleId: number): string | undefined;
  colours(styleId: number): CellColours | undefined;
}

interface RawStyles {
  numFmts: Map<number, string>;
  fonts: Array<ColourReference | undefined>;
  fills: Array<{ solid: boolean; fg?: ColourReference }>;
  xfs: Array<{ numFmtId: number | undefined; fontId: number | undefined; fillId: number | undefined }>;
  indexed: string[];
}

// Excel's built-in number formats (ECMA-376 Part 1, 18.8.30) that have one code whatever the locale, as exceljs knew them.
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** A number format shows a date when, outside [colours] and "quoted text", it has a date or time letter. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

export const NO_STYLES: CellStyles = { isDate: () => false, numberFormat: () => undefined, colours: () => undefined };

/** The styles part's cell formats, their colours resolved through the theme's colours and the workbook's indexed palette. */
export async function readStylesPart(zip: ZipDirectory, entry: ZipEntry | undefined, theme: readonly string[]): Promise<CellStyles> {
  if (!entry) return NO_STYLES;
  const raw = await readRawStyles(zip, entry);
  const palette: WorkbookPalette = { theme, indexed: raw.indexed };
  const defaultFont = resolveColour(raw.fonts[0], palette);
  const formats = raw.xfs.map((xf) => (xf.numFmtId ? (raw.numFmts.get(xf.numFmtId) ?? BUILT_IN_FORMATS[xf.numFmtId]) : undefined));
  const dates = formats.map(isDateFormat);
  const resolved = new Map<number, CellColours | undefined>();
  return {
    isDate: (styleId) => dates[styleId] === true,
    numberFormat: (styleId) => {
      const format = styleId > 0 ? formats[styleId] : undefined;
      return format === 'General' || format === '' ? undefined : format;
    },
    colours(styleId) {
      // Style 0 reads as no style at all, as exceljs and so the add-in's reading of it had it.
      if (styleId <= 0 || styleId >= raw.xfs.length) return undefined;
      if (resolved.has(styleId)) return resolved.get(styleId);
      const xf = raw.xfs[styleId]!;
      const fillStyle = xf.fillId === undefined ? undefined : raw.fills[xf.fillId];
      const fill = fillStyle?.solid ? resolveColour(fillStyle.fg, palette) : undefined;
      const fontColour = xf.fontId === undefined ? undefined : resolveColour(raw.fonts[xf.fontId], palette);
      const font = fontColour === defaultFont ? undefined : fontColour;
      const colours = fill === undefined && font === undefined ? undefined : { ...(fill !== undefined && { fill }), ...(font !== undefined && { font }) };
      resolved.set(styleId, colours);
      return colours;
    },
  };
}

async function readRawStyles(zip: ZipDirectory, entry: ZipEntry): Promise<RawStyles> {
  const raw: RawStyles = { numFmts: new Map(), fonts: [], fills: [], xfs: [], indexed: [...DEFAULT_INDEXED_COLOURS] };
  // The path of main-namespace element names from the root: <xf> counts only under <cellXfs>, a
  // <font> only under <fonts> (not a differential format's), and so on.
  const path: string[] = [];
  let indexedSlot = 0;
  const under = (...names: string[]): boolean => path.length === names.length + 1 && names.every((name, i) => path[i + 1] === name);
  await parsePart(zip, entry, {
    open(tag) {
      path.push(MAIN_NS.has(tag.uri) ? tag.local : '');
      if (under('numFmts', 'numFmt')) {
        raw.numFmts.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
      } else if (under('fonts', 'font')) {
        raw.fonts.push(undefined);
      } else if (under('fonts', 'font', 'color')) {
        raw.fonts[raw.fonts.length - 1] = colourReference(tag);
      } else if (under('fills', 'fill')) {
        raw.fills.push({ solid: false });
      } else if (under('fills', 'fill', 'patternFill')) {
        raw.fills[raw.fills.length - 1]!.solid = attribute(tag, 'patternType') === 'solid';
      } else if (under('fills', 'fill', 'patternFill', 'fgColor')) {
        const fg = colourReference(tag);
        if (fg) raw.fills[raw.fills.length - 1]!.fg = fg;
      } else if (under('cellXfs', 'xf')) {
        raw.xfs.push({ numFmtId: integer(tag, 'numFmtId'), fontId: integer(tag, 'fontId'), fillId: integer(tag, 'fillId') });
      } else if (under('colors', 'indexedColors', 'rgbColor')) {
        const argb = attribute(tag, 'rgb');
        if (argb && /^[0-9a-f]{8}$/i.test(argb) && indexedSlot < 64) raw.indexed[indexedSlot] = `#${argb.slice(2).toUpperCase()}`;
        indexedSlot += 1;
      }
    },
    close() {
      path.pop();
    },
  });
  return raw;
}

function integer(tag: XmlTag, name: string): number | undefined {
  const value = attribute(tag, name);
  return value === undefined ? undefined : parseInt(value, 10);
}

/** A colour element as a reference: rgb first, then theme (with its tint), then indexed; none is automatic. */
function colourReference(tag: XmlTag): ColourReference | undefined {
  const rgb = attribute(tag, 'rgb');
  if (rgb) return { argb: rgb };
  const theme = attribute(tag, 'theme');
  if (theme) {
    const tint = attribute(tag, 'tint');
    return { theme: parseInt(theme, 10), ...(tint && { tint: parseFloat(tint) }) };
  }
  const indexed = attribute(tag, 'indexed');
  return indexed ? { indexed: parseInt(indexed, 10) } : undefined;
}
