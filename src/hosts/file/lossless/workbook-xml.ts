/** The workbook part's sheets and defined names, and the few edits Tracker Check makes to them. */

import { readRootLayout } from '../xlsx-charts/xml-top-level.js';
import { escapeXml, readAttributes, unescapeXml } from '../xlsx-charts/xml-text.js';
import { appendToContainer, findElement, findElements, removeElements, withAttribute, type XmlElement } from './xml-elements.js';

export interface SheetEntry {
  name: string;
  relId: string;
  sheetId: number;
  element: XmlElement;
}

export interface DefinedName {
  name: string;
  /** The formula, unescaped: "'Summary – Recommendations'!$A$1". */
  formula: string;
  /** Set on a name scoped to one sheet. */
  localSheetId: string | undefined;
  element: XmlElement;
}

// CT_Workbook children after <sheets>, in schema order.
const AFTER_SHEETS = ['functionGroups', 'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

export function readSheets(workbookXml: string): SheetEntry[] {
  return findElements(workbookXml, 'sheet').map((element) => {
    const attributes = readAttributes(element.startTag);
    const relId = [...attributes].find(([name]) => /^[\w.-]+:id$/.test(name))?.[1] ?? '';
    return { name: attributes.get('name') ?? '', relId, sheetId: Number(attributes.get('sheetId') ?? 0), element };
  });
}

export function readDefinedNames(workbookXml: string): DefinedName[] {
  return findElements(workbookXml, 'definedName').map((element) => {
    const attributes = readAttributes(element.startTag);
    return { name: attributes.get('name') ?? '', formula: unescapeXml(element.inner), localSheetId: attributes.get('localSheetId'), element };
  });
}

/** The workbook with the sheet renamed (the element otherwise as written). */
export function renameSheet(workbookXml: string, sheet: SheetEntry, name: string): string {
  if (sheet.name === name) return workbookXml;
  const current = findElements(workbookXml, 'sheet').find((element) => readAttributes(element.startTag).get('name') === sheet.name);
  if (!current) return workbookXml;
  const renamed = withAttribute(current.startTag, 'name', name);
  return workbookXml.slice(0, current.start) + renamed + workbookXml.slice(current.start + current.startTag.length);
}

export interface NewSheet {
  name: string;
  relId: string;
  state?: 'hidden' | 'veryHidden';
}

/** The workbook with sheets added after its own, each with the next free sheetId. */
export function appendSheets(workbookXml: string, sheets: readonly NewSheet[]): string {
  if (sheets.length === 0) return workbookXml;
  const layout = readRootLayout(workbookXml);
  const relPrefix = /\sxmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(layout.startTag)?.[1];
  let next = Math.max(0, ...readSheets(workbookXml).map((s) => s.sheetId)) + 1;
  const elements = sheets.map((sheet) => {
    const state = sheet.state ? ` state="${sheet.state}"` : '';
    const id = relPrefix
      ? `${relPrefix}:id="${escapeXml(sheet.relId)}"`
      : `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${escapeXml(sheet.relId)}"`;
    return `<sheet name="${escapeXml(sheet.name)}" sheetId="${next++}"${state} ${id}/>`;
  });
  return appendToContainer(workbookXml, layout.prefix, 'sheets', elements, AFTER_SHEETS, layout.closeStart, false);
}

export function removeDefinedNames(workbookXml: string, doomed: readonly DefinedName[]): string {
  if (doomed.length === 0) return workbookXml;
  const elements = readDefinedNames(workbookXml)
    .filter((name) => doomed.some((d) => d.element.text === name.element.text))
    .map((name) => name.element);
  const result = removeElements(workbookXml, elements);
  // An emptied <definedNames> is dropped (the schema wants one name at least).
  const container = findElement(result, 'definedNames');
  if (container && container.inner.trim() === '') return result.slice(0, container.start) + result.slice(container.start + container.text.length);
  return result;
}

/** Workbook-level names added after the workbook's own. */
export function addDefinedNames(workbookXml: string, names: readonly { name: string; formula: string }[]): string {
  const layout = readRootLayout(workbookXml);
  const elements = names.map(({ name, formula }) => `<definedName name="${escapeXml(name)}">${escapeXml(formula)}</definedName>`);
  const later = AFTER_SHEETS.slice(AFTER_SHEETS.indexOf('definedNames') + 1);
  return appendToContainer(workbookXml, layout.prefix, 'definedNames', elements, later, layout.closeStart, false);
}
