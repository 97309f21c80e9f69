/**
 * The very hidden lists sheet the status colouring looks its wordings up on: each list in a column
 * (its name in row 1, its values as text from row 2) and, in the last column, the record of the
 * conditional formats Tracker Check added ("Sheet!D5:D524"), so a later check replaces only those.
 */

import type { WordingList } from '../../../engine/edits/status-colouring-plan.js';
import { cellAddress, columnLetter } from '../../../engine/grid/a1.js';
import { escapeXml, readAttributes, unescapeXml } from '../xlsx-charts/xml-text.js';
import { childElements, findElement, findElements, MAIN_NS } from './xml-elements.js';

export const RECORD_HEADER = 'TrackerCheck_colourings';

/** The lists sheet's part; `textStyle` is the cell format index of a text ("@") cell. */
export function listsSheetXml(lists: readonly WordingList[], record: readonly string[], textStyle: number): string {
  const columns = [...lists.map((list) => [list.name, ...list.values]), [RECORD_HEADER, ...record]];
  const height = Math.max(...columns.map((column) => column.length));
  const rows: string[] = [];
  for (let row = 0; row < height; row++) {
    const cells = columns.flatMap((column, index) => {
      const value = column[row];
      if (value === undefined) return [];
      return [`<c r="${cellAddress(index, row + 1)}" s="${textStyle}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`];
    });
    rows.push(`<row r="${row + 1}">${cells.join('')}</row>`);
  }
  const last = cellAddress(columns.length - 1, height);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}"><dimension ref="A1:${last}"/><sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

/** "$A$2:$A$9" on the lists sheet for the list in column `index` of `count` values. */
export function listRange(index: number, count: number): string {
  const letter = columnLetter(index);
  return `$${letter}$2:$${letter}$${Math.max(2, count + 1)}`;
}

/** The text of each cell of a sheet part, by address; shared strings looked up in `strings` when given. */
function cellTexts(sheetXml: string, strings: (index: number) => string | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  for (const cell of findElements(sheetXml, 'c')) {
    const attributes = readAttributes(cell.startTag);
    const address = attributes.get('r');
    if (address === undefined) continue;
    const type = attributes.get('t');
    const value = findElement(cell.inner, 'v')?.inner;
    let text: string | undefined;
    if (type === 's') text = value === undefined ? undefined : strings(Number(value));
    else if (type === 'inlineStr') text = plainText(findElement(cell.inner, 'is')?.inner ?? '');
    else text = value === undefined ? undefined : unescapeXml(value);
    if (text !== undefined) texts.set(address, text);
  }
  return texts;
}

/** The text of a string item (CT_Rst): its runs' texts, phonetic runs left out. */
export function plainText(inner: string): string {
  const withoutPhonetics = inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  return findElements(withoutPhonetics, 't').map((t) => unescapeXml(t.inner)).join('');
}

/** The shared strings part's items, each as its inner XML. */
export function sharedStringItems(sharedStringsXml: string | undefined): string[] {
  if (sharedStringsXml === undefined) return [];
  return childElements(findElement(sharedStringsXml, 'sst')?.inner ?? '').map((si) => si.replace(/^<[^>]*>|<\/[^>]*>$/g, ''));
}

/** The record an earlier lists sheet kept: the "Sheet!ref" of each conditional format Tracker Check added. */
export function readRecord(sheetXml: string, sharedStrings: () => string[]): Set<string> {
  let items: string[] | undefined;
  const strings = (index: number) => {
    items ??= sharedStrings();
    const item = items[index];
    return item === undefined ? undefined : plainText(item);
  };
  const texts = cellTexts(sheetXml, strings);
  const header = [...texts].find(([address, text]) => /^[A-Z]+1$/.test(address) && text === RECORD_HEADER)?.[0];
  const recorded = new Set<string>();
  if (header === undefined) return recorded;
  const column = header.slice(0, -1);
  for (const [address, text] of texts) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (match?.[1] === column && Number(match[2]) > 1) recorded.add(text);
  }
  return recorded;
}
