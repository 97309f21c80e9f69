import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PLAN_SHEET_NAME, summarySheetPlans } from '../../src/engine/edits/summary-sheet-plan.js';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { OfficeTrackerHost } from '../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, inspect } from '../support/fake-excel/index.js';
import { fakeFromXlsx } from '../support/fake-from-xlsx.js';
import { runCliCaptured } from '../support/run-cli-captured.js';
import { EXCEL_WITH_MERGES } from '../support/host-parity.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';

/** A plan kept as one sheet per priority: each tracker's summary, and one for the whole plan. */
const PLAN = 'tests/fixtures/layouts/layouts-plan-per-priority.xlsx';
const NOW = () => new Date('2025-06-30T12:00:00Z');
const TRACKERS = ['Priority 1', 'Priority 2', 'Priority 3'];

describe('a plan of three priority sheets', () => {
  it('reports each tracker and the plan total', async () => {
    const result = await runCliCaptured(PLAN, '--json', '--as-at', '2025-06-30');
    const report = JSON.parse(result.stdout) as { trackers: { sheet: string; items: number }[]; total: { items: number; trackers: number } };
    expect(report.trackers.map((t) => [t.sheet, t.items])).toStrictEqual([['Priority 1', 11], ['Priority 2', 8], ['Priority 3', 8]]);
    expect(report.total).toMatchObject({ trackers: 3, items: 27 });
  });

  it('Build summary writes a summary per tracker and one for the whole plan, with a row per tracker', async () => {
    const excel = createFakeExcel(await fakeFromXlsx(PLAN), { excelApi: '1.13' });
    const outcome = await new OfficeTrackerHost(excel.run, NOW, DEFAULT_PROFILE, EXCEL_WITH_MERGES).buildSummary();
    expect(outcome.report.total?.items).toBe(27);
    expect(outcome.sheets).toHaveLength(4);
    expect(outcome.sheets.at(-1)).toBe(PLAN_SHEET_NAME);
    const rows = inspect(excel.model).values(PLAN_SHEET_NAME);
    expect(rows.flat().join(' ')).toContain('3 trackers');
    for (const sheet of TRACKERS) expect(rows.some((row) => row[0] === sheet)).toBe(true);
    const totals = rows.filter((row) => TRACKERS.includes(String(row[0]))).map((row) => row.find((v, i) => i > 0 && typeof v === 'number' && row.slice(i + 1).every((x) => x === '' || x === null)));
    expect(totals).toStrictEqual([11, 8, 8]);
    expect(inspect(excel.model).charts(PLAN_SHEET_NAME).length).toBeGreaterThanOrEqual(3);
  });

  it('names each summary\'s tracker in its title, page header and sheet name', async () => {
    const read = await readWorkbookFile(PLAN);
    if (!read.ok) throw new Error(read.message);
    const analysis = analyseWorkbook(read.workbook, { today: '2025-06-30', asAt: '2025-06-30' });
    const plans = summarySheetPlans(analysis.trackers, DEFAULT_PROFILE);
    const titles = plans.map((p) => p.texts.find((t) => t.style === 'title')?.text);
    expect(titles).toStrictEqual([
      'Priority 1 – actions: progress summary',
      'Priority 2 – actions: progress summary',
      'Priority 3 – actions: progress summary',
      'Whole plan – actions in 3 trackers: progress summary',
    ]);
    expect(plans.map((p) => p.print.header)).toStrictEqual(titles.map((t) => `${t}, as at 30 June 2025`));
    expect(plans.map((p) => p.sheetName)).toStrictEqual([...TRACKERS.map((t) => `Summary – ${t}`), PLAN_SHEET_NAME]);
  });

  it('--out writes the whole plan\'s summary too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-summary-'));
    try {
      const out = join(dir, 'checked.xlsx');
      expect((await runCliCaptured(PLAN, '--out', out, '--as-at', '2025-06-30')).code).toBeLessThan(2);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      const sheet = workbook.getWorksheet(PLAN_SHEET_NAME);
      expect(sheet).toBeDefined();
      const texts: string[] = [];
      sheet?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
      for (const tracker of TRACKERS) expect(texts).toContain(tracker);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
