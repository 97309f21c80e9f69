/**
 * The checked copy as additions to the workbook's own package: every part Tracker Check does not
 * need to touch is left byte for byte as it was. Added: a summary sheet per plan (laid out by
 * exceljs in a scratch workbook, then moved in with its tables, drawing and charts, its formats
 * mapped into the workbook's styles and its text as inline strings), the very hidden lists sheet,
 * conditional formats on the tracker sheets, and the names, relationships, content types and styles
 * that point at them. What an earlier check added, by this host or the add-in, is found by what it is
 * (engine/edits/ownership.ts: summaries by their marker names, rules by their formula, list names by
 * their target) and replaced; nothing an officer made is.
 */

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { OfficerReading } from '../../../engine/reading/officer-reading.js';
import { READING_SHEET, readingSheetTexts } from '../../../engine/reading/saved-reading.js';
import { readingSheetXml } from './reading-sheet.js';
import type { TrackerAnalysis } from '../../../engine/analyse/analyse-tracker.js';
import { statusColouringPlan, type ColouringPlan } from '../../../engine/edits/status-colouring-plan.js';
import { isOwnListName, isOwnRule, isSummaryMarker } from '../../../engine/edits/ownership.js';
import { freeSheetName, sheetOfReference } from '../../../engine/edits/summary-sheet-names.js';
import type { ReviewSnapshot } from '../../../engine/compare/read-review-snapshots.js';
import { summarySheetPlans, type SummarySheetPlan } from '../../../engine/edits/summary-sheet-plan.js';
import type { Profile } from '../../../engine/profile/profile-schema.js';
import { argb, layOutSummarySheet, quoteSheetName } from '../apply-summary-plan-exceljs.js';
import { withFreeTableNames } from '../free-table-names.js';
import { addChartsToXlsx } from '../xlsx-charts/index.js';
import { addOverride, CONTENT_TYPES_PATH } from '../xlsx-charts/content-types.js';
import { addRelationship, readRelationships, relativeTarget, relsPathFor, resolveTarget } from '../xlsx-charts/package-relationships.js';
import { findWorksheetPart, workbookPartPath } from '../xlsx-charts/workbook-sheets.js';
import { findStartTags, readAttributes } from '../xlsx-charts/xml-text.js';
import { freePartPath, readPart, readRequiredPart } from '../xlsx-charts/zip-text.js';
import { listRange, listsSheetXml, sharedStringItems } from './lists-sheet.js';
import { contentTypeOf, removePartTree, writePart, transplantPart, type Transplant } from './package-parts.js';
import { isSheetProtected, isStructureLocked } from './protection.js';
import { EMPTY_STYLES, styleMapper, StylesEditor } from './styles-editor.js';
import { addDefinedNames, appendSheets, readDefinedNames, readSheets, removeDefinedNames, renameSheet, type DefinedName, type NewSheet, type SheetEntry } from './workbook-xml.js';
import { withConditionalFormats, type ConditionalFormat } from './worksheet-xml.js';
import { withAttribute } from './xml-elements.js';

const SPREADSHEETML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const TYPE = {
  worksheet: `${SPREADSHEETML}.worksheet+xml`,
  table: `${SPREADSHEETML}.table+xml`,
  styles: `${SPREADSHEETML}.styles+xml`,
};
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = { worksheet: `${RELATIONSHIPS}/worksheet`, styles: `${RELATIONSHIPS}/styles`, sharedStrings: `${RELATIONSHIPS}/sharedStrings` };

/** A text cell's format: number format "@". */
const TEXT_XF = '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';

export interface PackageAdditions {
  bytes: Uint8Array;
  /** Tracker sheets given status colouring. */
  colouredSheets: string[];
  /** Summary sheets written, in plan order. */
  summarySheets: string[];
  /** What protection kept out, as the add-in keeps it out: nothing is added that Excel would refuse. */
  withheld: Withheld;
}

export interface Withheld {
  /** The summary sheets, kept out because the workbook's structure is locked. */
  summaries: boolean;
  /** The status colours, kept out because they need the lists sheet and the locked structure takes no new sheet. */
  colours: boolean;
  /** Protected tracker sheets left uncoloured. */
  protectedSheets: string[];
}

/** The workbook's own state, as it is edited: the parts every addition touches. */
interface Book {
  zip: JSZip;
  workbookPath: string;
  workbookXml: string;
  workbookRels: string;
  contentTypes: string;
  styles: StylesEditor;
  sheets: SheetEntry[];
  names: DefinedName[];
  doomedNames: DefinedName[];
  newNames: { name: string; formula: string }[];
  newSheets: NewSheet[];
  claimed: Set<string>;
}

/**
 * Adds the trackers' summaries and status colouring to the package. `tabName` gives the tab a
 * tracker sheet has in the package from the name the engine read it under.
 */
export async function addToPackage(
  bytes: Uint8Array,
  trackers: readonly TrackerAnalysis[],
  profile: Profile,
  tabName: (engineName: string) => string = (name) => name,
  /** The reviews the workbook keeps (its "Tracker Check reviews" sheet), for the summaries' trend. */
  kept: readonly ReviewSnapshot[] = [],
  /** The officer's answers given with --answers: saved in the copy, so it opens already answered. */
  reading?: OfficerReading,
): Promise<PackageAdditions> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookPath = await workbookPartPath(zip);
  const workbookXml = await readRequiredPart(zip, workbookPath);
  const workbookRels = await readRequiredPart(zip, relsPathFor(workbookPath));
  const contentTypes = await readRequiredPart(zip, CONTENT_TYPES_PATH);
  const stylesRel = readRelationships(workbookRels).find((rel) => rel.type === REL.styles && !rel.external);
  const stylesPath = stylesRel ? resolveTarget(workbookPath, stylesRel.target) : 'xl/styles.xml';
  const stylesXml = await readPart(zip, stylesPath);
  const book: Book = {
    zip,
    workbookPath,
    workbookXml,
    workbookRels,
    contentTypes,
    styles: new StylesEditor(stylesXml ?? EMPTY_STYLES),
    sheets: readSheets(workbookXml),
    names: readDefinedNames(workbookXml),
    doomedNames: [],
    newNames: [],
    newSheets: [],
    claimed: new Set(),
  };
  const trackerTabs = new Set(trackers.map((tracker) => tabName(tracker.context.layout.sheet)));
  const planned = statusColouringPlan(trackers, profile);

  // As the add-in: a locked structure takes no new sheet, a protected sheet no new format.
  const structureLocked = isStructureLocked(workbookXml);
  const protectedSheets: string[] = [];
  for (const tab of new Set(planned.colourings.map((colouring) => tabName(colouring.sheet)))) {
    if (isSheetProtected(await readRequiredPart(zip, await findWorksheetPart(zip, tab)))) protectedSheets.push(tab);
  }
  const withoutLists = structureLocked && !book.sheets.some((sheet) => sheet.name === planned.listSheet);
  const colouring = { ...planned, colourings: withoutLists ? [] : planned.colourings.filter((colouring) => !protectedSheets.includes(tabName(colouring.sheet))) };
  const summaryPlans = summarySheetPlans(trackers, profile, kept, 'command-line');
  const withheld: Withheld = {
    summaries: structureLocked && summaryPlans.length > 0,
    colours: withoutLists && planned.colourings.length > 0,
    protectedSheets: withoutLists ? [] : protectedSheets,
  };

  const summarySheets = await addSummaries(book, structureLocked ? [] : summaryPlans, new Set([...trackerTabs, colouring.listSheet]));
  const colouredSheets = await addColouring(book, colouring, tabName);
  if (reading !== undefined) saveReading(book, reading);

  let workbook = removeDefinedNames(book.workbookXml, book.doomedNames);
  workbook = appendSheets(workbook, book.newSheets);
  workbook = addDefinedNames(workbook, book.newNames);
  if (workbook !== workbookXml) writePart(zip, workbookPath, workbook);
  if (book.styles.changed) {
    writePart(zip, stylesPath, book.styles.toXml());
    if (!stylesXml) {
      book.workbookRels = addRelationship(book.workbookRels, REL.styles, relativeTarget(workbookPath, stylesPath)).xml;
      book.contentTypes = addOverride(book.contentTypes, stylesPath, TYPE.styles);
    }
  }
  if (book.workbookRels !== workbookRels) writePart(zip, relsPathFor(workbookPath), book.workbookRels);
  if (book.contentTypes !== contentTypes) writePart(zip, CONTENT_TYPES_PATH, book.contentTypes);
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), colouredSheets, summarySheets, withheld };
}

/** Writes the officer's reading on its very hidden sheet, replacing the one the workbook had. */
function saveReading(book: Book, reading: OfficerReading): void {
  const existing = book.sheets.find((sheet) => sheet.name === READING_SHEET);
  const path = (existing && partOf(book, existing)) ?? newSheetPart(book, READING_SHEET, 'veryHidden');
  writePart(book.zip, path, readingSheetXml(readingSheetTexts(reading), book.styles.cellXf(TEXT_XF)));
  book.contentTypes = addOverride(book.contentTypes, path, TYPE.worksheet);
}

function partOf(book: Book, sheet: SheetEntry): string | undefined {
  const rel = readRelationships(book.workbookRels).find((candidate) => candidate.id === sheet.relId && !candidate.external);
  return rel ? resolveTarget(book.workbookPath, rel.target) : undefined;
}

/** A new sheet's part, wired into the workbook's rels and listed to be appended to its sheets. */
function newSheetPart(book: Book, name: string, state?: NewSheet['state']): string {
  const path = freePartPath(book.zip, 'xl/worksheets/sheet', '.xml', book.claimed);
  book.claimed.add(path);
  const rel = addRelationship(book.workbookRels, REL.worksheet, relativeTarget(book.workbookPath, path));
  book.workbookRels = rel.xml;
  book.newSheets.push({ name, relId: rel.id, ...(state && { state }) });
  return path;
}

async function addSummaries(book: Book, plans: readonly SummarySheetPlan[], notSummaries: ReadonlySet<string>): Promise<string[]> {
  if (plans.length === 0) return [];
  const markers = new Map<string, string | undefined>();
  for (const name of book.names) {
    if (name.localSheetId === undefined && isSummaryMarker(name.name)) markers.set(name.name, sheetOfReference(name.formula));
  }
  // A marker on a tracker (or on the lists sheet) is an officer's mistake, not a summary to replace.
  const previous = plans.map((plan) => {
    const sheetName = markers.get(plan.markerName);
    return sheetName === undefined || notSummaries.has(sheetName) ? undefined : book.sheets.find((sheet) => sheet.name === sheetName);
  });
  for (const plan of plans) book.doomedNames.push(...book.names.filter((n) => n.localSheetId === undefined && n.name === plan.markerName));
  const replaced = new Map<number, { sheet: SheetEntry; path: string }>();
  for (const [index, sheet] of previous.entries()) {
    const path = sheet && partOf(book, sheet);
    if (!sheet || !path || [...replaced.values()].some((r) => r.sheet === sheet)) continue;
    book.contentTypes = await removePartTree(book.zip, path, book.contentTypes);
    replaced.set(index, { sheet, path });
  }

  const taken = book.sheets.filter((sheet) => ![...replaced.values()].some((r) => r.sheet === sheet)).map((sheet) => sheet.name);
  const tables = await tablesIn(book);
  // A table may not share its name with a defined name either.
  for (const name of book.names) tables.names.add(name.name.toLowerCase());
  const scratch = new ExcelJS.Workbook();
  const laidOut = plans.map((plan) => {
    const name = freeSheetName(plan.sheetName, taken);
    taken.push(name);
    return { plan, name, charts: layOutSummarySheet(scratch.addWorksheet(name), withFreeTableNames(plan, tables.names)) };
  });
  let scratchBytes: Uint8Array = new Uint8Array(await scratch.xlsx.writeBuffer());
  for (const summary of laidOut) scratchBytes = await addChartsToXlsx(scratchBytes, summary.name, summary.charts);

  const source = await JSZip.loadAsync(scratchBytes);
  const mapStyle = styleMapper(await readRequiredPart(source, 'xl/styles.xml'), book.styles);
  const strings = sharedStringItems(await readPart(source, 'xl/sharedStrings.xml'));
  let tableId = tables.maxId;
  const job: Transplant = {
    source,
    sourceContentTypes: await readRequiredPart(source, CONTENT_TYPES_PATH),
    target: book.zip,
    contentTypes: book.contentTypes,
    claimed: book.claimed,
    rewrite: (type, xml) => {
      if (type === TYPE.worksheet) return withTargetStyles(xml, mapStyle, strings);
      if (type === TYPE.table) return xml.replace(/<(?:[\w.-]+:)?table\b[^>]*>/, (tag) => withAttribute(tag, 'id', String(++tableId)));
      return xml;
    },
  };
  for (const [index, summary] of laidOut.entries()) {
    const before = replaced.get(index);
    const path = before ? before.path : newSheetPart(book, summary.name);
    job.contentTypes = book.contentTypes;
    await transplantPart(job, await findWorksheetPart(source, summary.name), path);
    book.contentTypes = job.contentTypes;
    if (before) book.workbookXml = renameSheet(book.workbookXml, before.sheet, summary.name);
    book.newNames.push({ name: summary.plan.markerName, formula: `${quoteSheetName(summary.name)}!$A$1` });
  }
  return laidOut.map((summary) => summary.name);
}

/** The table names (lower-cased) and the highest table id in the package. */
async function tablesIn(book: Book): Promise<{ names: Set<string>; maxId: number }> {
  const names = new Set<string>();
  let maxId = 0;
  for (const path of Object.keys(book.zip.files)) {
    if (!/\.xml$/i.test(path) || contentTypeOf(book.contentTypes, path) !== TYPE.table) continue;
    const root = findStartTags((await readPart(book.zip, path)) ?? '', 'table')[0];
    if (!root) continue;
    const attributes = readAttributes(root);
    for (const key of ['name', 'displayName']) {
      const value = attributes.get(key);
      if (value) names.add(value.toLowerCase());
    }
    maxId = Math.max(maxId, Number(attributes.get('id') ?? 0) || 0);
  }
  return { names, maxId };
}

/** A scratch sheet's XML with its format indexes mapped into the workbook's styles and its shared strings written inline. */
function withTargetStyles(xml: string, mapStyle: (index: number) => number, strings: readonly string[]): string {
  const style = (tag: string, attribute: string) =>
    tag.replace(new RegExp(`(\\s${attribute}=")(\\d+)"`), (_whole, head: string, index: string) => `${head}${mapStyle(Number(index))}"`);
  return xml
    .replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_whole, attributes: string, end: string, inner: string | undefined) => {
      const tag = style(`<c${attributes}`, 's');
      if (inner === undefined || !/\st="s"/.test(tag)) return `${tag}${end}`;
      const item = strings[Number(/<v>(\d+)<\/v>/.exec(inner)?.[1])] ?? '';
      return `${tag.replace(/\st="s"/, ' t="inlineStr"')}><is>${item}</is></c>`;
    })
    .replace(/<row\b[^>]*>/g, (tag) => style(tag, 's'))
    .replace(/<col\b[^>]*>/g, (tag) => style(tag, 'style'));
}

async function addColouring(book: Book, plan: ColouringPlan, tabName: (engineName: string) => string): Promise<string[]> {
  if (plan.colourings.length === 0) return [];
  // What an earlier check made, by either host, is told by what it is (ownership.ts): the list names
  // by their target, the rules by their formula, on whichever sheet they are now.
  book.doomedNames.push(...book.names.filter((n) => n.localSheetId === undefined && isOwnListName(n.name, n.formula)));
  const lists = book.sheets.find((sheet) => sheet.name === plan.listSheet);
  const listsPath = lists && partOf(book, lists);
  if (listsPath) book.contentTypes = await removePartTree(book.zip, listsPath, book.contentTypes);

  const bySheet = new Map<string, ColouringPlan['colourings']>();
  for (const colouring of plan.colourings) {
    const tab = tabName(colouring.sheet);
    bySheet.set(tab, [...(bySheet.get(tab) ?? []), colouring]);
  }
  for (const sheet of book.sheets) {
    const path = sheet === lists ? undefined : partOf(book, sheet);
    if (!path || book.claimed.has(path)) continue;
    const formats: ConditionalFormat[] = (bySheet.get(sheet.name) ?? []).map((colouring) => ({
      sqref: colouring.address,
      rules: colouring.rules.map((rule) => ({
        formula: rule.formula.replace(/^=/, ''),
        dxfId: book.styles.dxf(dxfXml(rule.fill, rule.font)),
        // A BRAG match settles the colour; only the catch-all lets later rules through.
        stopIfTrue: rule.category !== undefined,
      })),
    }));
    const xml = await readPart(book.zip, path);
    // A sheet neither coloured now nor holding an earlier colouring is left byte for byte.
    if (xml === undefined || (formats.length === 0 && !xml.includes('TrackerCheck_'))) continue;
    const edited = withConditionalFormats(xml, formats, isOwnRule);
    if (edited !== xml) writePart(book.zip, path, edited);
  }

  const path = listsPath ?? newSheetPart(book, plan.listSheet, 'veryHidden');
  writePart(book.zip, path, listsSheetXml(plan.lists, book.styles.cellXf(TEXT_XF)));
  book.contentTypes = addOverride(book.contentTypes, path, TYPE.worksheet);
  plan.lists.forEach((list, index) => {
    book.newNames.push({ name: list.name, formula: `${quoteSheetName(plan.listSheet)}!${listRange(index, list.values.length)}` });
  });
  return [...bySheet.keys()].filter((tab) => book.sheets.some((sheet) => sheet.name === tab));
}

function dxfXml(fill: string, font: string): string {
  return (
    `<dxf><font><color rgb="${argb(font)}"/></font>` +
    `<fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`
  );
}
