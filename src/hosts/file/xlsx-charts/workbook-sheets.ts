/** Finding a worksheet's part in the package from its tab name, via the workbook part and its relationships. */

import type JSZip from 'jszip';
import { REL_TYPE } from './ooxml-names.js';
import { readRelationships, relsPathFor, resolveTarget } from './package-relationships.js';
import { findStartTags, readAttributes } from './xml-text.js';
import { readPart, readRequiredPart } from './zip-text.js';

const DEFAULT_WORKBOOK_PATH = 'xl/workbook.xml';

export async function workbookPartPath(zip: JSZip): Promise<string> {
  const rootRels = await readPart(zip, '_rels/.rels');
  const officeDocument = rootRels
    ? readRelationships(rootRels).find((rel) => rel.type === REL_TYPE.officeDocument && !rel.external)
    : undefined;
  return officeDocument ? resolveTarget('', officeDocument.target) : DEFAULT_WORKBOOK_PATH;
}

/** Zip path of the worksheet part whose tab is `sheetName`, e.g. "xl/worksheets/sheet2.xml". */
export async function findWorksheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const workbookPath = await workbookPartPath(zip);
  const workbookXml = await readRequiredPart(zip, workbookPath);
  const sheets = findStartTags(workbookXml, 'sheet').map((tag) => readAttributes(tag));
  const sheet = sheets.find((attributes) => attributes.get('name') === sheetName);
  if (!sheet) {
    const names = sheets.map((attributes) => `"${attributes.get('name') ?? ''}"`).join(', ');
    throw new Error(`Workbook has no sheet named "${sheetName}" (it has ${names}).`);
  }
  const relId = [...sheet].find(([name]) => /^[\w.-]+:id$/.test(name))?.[1];
  const workbookRels = await readRequiredPart(zip, relsPathFor(workbookPath));
  const rel = readRelationships(workbookRels).find((candidate) => candidate.id === relId);
  if (!rel) throw new Error(`Sheet "${sheetName}" has no relationship in the workbook's rels.`);
  return resolveTarget(workbookPath, rel.target);
}
