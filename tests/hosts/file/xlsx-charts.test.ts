/**
 * addChartsToXlsx: native charts wired into an exceljs-written package.
 *
 * The last test hands the output to a reader this project did not write: if LibreOffice's `soffice` is on PATH it
 * converts the workbook to PDF (headless, throwaway profile) and checks a PDF comes back. Without `soffice` that test
 * is skipped with a note saying so; install it with `apt-get install -y libreoffice-calc-nogui` to run it.
 */

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { addChartsToXlsx, type ChartSpec } from '../../../src/hosts/file/xlsx-charts/index.js';
import { chartPartXml } from '../../../src/hosts/file/xlsx-charts/chart-xml.js';

const SHEET = 'Summary – Recommendations';
const ref = (cells: string): string => `'${SHEET}'!${cells}`;

const STATUSES = ['Completed', 'On track', 'Some delays', 'Not started'];
const STATUS_COUNTS = [5, 17, 2, 0];
const BRAG_COLOURS = ['1D70B8', '00703C', 'FFDD00', 'D4351C'];
const LEADS = ['Chief Executive', 'Director of Finance & Resources', 'Head of <Housing>'];
// Per lead, counts in STATUSES order.
const BY_LEAD = [
  [2, 6, 0, 0],
  [3, 7, 1, 0],
  [0, 4, 1, 0],
];

async function buildWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const tracker = workbook.addWorksheet('Tracker');
  tracker.addRow(['Ref', 'Recommendation', 'Status']);
  tracker.addRow(['R1', 'Refresh the risk register', 'Completed']);

  const summary = workbook.addWorksheet(SHEET, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
  });
  summary.getColumn(1).width = 32;
  summary.getCell('A1').value = 'Recommendations summary';
  // A hyperlink makes exceljs write a rels part for this sheet, so the drawing relationship must join an existing one.
  summary.getCell('A3').value = { text: 'Tracker guidance', hyperlink: 'https://example.org/guidance' };
  summary.getRow(7).values = ['Status', 'Count'];
  STATUSES.forEach((status, i) => {
    summary.getRow(8 + i).values = [status, STATUS_COUNTS[i] ?? 0];
  });
  summary.getRow(14).values = ['Lead', ...STATUSES];
  LEADS.forEach((lead, i) => {
    summary.getRow(15 + i).values = [lead, ...(BY_LEAD[i] ?? [])];
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const doughnut: ChartSpec = {
  kind: 'doughnut',
  title: 'Recommendations by status',
  anchor: { fromCol: 6, fromRow: 1, toCol: 13, toRow: 17 },
  categories: ref('$A$8:$A$11'),
  categoryNames: STATUSES,
  series: [
    { name: 'Recommendations', values: ref('$B$8:$B$11'), cachedValues: STATUS_COUNTS, pointColours: BRAG_COLOURS },
  ],
  showPercent: true,
};

const stackedBar: ChartSpec = {
  kind: 'stacked-bar',
  title: 'Status by lead officer',
  anchor: { fromCol: 6, fromRow: 18, toCol: 13, toRow: 36 },
  categories: ref('$A$15:$A$17'),
  categoryNames: LEADS,
  series: STATUSES.map((status, s) => {
    const column = String.fromCharCode(66 + s); // B..E
    return {
      name: status,
      values: ref(`$${column}$15:$${column}$17`),
      cachedValues: BY_LEAD.map((row) => row[s] ?? 0),
      colour: BRAG_COLOURS[s] ?? '000000',
    };
  }),
};

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async('string');
}

function whichSoffice(): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(dir, 'soffice');
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

describe('addChartsToXlsx', () => {
  it('adds chart, drawing, rels and content-type parts for the named sheet', async () => {
    const out = await addChartsToXlsx(await buildWorkbook(), SHEET, [doughnut, stackedBar]);
    const zip = await JSZip.loadAsync(out);

    for (const path of [
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
    ]) {
      expect(zip.file(path), path).not.toBeNull();
    }

    const contentTypes = await text(zip, '[Content_Types].xml');
    expect(contentTypes).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    for (const k of [1, 2]) {
      expect(contentTypes).toContain(
        `<Override PartName="/xl/charts/chart${k}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    }

    // The summary is the second sheet; its rels already held the hyperlink.
    const sheetRels = await text(zip, 'xl/worksheets/_rels/sheet2.xml.rels');
    expect(sheetRels).toContain('Target="https://example.org/guidance"');
    const drawingRel = /<Relationship Id="(rId\d+)" Type="[^"]+\/drawing" Target="..\/drawings\/drawing1.xml"\/>/.exec(sheetRels);
    expect(drawingRel).not.toBeNull();
    const ids = [...sheetRels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);

    const sheetXml = await text(zip, 'xl/worksheets/sheet2.xml');
    const drawingAt = sheetXml.indexOf(`<drawing r:id="${drawingRel?.[1]}"/>`);
    expect(drawingAt).toBeGreaterThan(sheetXml.indexOf('<pageMargins'));
    expect(drawingAt).toBeGreaterThan(sheetXml.indexOf('<pageSetup'));
    expect(drawingAt).toBeGreaterThan(sheetXml.indexOf('</hyperlinks>'));
    expect(drawingAt).toBe(sheetXml.indexOf('</worksheet>') - `<drawing r:id="${drawingRel?.[1]}"/>`.length);
    expect(await text(zip, 'xl/worksheets/sheet1.xml')).not.toContain('<drawing');

    const drawingRels = await text(zip, 'xl/drawings/_rels/drawing1.xml.rels');
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
    const drawing = await text(zip, 'xl/drawings/drawing1.xml');
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
    expect(drawing).toContain('<xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>');
    expect(drawing).toMatch(/<c:chart [^>]*r:id="rId1"\/>/);
  });

  it('writes a doughnut with one coloured point per category and percentage labels', async () => {
    const zip = await JSZip.loadAsync(await addChartsToXlsx(await buildWorkbook(), SHEET, [doughnut]));
    const chart = await text(zip, 'xl/charts/chart1.xml');

    expect(chart).toContain('<c:doughnutChart><c:varyColors val="1"/>');
    const pointFills = [...chart.matchAll(/<c:dPt><c:idx val="(\d)"\/>.*?<a:srgbClr val="([0-9A-F]{6})"\/>/g)].map(
      (m) => [Number(m[1]), m[2]],
    );
    expect(pointFills).toEqual(BRAG_COLOURS.map((colour, i) => [i, colour]));
    expect(chart).toContain('<c:showPercent val="1"/>');
    // The empty "Not started" slice gets no "0%" label.
    expect(chart).toContain('<c:dLbl><c:idx val="3"/><c:delete val="1"/></c:dLbl>');
    expect(chart).toContain(`<c:f>'Summary – Recommendations'!$A$8:$A$11</c:f>`);
    expect(chart).toContain('<c:pt idx="1"><c:v>17</c:v></c:pt>');
    expect(chart.indexOf('<c:holeSize')).toBeGreaterThan(chart.lastIndexOf('</c:ser>'));
  });

  it('writes a horizontal stacked bar with a coloured series per status and escaped labels', async () => {
    const zip = await JSZip.loadAsync(await addChartsToXlsx(await buildWorkbook(), SHEET, [stackedBar]));
    const chart = await text(zip, 'xl/charts/chart1.xml');

    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(4);
    const seriesFills = [...chart.matchAll(/<c:ser>.*?<c:v>([^<]+)<\/c:v><\/c:tx><c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(seriesFills).toEqual(STATUSES.map((status, i) => [status, BRAG_COLOURS[i]]));
    expect(chart).toContain('<c:v>Director of Finance &amp; Resources</c:v>');
    expect(chart).toContain('<c:v>Head of &lt;Housing&gt;</c:v>');
    expect(chart).toMatch(/<\/c:barChart><c:catAx>.*<\/c:catAx><c:valAx>.*<\/c:valAx><\/c:plotArea>/);
  });

  it('leaves a workbook exceljs can still read', async () => {
    const out = await addChartsToXlsx(await buildWorkbook(), SHEET, [doughnut, stackedBar]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(out).buffer);
    const summary = workbook.getWorksheet(SHEET);
    expect(summary?.getCell('A8').value).toBe('Completed');
    expect(summary?.getCell('B9').value).toBe(17);
    expect(summary?.getCell('A16').value).toBe('Director of Finance & Resources');
    expect(workbook.getWorksheet('Tracker')?.getCell('B2').value).toBe('Refresh the risk register');
  });

  it('gives each sheet its own drawing and appends to a drawing the sheet already has', async () => {
    const first = await addChartsToXlsx(await buildWorkbook(), SHEET, [doughnut]);
    const second = await addChartsToXlsx(first, 'Tracker', [{ ...doughnut, categories: ref('$A$8:$A$11') }]);
    const third = await addChartsToXlsx(second, SHEET, [stackedBar]);
    const zip = await JSZip.loadAsync(third);

    // Tracker had no rels part before; it gets one pointing at a second drawing.
    expect(await text(zip, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../drawings/drawing2.xml"');
    expect(await text(zip, 'xl/worksheets/sheet1.xml')).toContain('<drawing r:id="rId1"/>');
    expect(await text(zip, 'xl/drawings/_rels/drawing2.xml.rels')).toContain('Target="../charts/chart2.xml"');

    // The summary keeps one <drawing>; its drawing gains the third chart with a fresh shape id.
    const summaryXml = await text(zip, 'xl/worksheets/sheet2.xml');
    expect(summaryXml.match(/<drawing /g)).toHaveLength(1);
    const drawing = await text(zip, 'xl/drawings/drawing1.xml');
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
    expect([...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1])).toEqual(['2', '3']);
    const drawingRels = await text(zip, 'xl/drawings/_rels/drawing1.xml.rels');
    expect(drawingRels).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart3.xml"');
    expect(await text(zip, '[Content_Types].xml')).toContain('PartName="/xl/charts/chart3.xml"');
  });

  it('names the sheets it has when the sheet is missing', async () => {
    await expect(addChartsToXlsx(await buildWorkbook(), 'Summary', [doughnut])).rejects.toThrow(
      /no sheet named "Summary" \(it has "Tracker", "Summary – Recommendations"\)/,
    );
  });

  it('converts to a PDF in LibreOffice (needs soffice on PATH)', { timeout: 180_000 }, async (ctx) => {
    const soffice = whichSoffice();
    if (!soffice) ctx.skip('soffice is not on PATH; install libreoffice-calc-nogui to check the charts render');
    const dir = await mkdtemp(join(tmpdir(), 'xlsx-charts-'));
    try {
      const xlsxPath = join(dir, 'summary.xlsx');
      await writeFile(xlsxPath, await addChartsToXlsx(await buildWorkbook(), SHEET, [doughnut, stackedBar]));
      await promisify(execFile)(
        soffice ?? 'soffice',
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsxPath],
        { timeout: 170_000 },
      );
      const pdf = join(dir, 'summary.pdf');
      expect((await stat(pdf)).size).toBeGreaterThan(1000);
      expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the trend chart: status at each review', () => {
  it('is a stacked column chart, the reviews along the bottom, oldest first', () => {
    const xml = chartPartXml({ ...stackedBar, kind: 'stacked-column', title: 'Status at each review' });
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(xml).toMatch(/<c:catAx>.*<c:orientation val="minMax"\/>.*<c:axPos val="b"\/>.*<\/c:catAx>/s);
    expect(xml).toMatch(/<c:valAx>.*<c:axPos val="l"\/>.*<\/c:valAx>/s);
    expect(chartPartXml(stackedBar)).toContain('<c:barDir val="bar"/>');
  });
});
