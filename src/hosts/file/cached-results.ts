import type JSZip from 'jszip';
import { textCell, type Cell } from '../../engine/grid/cell.js';
import { findWorksheetPart } from './xlsx-charts/workbook-sheets.js';
import { readAttributes, unescapeXml } from './xlsx-charts/xml-text.js';

// A <c> element typed as an error or a string, with its content. The c element's attributes hold no
// "/" or ">", so [^>/]* keeps to one start tag and never takes an empty <c .../> as an open one.
const TYPED_CELL = /<c\s([^>/]*\bt="(?:e|str)"[^>/]*)>([\s\S]*?)<\/c>/g;
const CACHED_VALUE = /<v>([^<]*)<\/v>/;

/**
 * The cached results of formula cells exceljs could not give (see cellReader), read from
 * the worksheet's XML: an error ("#N/A") or a text ("TBC"), by A1 address. Only called for a sheet
 * that has such cells, so other sheets' XML is never scanned.
 */
export async function cachedResults(zip: JSZip, sheetName: string, addresses: ReadonlySet<string>): Promise<Map<string, Cell>> {
  const found = new Map<string, Cell>();
  const xml = await zip.file(await findWorksheetPart(zip, sheetName))?.async('string');
  if (xml === undefined) return found;
  for (const match of xml.matchAll(TYPED_CELL)) {
    const attributes = readAttributes(match[1] ?? '');
    const address = attributes.get('r');
    if (address === undefined || !addresses.has(address)) continue;
    const value = CACHED_VALUE.exec(match[2] ?? '')?.[1];
    if (value === undefined) continue;
    const text = unescapeXml(value);
    found.set(address, attributes.get('t') === 'e' ? { kind: 'error', value: text } : textCell(text));
  }
  return found;
}
