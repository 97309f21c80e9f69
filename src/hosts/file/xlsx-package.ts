import JSZip from 'jszip';
import { DEFAULT_INDEXED_COLOURS } from './indexed-colours.js';
import { resolveColour, type ColourReference, type WorkbookPalette } from './style-colours.js';
import { OFFICE_2013_THEME_COLOURS, themeColours } from './theme-colours.js';
import { findStartTags, readAttributes } from './xlsx-charts/xml-text.js';

export type OpenedPackage = { ok: true; zip: JSZip } | { ok: false; message: string };

/**
 * Opens a zip and makes sure it is an Excel workbook exceljs can read (exceljs reads xl/workbook.xml
 * and nothing else), so that another kind of zip is refused with what to save it as rather than read
 * as a workbook with no sheets.
 */
export async function openWorkbookPackage(path: string, bytes: Uint8Array): Promise<OpenedPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return { ok: false, message: `${path}: the file is damaged and cannot be opened (${String((error as Error)?.message ?? error).split('\n')[0]})` };
  }
  const mimetype = (await zip.file('mimetype')?.async('string'))?.trim();
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') {
    return { ok: false, message: `${path}: this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) and try again` };
  }
  if (zip.file('xl/workbook.bin')) {
    return { ok: false, message: `${path}: this is a binary Excel workbook (.xlsb); save it as an Excel workbook (.xlsx) in Excel and try again` };
  }
  if (!zip.file('xl/workbook.xml')) {
    return { ok: false, message: `${path}: this is not an Excel workbook (it has no workbook part); save it as .xlsx or .csv and try again` };
  }
  return { ok: true, zip };
}

/** The workbook's theme colours, indexed palette and Normal font colour, from its theme and styles parts. */
export async function readPalette(zip: JSZip): Promise<WorkbookPalette> {
  const [themeXml, stylesXml] = await Promise.all([zip.file('xl/theme/theme1.xml')?.async('string'), zip.file('xl/styles.xml')?.async('string')]);
  const theme = themeXml === undefined ? OFFICE_2013_THEME_COLOURS : themeColours(themeXml);
  const indexed = stylesXml === undefined ? DEFAULT_INDEXED_COLOURS : indexedColours(stylesXml);
  const normalFont = stylesXml === undefined ? undefined : firstFontColour(stylesXml);
  const defaultFont = resolveColour(normalFont, { theme, indexed });
  return { theme, indexed, ...(defaultFont !== undefined && { defaultFont }) };
}

/** The workbook's own <indexedColors>, over the default palette. */
function indexedColours(stylesXml: string): readonly string[] {
  const own = /<(?:\w+:)?indexedColors>([\s\S]*?)<\/(?:\w+:)?indexedColors>/.exec(stylesXml)?.[1];
  if (own === undefined) return DEFAULT_INDEXED_COLOURS;
  const palette = [...DEFAULT_INDEXED_COLOURS];
  findStartTags(own, 'rgbColor').forEach((tag, index) => {
    const argb = readAttributes(tag).get('rgb');
    if (argb && /^[0-9a-f]{8}$/i.test(argb) && index < 64) palette[index] = `#${argb.slice(2).toUpperCase()}`;
  });
  return palette;
}

/** The colour of fonts[0], the font of the Normal style. */
function firstFontColour(stylesXml: string): ColourReference | undefined {
  const fonts = /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(stylesXml)?.[1] ?? '';
  const first = /<(?:\w+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?font>)/.exec(fonts)?.[1] ?? '';
  const tag = findStartTags(first, 'color')[0];
  if (tag === undefined) return undefined;
  const attributes = readAttributes(tag);
  const number = (name: string): number | undefined => (attributes.has(name) ? Number(attributes.get(name)) : undefined);
  const reference: ColourReference = {};
  const rgb = attributes.get('rgb');
  if (rgb !== undefined) reference.argb = rgb;
  const theme = number('theme');
  if (theme !== undefined) reference.theme = theme;
  const tint = number('tint');
  if (tint !== undefined) reference.tint = tint;
  const indexed = number('indexed');
  if (indexed !== undefined) reference.indexed = indexed;
  return reference;
}
