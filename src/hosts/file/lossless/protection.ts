/** What a workbook's protection forbids Tracker Check to add, read from its own XML as Excel enforces it. */

import { findStartTags, readAttributes } from '../xlsx-charts/xml-text.js';

const ON = new Set(['1', 'true', 'on']);

/** Review > Protect Workbook with Structure ticked: no sheet may be added, removed or renamed. */
export function isStructureLocked(workbookXml: string): boolean {
  const tag = findStartTags(workbookXml, 'workbookProtection')[0];
  return tag !== undefined && ON.has(readAttributes(tag).get('lockStructure') ?? '');
}

/** Review > Protect Sheet: its formats (conditional formats included) may not be changed. */
export function isSheetProtected(worksheetXml: string): boolean {
  const tag = findStartTags(worksheetXml, 'sheetProtection')[0];
  return tag !== undefined && ON.has(readAttributes(tag).get('sheet') ?? '');
}
