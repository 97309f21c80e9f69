// A workbook the in-memory Excel changed, saved back to a file as Excel would save it: for tests that
// hand the command line a workbook the add-in coloured. It starts from the file the workbook was
// loaded from and carries over what the add-in writes: each sheet's conditional formats (formula
// rules, in priority order), the sheets it added with their visibility and text, and the names.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { formatAbsolute, formatRect } from './fake-excel/a1.js';
import type { SheetModel, WorkbookModel } from './fake-excel/index.js';

const STATE = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;
const argb = (colour: string | undefined) => (colour === undefined ? undefined : { argb: `FF${colour.replace('#', '').toUpperCase()}` });

export async function xlsxFromFake(originalPath: string, model: WorkbookModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(originalPath)) as unknown as ExcelJS.Buffer);
  for (const sheet of model.sheets) {
    const existing = workbook.getWorksheet(sheet.name);
    const worksheet = existing ?? workbook.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
    if (!existing) writeCells(worksheet, sheet);
    (worksheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = [];
    for (const cf of [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
      const formula = cf.type === 'Custom' ? String(cf.rule?.['formula'] ?? '') : '';
      if (formula === '') continue;
      const fill = argb(cf.format.fill);
      const font = argb(cf.format.fontColor);
      worksheet.addConditionalFormatting({
        ref: cf.rects.map(formatRect).join(' '),
        rules: [{
          type: 'expression',
          priority: cf.priority + 1,
          formulae: [formula.replace(/^=/, '')],
          style: { ...(fill && { fill: { type: 'pattern', pattern: 'solid', bgColor: fill } }), ...(font && { font: { color: font } }) },
          ...(cf.stopIfTrue && { stopIfTrue: true }),
        } as ExcelJS.ConditionalFormattingRule],
      });
    }
  }
  for (const item of model.names.values()) if (!item.sheet.deleted) workbook.definedNames.add(formatAbsolute(item.sheet.name, item.rect), item.name);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeCells(worksheet: ExcelJS.Worksheet, sheet: SheetModel): void {
  const used = sheet.usedRect(true);
  if (!used) return;
  for (const [r, c, cell] of sheet.cellsIn(used)) {
    if (cell.value !== '') worksheet.getCell(r + 1, c + 1).value = typeof cell.value === 'number' ? cell.value : String(cell.value);
  }
}
