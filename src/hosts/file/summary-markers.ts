import JSZip from 'jszip';
import { REL_TYPE } from './xlsx-charts/ooxml-names.js';
import { readRelationships, resolveTarget } from './xlsx-charts/package-relationships.js';
import { unescapeXml } from './xlsx-charts/xml-text.js';
import { SUMMARY_MARKER_PREFIX, sheetOfReference } from '../../engine/edits/summary-sheet-names.js';

/**
 * The sheets of an .xlsx that Tracker Check wrote as summaries: each is marked by a workbook-level
 * defined name "TrackerCheck_Summary_…" on its A1 (the add-in and `--out` write the same marker).
 * A summary's tables of leads and exceptions look like a tracker or a lead register to detection,
 * so a host leaves these sheets out of the analysis. Reads only the workbook part.
 */
export async function markedSummarySheetNames(xlsx: Uint8Array): Promise<Set<string>> {
  const names = new Set<string>();
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(xlsx);
  } catch {
    return names;
  }
  const rootRels = await zip.file('_rels/.rels')?.async('string');
  const officeDocument = rootRels
    ? readRelationships(rootRels).find((rel) => rel.type === REL_TYPE.officeDocument && !rel.external)
    : undefined;
  const workbookPath = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
  const workbookXml = await zip.file(workbookPath)?.async('string');
  if (workbookXml === undefined) return names;
  for (const match of workbookXml.matchAll(/<(?:[\w.-]+:)?definedName\b([^>]*)>([^<]*)<\/(?:[\w.-]+:)?definedName>/g)) {
    const attributes = match[1] ?? '';
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    if (name === undefined || !name.startsWith(SUMMARY_MARKER_PREFIX) || /\blocalSheetId=/.test(attributes)) continue;
    const sheet = sheetOfReference(unescapeXml(match[2] ?? ''));
    if (sheet !== undefined) names.add(sheet);
  }
  return names;
}
