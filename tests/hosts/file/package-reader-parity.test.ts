import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../../src/engine/analyse/analyse-workbook.js';
import type { Cell } from '../../../src/engine/grid/cell.js';
import type { WorkbookGrid } from '../../../src/engine/grid/sheet-grid.js';
import { workbookReport } from '../../../src/engine/report/workbook-report.js';
import { readXlsxPackage } from '../../../src/hosts/file/package-reader/read-xlsx.js';
import { readXlsxWithExceljs } from '../../../src/hosts/file/read-xlsx-exceljs.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function workbooks(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? workbooks(join(folder, entry.name)) : /\.xlsx$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );
}

/**
 * Everything a SheetGrid holds (values, merges, pivot tables, colours, number formats, visibility), in a form two readers can be compared by. exceljs pads a row with
 * empty cells to the right edge of any merge or styled cell in it, and the sheet with empty rows
 * down to them; the engine reads an empty cell and a missing one alike, so trailing empties are left out.
 */
function comparable(workbook: WorkbookGrid) {
  return workbook.sheets.map((sheet) => {
    const cells = sheet.cells.map((row) => {
      const kept: Cell[] = [...row];
      while (kept.length > 0 && kept[kept.length - 1]!.kind === 'empty') kept.pop();
      return kept;
    });
    while (cells.length > 0 && cells[cells.length - 1]!.length === 0) cells.pop();
    return {
      name: sheet.name,
      top: sheet.top,
      left: sheet.left,
      visibility: sheet.visibility,
      cells,
      merges: sheet.merges ?? [],
      pivotTables: sheet.pivotTables ?? [],
      colours: [...(sheet.colours ?? new Map())].sort(([a], [b]) => a.localeCompare(b)),
      numberFormats: [...(sheet.numberFormats ?? new Map())].sort(([a], [b]) => a.localeCompare(b)),
    };
  });
}

describe("the package reader gives the grid exceljs gave, on every fixture workbook", () => {
  const files = workbooks(FIXTURES);
  it('finds the fixtures (the DfE sample among them)', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
    expect(files.some((file) => file.endsWith('dfe-commissioner-recommendations.xlsx'))).toBe(true);
  });
  for (const file of files) {
    it(relative(FIXTURES, file), async () => {
      const bytes = readFileSync(file);
      const [ours, theirs] = await Promise.all([readXlsxPackage('book.xlsx', file, bytes), readXlsxWithExceljs('book.xlsx', file, bytes)]);
      if (!ours.ok) throw new Error(ours.message);
      if (!theirs.ok) throw new Error(theirs.message);
      expect(comparable(ours.workbook)).toStrictEqual(comparable(theirs.workbook));
      const report = (workbook: WorkbookGrid) => workbookReport('book.xlsx', analyseWorkbook(workbook, { today: '2025-06-30' }));
      expect(report(ours.workbook)).toStrictEqual(report(theirs.workbook));
    });
  }
});
