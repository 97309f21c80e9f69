/**
 * `tracker-check FILE --out OUT.xlsx`: the checked copy, read back with exceljs and unzipped.
 *
 * The last test hands the copy to LibreOffice when `soffice` is on PATH (headless, throwaway profile) and checks a
 * PDF comes back; without `soffice` it is skipped with a note saying so.
 */

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured, type CliRun } from '../../support/run-cli-captured.js';
import { COLOUR_LISTS_SHEET } from '../../../src/engine/grid/own-sheets.js';
import { foldedTextFormula } from '../../../src/engine/edits/folded-text-formula.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/dfe-commissioner-recommendations.xlsx', import.meta.url));
const SUMMARY = 'Summary – Recommendations';
const PARAGRAPH =
  '21% of the recommendations have been completed (5) and a further 71% are in progress and on track to be achieved in timescale (17). Two are in progress but with some delays.';

const run = runCliCaptured;

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet "${name}" (has ${workbook.worksheets.map((s) => s.name).join(', ')})`);
  return sheet;
}

/** The sheet row (1-based) whose column A holds exactly `text`. */
function rowWith(sheet: ExcelJS.Worksheet, text: string): number {
  for (let row = 1; row <= sheet.rowCount; row++) if (sheet.getCell(row, 1).value === text) return row;
  throw new Error(`no row starting "${text}" on ${sheet.name}`);
}

/** The report paragraph: its lines, a row each from row 3 down to the Status heading, joined. */
function paragraphOf(sheet: ExcelJS.Worksheet): string {
  const lines: string[] = [];
  for (let row = 3; sheet.getCell(row, 1).value !== 'Status' && row <= sheet.rowCount; row++) lines.push(String(sheet.getCell(row, 1).value));
  return lines.join(' ');
}

function rowValues(sheet: ExcelJS.Worksheet, row: number, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, i) => sheet.getCell(row, i + 1).value);
}

async function parts(path: string): Promise<{ zip: JSZip; names: string[] }> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return { zip, names: Object.keys(zip.files) };
}

async function partText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async('string');
}

/** The worksheet part behind a tab name, through workbook.xml and its rels. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbookXml = await partText(zip, 'xl/workbook.xml');
  const escaped = name.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const relId = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(workbookXml)?.[1];
  const rels = await partText(zip, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!relId || !target) throw new Error(`no part for sheet ${name}`);
  return partText(zip, `xl/${target.replace(/^\/?xl\//, '')}`);
}

function whichSoffice(): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(dir, 'soffice');
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

describe('tracker-check --out on the DfE recommendations tracker', () => {
  let dir: string;
  let out: string;
  let result: CliRun;
  let workbook: ExcelJS.Workbook;
  let summary: ExcelJS.Worksheet;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checked-copy-'));
    out = join(dir, 'checked.xlsx');
    result = await run(FIXTURE, '--out', out, '--json');
    workbook = await load(out);
    summary = sheetOf(workbook, SUMMARY);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the JSON report alone on stdout and says where it wrote on stderr', () => {
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ trackers: [{ sheet: 'Recommendations' }] });
    expect(result.stderr).toBe(`tracker-check: wrote ${out} (status colours on "Recommendations"; summary sheet "${SUMMARY}")\n`);
  });

  it('keeps the tracker sheets and adds the summary after them', () => {
    expect(workbook.worksheets.map((s) => s.name)).toStrictEqual(['Recommendations', 'Leads', 'Notes', SUMMARY, COLOUR_LISTS_SHEET]);
  });

  it('lays out the title, the as-at line and the paragraph', () => {
    expect(summary.getCell('A1').value).toBe('Recommendations: progress summary');
    expect(summary.getCell('A1').font?.bold).toBe(true);
    expect(summary.getCell('A1').font?.size).toBeGreaterThan(11);
    expect(summary.getCell('A2').value).toBe('As at 31 March 2025. Source: sheet "Recommendations", header row 4, 24 recommendations.');
    // The paragraph a line a row, across the page, no cell merged to wrap it.
    expect(paragraphOf(summary)).toBe(PARAGRAPH);
    expect(summary.getCell('A3').isMerged).toBe(false);
    expect(summary.model.merges).toStrictEqual([]);
  });

  it('counts 5 / 17 / 2 / 0 with percentages shown whole', () => {
    const first = rowWith(summary, 'Completed');
    expect(rowValues(summary, first - 1, 3)).toStrictEqual(['Status', 'Count', '%']);
    const counts = [0, 1, 2, 3].map((i) => summary.getCell(first + i, 2).value);
    expect(counts).toStrictEqual([5, 17, 2, 0]);
    const percents = [0, 1, 2, 3].map((i) => summary.getCell(first + i, 3).value as number);
    [0.21, 0.71, 0.08, 0].forEach((expected, i) => expect(percents[i]).toBeCloseTo(expected, 5));
    expect(summary.getCell(first, 3).numFmt).toBe('0%');
    // The status cells carry their BRAG colour.
    expect(summary.getCell(first, 1).fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FF1D70B8' } });
    expect(summary.getCell(first + 2, 1).fill).toMatchObject({ fgColor: { argb: 'FFFFDD00' } });
  });

  it('writes the by-lead table with its BRAG header cells', () => {
    const header = rowWith(summary, 'Lead');
    expect(rowValues(summary, header, 6)).toStrictEqual([
      'Lead',
      'Completed',
      'In progress and on track',
      'In progress but some delays',
      'Not in progress or challenge in meeting the timescales',
      'Total',
    ]);
    expect(summary.getCell(header, 2).fill).toMatchObject({ fgColor: { argb: 'FF1D70B8' } });
    expect(summary.getCell(header, 5).fill).toMatchObject({ fgColor: { argb: 'FFD4351C' } });
    expect(rowValues(summary, rowWith(summary, 'Jamie Pope'), 6)).toStrictEqual(['Jamie Pope', 0, 0, 1, 0, 1]);
    expect(rowValues(summary, rowWith(summary, 'Susanne Leece'), 6)).toStrictEqual(['Susanne Leece', 0, 4, 1, 0, 5]);
  });

  it('lists recommendations 17 and 21 as the exceptions', () => {
    const header = rowWith(summary, 'Recommendation');
    expect(rowValues(summary, header, 5)).toStrictEqual(['Recommendation', 'Lead', 'Status', 'Tracker row', 'Latest update']);
    expect(rowValues(summary, header + 1, 4)).toStrictEqual([expect.stringMatching(/^17\. In the next six months, the Council should/), 'Jamie Pope', 'In progress, some delays', 21]);
    expect(rowValues(summary, header + 2, 4)).toStrictEqual([expect.stringMatching(/^21\. /), 'Susanne Leece & Katherine Appleton', 'In progress – some delays', 25]);
    expect(String(summary.getCell(header + 1, 5).value)).toMatch(/^Action plan in development/);
    // The status word is filled in its colour; the item's cell is not.
    expect(summary.getCell(header + 1, 3).fill).toMatchObject({ fgColor: { argb: 'FFFFDD00' } });
    expect(summary.getCell(header + 1, 1).fill).not.toMatchObject({ pattern: 'solid' });
    expect(summary.getCell(header + 3, 1).value).toBe('Due dates');
  });

  it('sets up the page: landscape, one page wide, the title and date in the header', () => {
    expect(summary.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(summary.headerFooter.oddHeader).toBe('&CRecommendations: progress summary, as at 31 March 2025');
  });

  it('breaks the page only between sections, each chart under its table beside its caption', async () => {
    const { zip } = await parts(out);
    const xml = await sheetPart(zip, SUMMARY);
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    // Page 1: title, paragraph, status with the doughnut; page 2 the leads with the bars; page 3 the exceptions onwards.
    expect(breaks).toStrictEqual([rowWith(summary, 'By lead') - 1, rowWith(summary, 'Exceptions: delayed, not in progress or without a status') - 1]);
    const drawing = await partText(zip, 'xl/drawings/drawing1.xml');
    const corners = [...drawing.matchAll(/<xdr:from><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)].map(
      (m) => [Number(m[1]), Number(m[2])],
    );
    expect(corners).toStrictEqual([
      [1, rowWith(summary, 'Status of 24 recommendations: 5 completed, 17 on track, 2 some delays, 0 not in progress.') - 1],
      [1, rowWith(summary, "Recommendations by lead, 13 leads: 5 completed, 17 on track, 2 some delays, 0 not in progress. Each lead's counts are in the By lead table above the chart.") - 1],
    ]);
  });

  it('makes the summary tables Excel tables', async () => {
    const { zip, names } = await parts(out);
    const tables = await Promise.all(names.filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n)).map((n) => partText(zip, n)));
    const tableNames = tables.map((xml) => /<table [^>]*name="([^"]+)"/.exec(xml)?.[1]).sort();
    expect(tableNames).toStrictEqual(['TC_Recommendations_Exceptions', 'TC_Recommendations_Leads', 'TC_Recommendations_Status']);
  });

  it('colours the status column with conditional formats from D5 down', async () => {
    const sheet = sheetOf(workbook, 'Recommendations');
    const formats = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(formats.map((f) => f.ref)).toHaveLength(1);
    expect(formats[0]?.ref).toMatch(/^D5:D\d+$/);
    const rules = formats[0]?.rules ?? [];
    expect(rules.map((r) => r.type)).toStrictEqual(['expression', 'expression', 'expression', 'expression', 'expression']);
    expect(rules.map((r) => r.priority)).toStrictEqual([1, 2, 3, 4, 5]);
    const first = rules[0] as ExcelJS.ExpressionRuleType;
    // The rule looks the cell up in the blue list the copy keeps on its very hidden lists sheet.
    const text = foldedTextFormula('$D5');
    expect(first.formulae?.[0]).toBe(`AND(LEN(${text})>0,SUMPRODUCT(--(TrackerCheck_1_1_blue=${text}))>0)`);
    const lists = sheetOf(workbook, COLOUR_LISTS_SHEET);
    expect(lists.state).toBe('veryHidden');
    const blue = workbook.definedNames.getRanges('TrackerCheck_1_1_blue').ranges[0] ?? '';
    const [, column] = /!\$([A-Z]+)\$2:/.exec(blue) ?? [];
    const listed: string[] = [];
    lists.getColumn(column ?? 'A').eachCell((cell, row) => row > 1 && listed.push(String(cell.value)));
    expect(listed).toEqual(expect.arrayContaining(['Completed', 'Complete', 'Blue']));
    expect(first.style?.fill).toMatchObject({ type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF1D70B8' } });
    expect(first.style?.font?.color).toMatchObject({ argb: 'FFFFFFFF' });

    const xml = await sheetPart((await parts(out)).zip, 'Recommendations');
    expect(xml.match(/<cfRule [^>]*stopIfTrue="1"/g)).toHaveLength(4);
    expect(xml).toMatch(/<cfRule type="expression" dxfId="\d+" priority="5">/);
  });

  it('marks the summary with a workbook-level name on its A1', async () => {
    const xml = (await partText((await parts(out)).zip, 'xl/workbook.xml')).replace(/&apos;/g, "'");
    expect(xml).toMatch(/<definedName name="TrackerCheck_Summary_[0-9a-f]{8}">'Summary – Recommendations'!\$A\$1<\/definedName>/);
  });

  it('adds two native chart parts, drawn on the summary sheet', async () => {
    const { zip, names } = await parts(out);
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
    const charts = await Promise.all([1, 2].map((k) => partText(zip, `xl/charts/chart${k}.xml`)));
    const doughnut = charts.find((c) => c.includes('<c:doughnutChart>')) ?? '';
    const completed = rowWith(summary, 'Completed');
    expect(doughnut).toContain(`<c:f>'${SUMMARY}'!$B$${completed}:$B$${completed + 3}</c:f>`);
    expect(doughnut).toContain('<c:showPercent val="1"/>');
    expect([...doughnut.matchAll(/<c:dPt>.*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1])).toStrictEqual([
      '1D70B8',
      '00703C',
      'FFDD00',
      'D4351C',
    ]);
    const bar = charts.find((c) => c.includes('<c:barChart>')) ?? '';
    expect(bar).toContain('<c:grouping val="stacked"/>');
    expect(bar).toContain('<c:v>Jamie Pope</c:v>');
    expect(await sheetPart(zip, SUMMARY)).toMatch(/<drawing r:id="rId\d+"\/>/);
  });

  it('leaves exactly one summary when run again on its own output', async () => {
    const second = join(dir, 'second.xlsx');
    const third = join(dir, 'third.xlsx');
    expect((await run(out, '--out', second)).code).toBe(0);
    const again = await run(second, '--out', third, '--json');
    expect(again.code).toBe(0);
    // The earlier summary is neither a tracker nor a lead register.
    expect(JSON.parse(again.stdout)).toMatchObject({ trackers: [{ sheet: 'Recommendations', items: 24 }] });
    const names = (await load(third)).worksheets.map((s) => s.name);
    expect(names).toStrictEqual(['Recommendations', 'Leads', 'Notes', SUMMARY, COLOUR_LISTS_SHEET]);
    const { zip, names: partNames } = await parts(third);
    expect(partNames.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
    expect((await partText(zip, 'xl/workbook.xml')).match(/TrackerCheck_Summary_/g)).toHaveLength(1);
    const xml = await sheetPart(zip, 'Recommendations');
    expect(xml.match(/<conditionalFormatting /g)).toHaveLength(1);
    expect(xml.match(/<cfRule /g)).toHaveLength(5);
  });

  it("leaves an officer's own sheet of the same name alone and takes a free name", async () => {
    const officers = await load(FIXTURE);
    officers.addWorksheet(SUMMARY).getCell('A1').value = 'My own notes for the board';
    const input = join(dir, 'officer.xlsx');
    await writeFile(input, new Uint8Array(await officers.xlsx.writeBuffer()));
    const output = join(dir, 'officer-checked.xlsx');
    const ran = await run(input, '--out', output);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain(`summary sheet "${SUMMARY} (2)"`);
    const copy = await load(output);
    expect(sheetOf(copy, SUMMARY).getCell('A1').value).toBe('My own notes for the board');
    expect(paragraphOf(sheetOf(copy, `${SUMMARY} (2)`))).toBe(PARAGRAPH);

    // Run again: the marked "(2)" is replaced, the officer's sheet still stands.
    const again = join(dir, 'officer-again.xlsx');
    expect((await run(output, '--out', again)).code).toBe(0);
    const names = (await load(again)).worksheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('Summary'))).toStrictEqual([SUMMARY, `${SUMMARY} (2)`]);
  });

  it('refuses to write over its input, by any path to it', async () => {
    const input = join(dir, 'input.xlsx');
    await copyFile(FIXTURE, input);
    const before = await readFile(input);
    for (const target of [input, join(dir, '.', 'input.xlsx'), join(dir, '..', dir.split(/[\\/]/).pop() ?? '', 'input.xlsx')]) {
      const refused = await run(input, '--out', target);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toMatch(/is the input file/);
    }
    expect(await readFile(input)).toStrictEqual(before);
  });

  it('refuses an output name that is not .xlsx', async () => {
    const refused = await run(FIXTURE, '--out', join(dir, 'copy.xls'));
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toMatch(/^tracker-check: --out takes an \.xlsx file name or a folder, not ".*copy\.xls"\n$/);
  });

  it('converts to a PDF in LibreOffice (needs soffice on PATH)', { timeout: 180_000 }, async (ctx) => {
    const soffice = whichSoffice();
    if (!soffice) ctx.skip('soffice is not on PATH; install libreoffice-calc-nogui to check the copy renders');
    const renderDir = join(dir, 'render');
    await promisify(execFile)(
      soffice ?? 'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', renderDir, out],
      { timeout: 170_000 },
    );
    const pdf = join(renderDir, 'checked.pdf');
    expect((await stat(pdf)).size).toBeGreaterThan(1000);
    expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('tracker-check --out on a CSV tracker', () => {
  it("writes a workbook with the CSV's rows as text, coloured, and its summary", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checked-copy-csv-'));
    try {
      const csv = fileURLToPath(new URL('../../fixtures/dfe-commissioner-recommendations.csv', import.meta.url));
      const output = join(dir, 'from-csv.xlsx');
      const ran = await run(csv, '--out', output);
      expect(ran.code).toBe(0);
      const copy = await load(output);
      // Excel's sheet names stop at 31 characters.
      const [tracker, summary, lists] = copy.worksheets;
      expect(lists?.name).toBe(COLOUR_LISTS_SHEET);
      expect(tracker?.name).toBe('dfe-commissioner-recommendation');
      expect(summary?.name).toBe('Summary – dfe-commissioner-reco');
      expect(tracker?.getCell('D1').value).toBe('Status');
      const formats = (tracker as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
      expect(formats[0]?.ref).toMatch(/^D2:D\d+$/);
      expect(summary && paragraphOf(summary)).toBe(PARAGRAPH);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('tracker text that looks like a formula', () => {
  const EVIL = ['=HYPERLINK("http://evil","Click me")', '+44 1234 567890', '-5 days', '@risk'];

  it('is written to the summary as text, never as a formula', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checked-copy-injection-'));
    try {
      const input = join(dir, 'tracker.xlsx');
      const tracker = new ExcelJS.Workbook();
      const sheet = tracker.addWorksheet('Tracker');
      sheet.addRow(['Ref', 'Recommendation', 'Lead', 'Progress', 'Status']);
      EVIL.forEach((text, i) => sheet.addRow([text, `${i + 1}. ${text}`, text, text, i % 2 === 0 ? 'Delayed' : 'Not started']));
      await writeFile(input, new Uint8Array(await tracker.xlsx.writeBuffer()));

      const output = join(dir, 'checked.xlsx');
      const ran = await run(input, '--out', output, '--json');
      expect(ran.stderr).toContain('wrote');
      expect(JSON.parse(ran.stdout)).toMatchObject({ trackers: [{ sheet: 'Tracker', items: 4 }] });

      const summary = sheetOf(await load(output), 'Summary – Tracker');
      const header = rowWith(summary, 'Recommendation');
      expect(rowValues(summary, header, 5)).toStrictEqual(['Recommendation', 'Lead', 'Status', 'Tracker row', 'Latest update']);
      // The exceptions are listed red first, so look the texts up rather than rely on their order.
      const listed = EVIL.map((_, i) => header + 1 + i);
      for (const column of [2, 5]) {
        const cells = listed.map((row) => summary.getCell(row, column));
        for (const cell of cells) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.formula).toBeUndefined();
        }
        expect(cells.map((cell) => cell.value).sort()).toStrictEqual([...EVIL].sort());
      }
      // Ids are upper-cased by the engine; still text.
      for (const row of listed) expect(summary.getCell(row, 1).type).toBe(ExcelJS.ValueType.String);
      summary.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
      // No formula anywhere in the summary's part, nor in the tracker's (its text stays text too).
      const { zip } = await parts(output);
      expect(await sheetPart(zip, 'Summary – Tracker')).not.toMatch(/<f[ >]/);
      expect(await sheetPart(zip, 'Tracker')).not.toMatch(/<f[ >]/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
