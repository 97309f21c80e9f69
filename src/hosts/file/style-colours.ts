import type ExcelJS from 'exceljs';
import type { CellColours } from '../../engine/grid/sheet-grid.js';
import { tinted } from './theme-colours.js';

/** The colours a workbook's styles refer to: its theme's twelve and its indexed palette. */
export interface WorkbookPalette {
  readonly theme: readonly string[];
  readonly indexed: readonly string[];
  /**
   * The Normal style's font colour. A cell in it has no font colour of its own, as an automatic
   * font has none: Office.js reports both as the same #000000, so the add-in cannot tell them apart
   * and the file host leaves them out alike.
   */
  readonly defaultFont?: string;
}

/** A style's colour reference as exceljs gives it (ARGB, theme with tint, or indexed); undefined is automatic. */
export interface ColourReference {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** A colour reference as #RRGGBB, or undefined when it is automatic or names no colour. */
export function resolveColour(reference: ColourReference | undefined, palette: WorkbookPalette): string | undefined {
  if (!reference) return undefined;
  if (typeof reference.argb === 'string' && /^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(reference.argb)) {
    return `#${reference.argb.slice(-6).toUpperCase()}`;
  }
  if (typeof reference.theme === 'number') {
    const base = palette.theme[reference.theme];
    return base === undefined ? undefined : tinted(base, reference.tint ?? 0);
  }
  // 64 and 65 are the system foreground and background: automatic.
  if (typeof reference.indexed === 'number' && reference.indexed < 64) return palette.indexed[reference.indexed];
  return undefined;
}

/**
 * Reads a cell style's fill (solid pattern fills only: a pattern shows two colours, and the engine
 * asks for the one colour a cell shows) and font colour. exceljs shares one style object among the
 * cells of a style, so each style is resolved once.
 */
export function styleColourReader(palette: WorkbookPalette): (style: Partial<ExcelJS.Style> | undefined) => CellColours | undefined {
  const resolved = new WeakMap<object, CellColours | null>();
  return (style) => {
    // A cell with no style of its own has a fresh {} in exceljs: nothing to resolve or cache.
    if (!style || (style.fill === undefined && style.font === undefined)) return undefined;
    let colours = resolved.get(style);
    if (colours === undefined) {
      colours = coloursOf(style, palette);
      resolved.set(style, colours);
    }
    return colours ?? undefined;
  };
}

function coloursOf(style: Partial<ExcelJS.Style>, palette: WorkbookPalette): CellColours | null {
  const fillStyle = style.fill;
  const fill = fillStyle?.type === 'pattern' && fillStyle.pattern === 'solid' ? resolveColour(fillStyle.fgColor as ColourReference | undefined, palette) : undefined;
  const fontColour = resolveColour(style.font?.color as ColourReference | undefined, palette);
  const font = fontColour === palette.defaultFont ? undefined : fontColour;
  if (fill === undefined && font === undefined) return null;
  return { ...(fill !== undefined && { fill }), ...(font !== undefined && { font }) };
}
