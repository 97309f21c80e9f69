/**
 * Adds formats to a workbook's styles part without disturbing it: fonts, fills, borders, number
 * formats, cell formats (cellXfs) and differential formats (dxfs) are appended, never reordered, and
 * a format the part already holds, written the same way, is used rather than added again.
 */

import { readRootLayout } from '../xlsx-charts/xml-top-level.js';
import { escapeXml, readAttributes } from '../xlsx-charts/xml-text.js';
import { appendToContainer, childElements, findElement, findElements, withAttribute } from './xml-elements.js';

const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Container = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';

/** The first number format id a workbook may define (lower ones are built in). */
const FIRST_CUSTOM_FORMAT = 164;

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export class StylesEditor {
  private readonly existing = new Map<Container, string[]>();
  private readonly added = new Map<Container, string[]>();
  private readonly formats = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly prefix: string;

  constructor(private readonly xml: string) {
    this.prefix = readRootLayout(xml).prefix;
    for (const name of ['fonts', 'fills', 'borders', 'cellXfs', 'dxfs'] as const) {
      this.existing.set(name, childElements(findElement(xml, name)?.inner ?? ''));
      this.added.set(name, []);
    }
    this.added.set('numFmts', []);
    for (const numFmt of findElements(findElement(xml, 'numFmts')?.inner ?? '', 'numFmt')) {
      const attributes = readAttributes(numFmt.startTag);
      const id = Number(attributes.get('numFmtId'));
      const code = attributes.get('formatCode');
      if (!Number.isInteger(id) || code === undefined) continue;
      if (!this.formats.has(code)) this.formats.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
  }

  font(xml: string): number {
    return this.index('fonts', xml);
  }
  fill(xml: string): number {
    return this.index('fills', xml);
  }
  border(xml: string): number {
    return this.index('borders', xml);
  }
  cellXf(xml: string): number {
    return this.index('cellXfs', xml);
  }
  dxf(xml: string): number {
    return this.index('dxfs', xml);
  }

  /** The id of a custom number format with this code, added when the part has none. */
  numberFormat(code: string): number {
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formats.set(code, id);
    this.added.get('numFmts')?.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The styles part with everything added. */
  toXml(): string {
    let xml = this.xml;
    for (const name of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs'] as const) {
      const children = this.added.get(name) ?? [];
      const later = ORDER.slice(ORDER.indexOf(name) + 1);
      xml = appendToContainer(xml, this.prefix, name, children, later, readRootLayout(xml).closeStart);
    }
    return xml;
  }

  get changed(): boolean {
    return [...this.added.values()].some((list) => list.length > 0);
  }

  private index(container: Container, xml: string): number {
    const existing = this.existing.get(container) ?? [];
    const added = this.added.get(container) ?? [];
    const at = existing.indexOf(xml);
    if (at >= 0) return at;
    const pending = added.indexOf(xml);
    if (pending >= 0) return existing.length + pending;
    added.push(xml);
    return existing.length + added.length - 1;
  }
}

/**
 * Maps the cell formats of another styles part (a scratch workbook's) into the editor's part: each
 * format's font, fill, border and number format are added (or found) first, then the format itself.
 */
export function styleMapper(sourceStylesXml: string, target: StylesEditor): (sourceIndex: number) => number {
  const list = (name: string) => childElements(findElement(sourceStylesXml, name)?.inner ?? '');
  const fonts = list('fonts');
  const fills = list('fills');
  const borders = list('borders');
  const xfs = list('cellXfs');
  const codes = new Map<number, string>();
  for (const numFmt of findElements(sourceStylesXml, 'numFmt')) {
    const attributes = readAttributes(numFmt.startTag);
    const code = attributes.get('formatCode');
    if (code !== undefined) codes.set(Number(attributes.get('numFmtId')), code);
  }
  const mapped = new Map<number, number>();
  return (sourceIndex) => {
    const known = mapped.get(sourceIndex);
    if (known !== undefined) return known;
    const xf = xfs[sourceIndex];
    if (xf === undefined) return 0;
    const startTag = /^<[^>]*>/.exec(xf)?.[0] ?? xf;
    const attributes = readAttributes(startTag);
    let tag = startTag;
    const remap = (attribute: string, items: string[], add: (xml: string) => number) => {
      const value = attributes.get(attribute);
      const item = value === undefined ? undefined : items[Number(value)];
      if (item !== undefined) tag = withAttribute(tag, attribute, String(add(item)));
    };
    remap('fontId', fonts, (x) => target.font(x));
    remap('fillId', fills, (x) => target.fill(x));
    remap('borderId', borders, (x) => target.border(x));
    const formatId = Number(attributes.get('numFmtId') ?? 0);
    const code = codes.get(formatId);
    if (code !== undefined) tag = withAttribute(tag, 'numFmtId', String(target.numberFormat(code)));
    // The workbook's own Normal style is the parent of every added format.
    if (attributes.has('xfId')) tag = withAttribute(tag, 'xfId', '0');
    const index = target.cellXf(tag + xf.slice(startTag.length));
    mapped.set(sourceIndex, index);
    return index;
  };
}
