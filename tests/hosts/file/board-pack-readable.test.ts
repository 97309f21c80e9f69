/**
 * The board pack `--out` writes, read back from the file as a board member's printer would get it: every
 * chart's XML and every summary table, on the DfE sample (no due dates), the three-priority plan and the
 * thirteen-lead plan (`tests/fixtures/board-pack/build-thirteen-leads.ts`).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingWidth, WIDTH_LIMITS } from '../../../src/engine/edits/summary-column-widths.js';
import { runCliCaptured } from '../../support/run-cli-captured.js';

const FIXTURES = {
  dfe: { path: 'tests/fixtures/dfe-commissioner-recommendations.xlsx', args: [] as string[] },
  plan: { path: 'tests/fixtures/layouts/layouts-plan-per-priority.xlsx', args: ['--as-at', '2025-06-30'] },
  thirteen: { path: 'tests/fixtures/board-pack/thirteen-leads.xlsx', args: ['--as-at', '2025-06-30'] },
};
type Name = keyof typeof FIXTURES;

interface Written {
  workbook: ExcelJS.Workbook;
  zip: JSZip;
  summaries: ExcelJS.Worksheet[];
  charts: string[];
}

let dir = '';
const written = new Map<Name, Written>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'board-pack-'));
  for (const [name, fixture] of Object.entries(FIXTURES) as [Name, (typeof FIXTURES)[Name]][]) {
    const out = join(dir, `${name}.xlsx`);
    const ran = await runCliCaptured(fixture.path, '--out', out, ...fixture.args);
    if (ran.code > 1) throw new Error(ran.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const zip = await JSZip.loadAsync(await readFile(out));
    const chartParts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    const charts = await Promise.all(chartParts.map((n) => zip.file(n)!.async('string')));
    written.set(name, { workbook, zip, summaries: workbook.worksheets.filter((s) => s.name.startsWith('Summary – ')), charts });
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const each = Object.keys(FIXTURES) as Name[];
const get = (name: Name): Written => written.get(name)!;

/** The summary's tables as exceljs read them back (its typings do not describe what getTables returns). */
function tableRefs(sheet: ExcelJS.Worksheet): { tableRef: string }[] {
  return (sheet.getTables() as unknown as { table: { tableRef: string } }[]).map((t) => t.table);
}

/** The values of a table's cells, header first, from its ref ("A6:C10"). */
function tableCells(sheet: ExcelJS.Worksheet, ref: string): unknown[][] {
  const [from, to] = ref.split(':') as [string, string];
  const top = sheet.getCell(from);
  const bottom = sheet.getCell(to);
  const rows: unknown[][] = [];
  for (let r = Number(top.row); r <= Number(bottom.row); r++) {
    const row: unknown[] = [];
    for (let c = Number(top.col); c <= Number(bottom.col); c++) row.push(sheet.getCell(r, c).value);
    rows.push(row);
  }
  return rows;
}

describe.each(each)('the board pack of %s', (name) => {
  it('draws every bar chart on a whole-number axis from 0, and names every category in a legend', () => {
    const { charts } = get(name);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const chart of charts) {
      expect(chart).toMatch(/<c:legend><c:legendPos val="(t|r)"\/>/);
      if (chart.includes('<c:doughnutChart>')) continue;
      const axis = /<c:valAx>.*<\/c:valAx>/.exec(chart)?.[0] ?? '';
      expect(axis).toContain('<c:numFmt formatCode="0" sourceLinked="0"/>');
      expect(axis).toContain('<c:min val="0"/>');
      const max = Number(/<c:max val="([^"]+)"/.exec(axis)?.[1]);
      const unit = Number(/<c:majorUnit val="([^"]+)"/.exec(axis)?.[1]);
      expect(Number.isInteger(unit) && unit >= 1).toBe(true);
      expect(Number.isInteger(max / unit)).toBe(true);
      // The legend runs in the order the segments are stacked: series in BRAG order.
      const names = [...chart.matchAll(/<c:ser>.*?<c:tx><c:v>([^<]+)<\/c:v>/g)].map((m) => m[1]);
      expect(names.slice(0, 4)).toStrictEqual(['Completed', 'In progress and on track', 'In progress but some delays', 'Not in progress or challenge in meeting the timescales']);
    }
  });

  it('labels no empty segment or slice', () => {
    for (const chart of get(name).charts) {
      for (const series of chart.split('<c:ser>').slice(1)) {
        const values = [...(/<c:val>.*<\/c:val>/.exec(series)?.[0] ?? '').matchAll(/<c:pt idx="(\d+)"><c:v>([^<]+)<\/c:v>/g)];
        for (const [, idx, value] of values) {
          if (Number(value) === 0) expect(series).toContain(`<c:dLbl><c:idx val="${idx}"/><c:delete val="1"/></c:dLbl>`);
        }
      }
    }
  });

  it('sizes every column within limits, every heading on at most two lines', () => {
    for (const sheet of get(name).summaries) {
      const widths = sheet.columns.map((c) => c.width ?? 0);
      for (const width of widths) {
        expect(width).toBeGreaterThanOrEqual(WIDTH_LIMITS.min);
        expect(width).toBeLessThanOrEqual(WIDTH_LIMITS.max);
      }
      for (const { tableRef } of tableRefs(sheet)) {
        const [header] = tableCells(sheet, tableRef);
        const first = Number(sheet.getCell(tableRef.split(':')[0]!).col);
        header!.forEach((heading, i) => expect(headingWidth(String(heading)), `${String(heading)} in ${sheet.name}`).toBeLessThanOrEqual(widths[first - 1 + i]!));
      }
    }
  });

  it('gives percentages that add up to 100 in each table', () => {
    let checked = 0;
    for (const sheet of get(name).summaries) {
      for (const { tableRef } of tableRefs(sheet)) {
        const [header, ...rows] = tableCells(sheet, tableRef);
        header!.forEach((heading, i) => {
          if (!/%$/.test(String(heading))) return;
          const sum = rows.reduce((total: number, row) => total + Math.round(Number(row[i]) * 100), 0);
          expect(sum).toBe(100);
          checked += 1;
        });
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('merges no cell and leaves no blank row inside the summary', () => {
    for (const sheet of get(name).summaries) {
      expect(sheet.model.merges).toStrictEqual([]);
      for (let row = 1; row <= sheet.actualRowCount; row++) {
        const values = (sheet.getRow(row).values as unknown[]).filter((v) => v !== null && v !== undefined && v !== '');
        expect(values.length, `row ${row} of ${sheet.name}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('what the pack says', () => {
  const texts = (name: Name) => get(name).summaries.flatMap((sheet) => {
    const all: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => all.push(String(cell.value))));
    return all;
  });

  it('says nothing of overdue items where the tracker has no due dates', () => {
    expect(texts('dfe').filter((t) => /overdue/i.test(t))).toStrictEqual(['The tracker records no due dates, so no recommendation can be shown as overdue or due soon.']);
    expect(texts('thirteen')).toContain('Overdue');
  });

  it('titles each of a plan\'s pages with its own tracker', () => {
    const titles = get('plan').summaries.map((sheet) => String(sheet.getCell('A1').value));
    expect(new Set(titles).size).toBe(4);
  });

  it('points a pack made on the command line to its report', () => {
    expect(texts('dfe').join(' ')).not.toMatch(/panel/);
  });
});
