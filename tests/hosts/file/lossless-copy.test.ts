/**
 * `tracker-check FILE --out OUT`: the copy keeps the workbook's own package. Input workbooks are built here with
 * what exceljs cannot write added part by part (a chart, a pivot table and its cache, custom properties, custom XML,
 * a cross-sheet drop-down, every kind of defined name, macros); every input part must come out byte for byte except
 * the few the additions must point from, and those only gain.
 */

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addChartsToXlsx } from '../../../src/hosts/file/xlsx-charts/index.js';
import { runCliCaptured } from '../../support/run-cli-captured.js';

const TRACKER_PART = 'xl/worksheets/sheet1.xml';
/** The parts the additions are wired in through; all others must be byte-identical. */
const POINTING_PARTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', TRACKER_PART];

const DEFINED_NAMES = [
  '<definedName name="_xlnm.Print_Area" localSheetId="0">Tracker!$A$1:$E$7</definedName>',
  '<definedName name="HiddenCell" hidden="1">Tracker!$B$2</definedName>',
  '<definedName name="LocalLeads" localSheetId="1">Leads!$A$1:$A$4</definedName>',
  '<definedName name="Rate">0.2</definedName>',
];
const OFFICER_FORMAT =
  '<conditionalFormatting sqref="A2:A7"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>';
const DROP_DOWN =
  '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1">' +
  '<x14:formula1><xm:f>Leads!$A$1:$A$4</xm:f></x14:formula1><xm:sqref>C2:C7</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
const PIVOT_CACHE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1" refreshOnLoad="1" recordCount="2">' +
  '<cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Data"/></cacheSource><cacheFields count="2">' +
  '<cacheField name="Team" numFmtId="0"><sharedItems count="2"><s v="North"/><s v="South"/></sharedItems></cacheField>' +
  '<cacheField name="Cost" numFmtId="0"><sharedItems containsNumber="1" minValue="1" maxValue="2"/></cacheField></cacheFields></pivotCacheDefinition>';
const PIVOT_RECORDS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2">' +
  '<r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="2"/></r></pivotCacheRecords>';
const PIVOT_TABLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'name="OfficerPivot" cacheId="7" dataCaption="Values"><location ref="H1:I4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>' +
  '<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField>' +
  '<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields>' +
  '<dataFields count="1"><dataField name="Sum of Cost" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>';
const CUSTOM_PROPERTIES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" ' +
  'name="MSIP_Label_0000_Name"><vt:lpwstr>OFFICIAL-SENSITIVE</vt:lpwstr></property></Properties>';
const CUSTOM_XML = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<labels xmlns="urn:example:labels"><label>OFFICIAL-SENSITIVE</label></labels>';
const CUSTOM_XML_PROPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6B1B3F4E-0000-4000-8000-000000000001}" ' +
  'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>';
const VBA_PROJECT = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));

function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker} to insert before`);
  return xml.slice(0, at) + text + xml.slice(at);
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async('string');
}

/** A tracker, a register of leads, and a sheet of the officer's own tables, chart and pivot table. */
async function buildWorkbook(macros: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const tracker = workbook.addWorksheet('Tracker');
  tracker.addRow(['Ref', 'Recommendation', 'Lead', 'Progress', 'Status']);
  const statuses = ['Completed', 'On track', 'Delayed', 'Not started', 'On track', 'Completed'];
  statuses.forEach((status, i) => tracker.addRow([`R${i + 1}`, `Recommendation ${i + 1}`, ['Ann Lee', 'Bo Chan'][i % 2], `Update ${i + 1}`, status]));
  const leads = workbook.addWorksheet('Leads');
  ['Ann Lee', 'Bo Chan', 'Cy Dunn', 'Di Ezra'].forEach((name) => leads.addRow([name]));
  const data = workbook.addWorksheet('Data');
  data.addTable({ name: 'Costs', ref: 'A1', headerRow: true, columns: [{ name: 'Team', filterButton: true }, { name: 'Cost', filterButton: true }], rows: [['North', 1], ['South', 2]] });
  data.addTable({ name: 'Plain', ref: 'D1', headerRow: true, columns: [{ name: 'Key' }, { name: 'Value' }], rows: [['a', 1], ['b', 2]] });

  let bytes: Uint8Array = new Uint8Array(await workbook.xlsx.writeBuffer());
  bytes = await addChartsToXlsx(bytes, 'Data', [
    {
      kind: 'stacked-bar',
      title: 'Officer chart',
      anchor: { fromCol: 10, fromRow: 1, toCol: 16, toRow: 12 },
      categories: 'Data!$A$2:$A$3',
      categoryNames: ['North', 'South'],
      series: [{ name: 'Cost', values: 'Data!$B$2:$B$3', cachedValues: [1, 2] }],
    },
  ]);
  const zip = await JSZip.loadAsync(bytes);
  const put = (path: string, content: string | Uint8Array) => zip.file(path, content, { createFolders: false });

  // One table with its filter buttons, one without <tableStyleInfo>.
  const tablePaths = Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
  for (const path of tablePaths) {
    const xml = await text(zip, path);
    if (xml.includes('name="Plain"')) put(path, xml.replace(/<tableStyleInfo[^>]*\/>/, ''));
  }

  let contentTypes = await text(zip, '[Content_Types].xml');
  const override = (part: string, type: string) => {
    contentTypes = insertBefore(contentTypes, '</Types>', `<Override PartName="/${part}" ContentType="${type}"/>`);
  };
  let workbookRels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const workbookRel = (id: string, type: string, target: string) => {
    workbookRels = insertBefore(workbookRels, '</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`);
  };
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

  // The pivot table on Data, its cache from the workbook.
  put('xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_CACHE);
  put('xl/pivotCache/pivotCacheRecords1.xml', PIVOT_RECORDS);
  put('xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`);
  put('xl/pivotTables/pivotTable1.xml', PIVOT_TABLE);
  put('xl/pivotTables/_rels/pivotTable1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`);
  const dataRels = 'xl/worksheets/_rels/sheet3.xml.rels';
  put(dataRels, insertBefore(await text(zip, dataRels), '</Relationships>', `<Relationship Id="rIdPivot" Type="${R}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>`));
  override('xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml');
  override('xl/pivotCache/pivotCacheRecords1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml');
  override('xl/pivotTables/pivotTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml');
  workbookRel('rIdCache', `${R}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml');

  // Custom properties (a sensitivity label) and a custom XML part.
  put('docProps/custom.xml', CUSTOM_PROPERTIES);
  override('docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml');
  put('_rels/.rels', insertBefore(await text(zip, '_rels/.rels'), '</Relationships>', `<Relationship Id="rIdCustom" Type="${R}/custom-properties" Target="docProps/custom.xml"/>`));
  put('customXml/item1.xml', CUSTOM_XML);
  put('customXml/itemProps1.xml', CUSTOM_XML_PROPS);
  put('customXml/_rels/item1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/customXmlProps" Target="itemProps1.xml"/></Relationships>`);
  override('customXml/itemProps1.xml', 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml');
  workbookRel('rIdXml', `${R}/customXml`, '../customXml/item1.xml');

  // The tracker: an officer's own conditional format and a drop-down from the leads sheet.
  let trackerXml = await text(zip, TRACKER_PART);
  trackerXml = insertBefore(trackerXml, '<pageMargins', OFFICER_FORMAT);
  trackerXml = insertBefore(trackerXml, '</worksheet>', DROP_DOWN);
  put(TRACKER_PART, trackerXml);

  let workbookXml = await text(zip, 'xl/workbook.xml');
  workbookXml = insertBefore(workbookXml, '</sheets>', '').replace('</sheets>', `</sheets><definedNames>${DEFINED_NAMES.join('')}</definedNames>`);
  workbookXml = insertBefore(workbookXml, '</workbook>', '<pivotCaches><pivotCache cacheId="7" r:id="rIdCache"/></pivotCaches>');
  put('xl/workbook.xml', workbookXml);

  if (macros) {
    put('xl/vbaProject.bin', VBA_PROJECT);
    workbookRel('rIdVba', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin');
    contentTypes = insertBefore(contentTypes, '<Default', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>').replace(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
  }
  put('[Content_Types].xml', contentTypes);
  put('xl/_rels/workbook.xml.rels', workbookRels);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

interface Parts {
  zip: JSZip;
  files: string[];
}

async function partsOf(path: string): Promise<Parts> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return { zip, files: Object.keys(zip.files).filter((name) => !zip.files[name]?.dir) };
}

async function bytesOf(parts: Parts, path: string): Promise<Buffer> {
  return Buffer.from((await parts.zip.file(path)?.async('uint8array')) ?? new Uint8Array());
}

const tags = (xml: string, name: string) => xml.match(new RegExp(`<${name}\\b[^>]*/>`, 'g')) ?? [];
const withoutPriorities = (xml: string) => xml.replace(/ priority="\d+"/g, '');

describe.each([
  ['.xlsx', false],
  ['.xlsm', true],
])('the checked copy of a %s workbook keeps its package', (extension, macros) => {
  let dir: string;
  let input: Parts;
  let output: Parts;
  let outPath: string;
  let report: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lossless-copy-'));
    const inPath = join(dir, `tracker${extension}`);
    outPath = join(dir, `checked${extension}`);
    await writeFile(inPath, await buildWorkbook(macros));
    report = await runCliCaptured(inPath, '--out', outPath, '--json');
    input = await partsOf(inPath);
    output = await partsOf(outPath);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('checks the tracker and writes the copy', () => {
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ trackers: [{ sheet: 'Tracker', items: 6 }] });
    expect(report.stderr).toContain(`wrote ${outPath}`);
  });

  it('keeps every other part byte for byte, and none goes missing', async () => {
    expect(input.files.filter((name) => !output.files.includes(name))).toStrictEqual([]);
    const changed: string[] = [];
    for (const name of input.files) if (!(await bytesOf(input, name)).equals(await bytesOf(output, name))) changed.push(name);
    expect(changed.sort()).toStrictEqual([...POINTING_PARTS].sort());
  });

  it('adds its summary beside the officer chart, never in its place', () => {
    const added = output.files.filter((name) => !input.files.includes(name));
    expect(added.filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(2);
    expect(added.filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name))).toHaveLength(3);
    expect(added.filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))).toHaveLength(2);
  });

  it('only adds to the content types and the workbook relationships', async () => {
    const [typesIn, typesOut] = await Promise.all([text(input.zip, '[Content_Types].xml'), text(output.zip, '[Content_Types].xml')]);
    for (const tag of [...tags(typesIn, 'Override'), ...tags(typesIn, 'Default')]) expect(typesOut).toContain(tag);
    const [relsIn, relsOut] = await Promise.all([text(input.zip, 'xl/_rels/workbook.xml.rels'), text(output.zip, 'xl/_rels/workbook.xml.rels')]);
    for (const tag of tags(relsIn, 'Relationship')) expect(relsOut).toContain(tag);
    if (macros) expect(typesOut).toContain('ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
  });

  it('keeps the defined names, sheets and pivot caches exactly as written, adding its own after them', async () => {
    const [before, after] = await Promise.all([text(input.zip, 'xl/workbook.xml'), text(output.zip, 'xl/workbook.xml')]);
    expect(after).toContain(`<definedNames>${DEFINED_NAMES.join('')}<definedName name="TrackerCheck_`);
    const added = [...after.matchAll(/<sheet [^>]*\/>|<definedName [^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]).filter((tag) => !before.includes(tag));
    expect(added.every((tag) => /name="(Summary – Tracker|TrackerCheck lists|TrackerCheck_[\w]+)"/.test(tag))).toBe(true);
    expect(added.reduce((xml, tag) => xml.replace(tag, ''), after)).toBe(before);
  });

  it('appends to the styles, never reorders them', async () => {
    const [before, after] = await Promise.all([text(input.zip, 'xl/styles.xml'), text(output.zip, 'xl/styles.xml')]);
    for (const container of ['fonts', 'fills', 'borders', 'cellXfs']) {
      const inner = (xml: string) => new RegExp(`<${container}\\b[^>]*>([\\s\\S]*?)</${container}>`).exec(xml)?.[1] ?? '';
      expect(inner(after).startsWith(inner(before))).toBe(true);
    }
    const outside = (xml: string) => xml.replace(/<(numFmts|fonts|fills|borders|cellXfs|dxfs)\b[^>]*(\/>|>[\s\S]*?<\/\1>)/g, '');
    expect(outside(after)).toBe(outside(before));
  });

  it("keeps the tracker's cells, drop-down and own format, adding the colouring ahead of it", async () => {
    const [before, after] = await Promise.all([text(input.zip, TRACKER_PART), text(output.zip, TRACKER_PART)]);
    const sheetData = (xml: string) => /<sheetData>[\s\S]*<\/sheetData>/.exec(xml)?.[0];
    expect(sheetData(after)).toBe(sheetData(before));
    expect(after).toContain(DROP_DOWN);
    const ours = after.match(/<conditionalFormatting [^>]*>(?:(?!<\/conditionalFormatting>)[\s\S])*TrackerCheck_[\s\S]*?<\/conditionalFormatting>/g) ?? [];
    expect(ours).toHaveLength(1);
    expect(ours[0]?.match(/stopIfTrue="1"/g)).toHaveLength(4);
    expect(after).toContain(OFFICER_FORMAT.replace('priority="1"', 'priority="6"'));
    expect(withoutPriorities(after.replace(ours[0] ?? '', ''))).toBe(withoutPriorities(before));
  });

  it('keeps the macros', async () => {
    if (!macros) return;
    expect(new Uint8Array(await bytesOf(output, 'xl/vbaProject.bin'))).toStrictEqual(VBA_PROJECT);
  });

  it('reads back: the summary, the colouring and the names', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(outPath)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toStrictEqual(['Tracker', 'Leads', 'Data', 'Summary – Tracker', 'TrackerCheck lists']);
    const summary = workbook.getWorksheet('Summary – Tracker');
    expect(summary?.getCell('A1').value).toMatch(/: progress summary$/);
    expect(summary?.getCell('A1').font?.bold).toBe(true);
    expect(workbook.getWorksheet('TrackerCheck lists')?.state).toBe('veryHidden');
  });

  it('checked again, replaces only its own additions: the same parts come out', async () => {
    const again = join(dir, `again${extension}`);
    expect((await runCliCaptured(outPath, '--out', again)).code).toBe(0);
    const second = await partsOf(again);
    expect(second.files.sort()).toStrictEqual([...output.files].sort());
    const differ: string[] = [];
    for (const name of output.files) if (!(await bytesOf(output, name)).equals(await bytesOf(second, name))) differ.push(name);
    expect(differ).toStrictEqual([]);
  });
});

describe('a workbook with macros', () => {
  it('is not copied under a name Excel would refuse to open it by (the report still comes); into a folder it stays .xlsm', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lossless-xlsm-'));
    try {
      const inPath = join(dir, 'tracker.xlsm');
      await writeFile(inPath, await buildWorkbook(true));
      const result = await runCliCaptured(inPath, '--out', join(dir, 'copy.xlsx'));
      expect(result.code).toBe(2);
      expect(result.stdout).toContain('Tracker');
      expect(result.stderr).toMatch(/must be an \.xlsm file \(the workbook holds macros\)/);

      const folder = join(dir, 'copies');
      await mkdir(folder);
      expect((await runCliCaptured(inPath, '--out', folder)).code).toBe(0);
      const copy = await partsOf(join(folder, 'tracker.xlsm'));
      expect(new Uint8Array(await bytesOf(copy, 'xl/vbaProject.bin'))).toStrictEqual(VBA_PROJECT);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a copy made by the earlier writer (exceljs), checked again', () => {
  it("replaces its formats, told by their formulas, and keeps the officer's, even one over the same cells", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lossless-earlier-'));
    try {
      const workbook = new ExcelJS.Workbook();
      const tracker = workbook.addWorksheet('Tracker');
      tracker.addRow(['Ref', 'Recommendation', 'Lead', 'Progress', 'Status']);
      ['Completed', 'Delayed', 'On track'].forEach((status, i) => tracker.addRow([`R${i + 1}`, `Recommendation ${i + 1}`, 'Ann Lee', `Update ${i + 1}`, status]));
      const fill = { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: 'FF1D70B8' } };
      tracker.addConditionalFormatting({ ref: 'E2:E504', rules: [{ type: 'expression', priority: 1, formulae: ['TrackerCheck_1_1_blue=$E2'], style: { fill } }] });
      tracker.addConditionalFormatting({ ref: 'E2:E504', rules: [{ type: 'expression', priority: 2, formulae: ['LEN($E2)>40'], style: { fill } }] });
      const lists = workbook.addWorksheet('TrackerCheck lists', { state: 'veryHidden' });
      lists.getCell('A1').value = 'TrackerCheck_1_1_blue';
      lists.getCell('A2').value = 'Completed';
      lists.getCell('B1').value = 'TrackerCheck_colourings';
      lists.getCell('B2').value = 'Tracker!E2:E504';
      workbook.definedNames.add("'TrackerCheck lists'!$A$2:$A$2", 'TrackerCheck_1_1_blue');
      const inPath = join(dir, 'earlier.xlsx');
      await writeFile(inPath, new Uint8Array(await workbook.xlsx.writeBuffer()));

      const outPath = join(dir, 'checked.xlsx');
      expect((await runCliCaptured(inPath, '--out', outPath)).code).toBe(0);
      const output = await partsOf(outPath);
      const xml = await text(output.zip, TRACKER_PART);
      const formats = xml.match(/<conditionalFormatting [\s\S]*?<\/conditionalFormatting>/g) ?? [];
      expect(formats).toHaveLength(2);
      expect(formats[0]).toMatch(/^<conditionalFormatting sqref="E2:E504">(<cfRule type="expression" dxfId="\d+" priority="[1-5]"[^>]*>.*?<\/cfRule>){5}/);
      expect(formats[1]).toContain('LEN($E2)&gt;40');
      expect(formats[1]).toMatch(/priority="6"/);
      const names = (await text(output.zip, 'xl/workbook.xml')).match(/<definedName name="TrackerCheck_1_1_blue">/g);
      expect(names).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
