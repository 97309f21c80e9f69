// An .xlsx loaded into the in-memory Excel as Excel would hold it, for tests that hand the add-in
// and the command line the same workbook: values (a merged area's in its top-left cell only), fills
// and font colours resolved as the file host resolves them, number formats, merged areas and sheet visibility.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { styleColourReader } from '../../src/hosts/file/style-colours.js';
import { TextBudget } from '../../src/hosts/file/text-budget.js';
import { readWorksheetGrids } from '../../src/hosts/file/worksheet-grid.js';
import { openWorkbookPackage, readPalette } from '../../src/hosts/file/xlsx-package.js';
import { describeGrid } from './browser-fake/describe-grid.js';
import { fakeWorkbook, type WorkbookModel } from './fake-excel/index.js';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

export async function fakeFromXlsx(path: string): Promise<WorkbookModel> {
  const bytes = await readFile(path);
  const opened = await openWorkbookPackage(path, bytes);
  if (!opened.ok) throw new Error(opened.message);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const grids = await readWorksheetGrids(opened.zip, workbook.worksheets, new TextBudget());
  const description = describeGrid({ name: basename(path), sheets: grids });
  description.sheets.forEach((sheet, i) => {
    const visibility = grids[i]?.visibility;
    if (visibility) sheet.visibility = VISIBILITY[visibility];
  });
  const model = fakeWorkbook(description);

  // Every cell's colours, not only those the engine plans to read, as a real workbook has them.
  const colours = styleColourReader(await readPalette(opened.zip));
  for (const worksheet of workbook.worksheets) {
    const sheet = model.sheet(worksheet.name);
    worksheet.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const found = colours(cell.style);
        if (found?.fill) sheet.ensure(r - 1, c - 1).fill = found.fill;
        if (found?.font) sheet.ensure(r - 1, c - 1).fontColor = found.font;
        if (cell.numFmt) sheet.ensure(r - 1, c - 1).numberFormat = cell.numFmt;
      }),
    );
  }
  return model;
}
