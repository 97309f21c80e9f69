import { basename } from 'node:path';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import { isoToday } from '../../src/engine/dates/calendar.js';
import { workbookReport, type WorkbookReport } from '../../src/engine/report/workbook-report.js';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { OfficeTrackerHost } from '../../src/hosts/office/office-tracker-host.js';
import type { RequirementCheck } from '../../src/hosts/office/requirements.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import { createFakeExcel } from './fake-excel/index.js';
import { fakeFromXlsx } from './fake-from-xlsx.js';

/** An Excel with ExcelApi 1.13, as Microsoft 365 and Excel on the web have: merged areas are read. */
export const EXCEL_WITH_MERGES: RequirementCheck = (set, version) => set === 'ExcelApi' && Number(version.split('.')[1]) <= 13;

/**
 * One workbook through both hosts: the command line's file reader, and the add-in's Office.js
 * adapter on the in-memory Excel holding the same workbook (values, fills, fonts, merges, hidden
 * sheets). Both are given the same day, so the review dates agree.
 */
export async function bothHosts(path: string, now: Date): Promise<{ file: WorkbookReport; office: WorkbookReport }> {
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(read.message);
  const file = workbookReport(basename(path), analyseWorkbook(read.workbook, { today: isoToday(now) }));
  const excel = createFakeExcel(await fakeFromXlsx(path), { excelApi: '1.13' });
  const { report } = await new OfficeTrackerHost(excel.run, () => now, DEFAULT_PROFILE, EXCEL_WITH_MERGES).validate();
  return { file, office: { ...report, file: file.file } };
}

/** Where two reports differ, as JSON paths with both values; empty when they are the same. */
export function reportDifferences(a: unknown, b: unknown, path = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...reportDifferences(a[i], b[i], `${path}[${i}]`));
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => reportDifferences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return [`${path || '(report)'}: command line ${JSON.stringify(a)}, add-in ${JSON.stringify(b)}`];
}
