/**
 * The very hidden lists sheet the status colouring looks its wordings up on: each list in a column,
 * its name in row 1 and its values as text from row 2, as the add-in writes it. No record of the
 * formats is kept beside them: they are told by their formulas (engine/edits/ownership.ts).
 */

import type { WordingList } from '../../../engine/edits/status-colouring-plan.js';
import { cellAddress, columnLetter } from '../../../engine/grid/a1.js';
import { escapeXml } from '../xlsx-charts/xml-text.js';
import { childElements, findElement, MAIN_NS } from './xml-elements.js';

/** The lists sheet's part; `textStyle` is the cell format index of a text ("@") cell. */
export function listsSheetXml(lists: readonly WordingList[], textStyle: number): string {
  const columns = lists.map((list) => [list.name, ...list.values]);
  const height = Math.max(1, ...columns.map((column) => column.length));
  const rows: string[] = [];
  for (let row = 0; row < height; row++) {
    const cells = columns.flatMap((column, index) => {
      const value = column[row];
      if (value === undefined) return [];
      return [`<c r="${cellAddress(index, row + 1)}" s="${textStyle}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`];
    });
    rows.push(`<row r="${row + 1}">${cells.join('')}</row>`);
  }
  const last = cellAddress(Math.max(0, columns.length - 1), height);
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

/** The shared strings part's items, each as its inner XML. */
export function sharedStringItems(sharedStringsXml: string | undefined): string[] {
  if (sharedStringsXml === undefined) return [];
  return childElements(findElement(sharedStringsXml, 'sst')?.inner ?? '').map((si) => si.replace(/^<[^>]*>|<\/[^>]*>$/g, ''));
}
