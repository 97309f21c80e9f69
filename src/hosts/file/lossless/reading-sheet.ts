/**
 * The very hidden sheet that keeps the officer's answers (engine/reading/saved-reading.ts): the
 * reading's JSON as text down column A, so the add-in and the command line read it back alike.
 */
import { escapeXml } from '../xlsx-charts/xml-text.js';
import { MAIN_NS } from './xml-elements.js';

/** The reading sheet's part; `textStyle` is the cell format index of a text ("@") cell. */
export function readingSheetXml(texts: readonly string[], textStyle: number): string {
  const rows = texts.map(
    (text, index) => `<row r="${index + 1}"><c r="A${index + 1}" s="${textStyle}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c></row>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}"><dimension ref="A1:A${Math.max(1, texts.length)}"/><sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}
