// An .xlsx loaded into the in-memory Excel as Excel would hold it, for tests that hand the add-in
// and the command line the same workbook: values (a merged area's in its top-left cell only), fills
// and font colours resolved as the file host resolves them, number formats, merged areas, sheet visibility,
// the formula rules of its conditional formats (in priority order) and its workbook-level names.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { styleColourReader } from '../../src/hosts/file/style-colours.js';
import { TextBudget } from '../../src/hosts/file/text-budget.js';
import { readWorksheetGrids } from '../../src/hosts/file/worksheet-grid.js';
import { findWorksheetPart } from '../../src/hosts/file/xlsx-charts/workbook-sheets.js';
import { findStartTags, readAttributes } from '../../src/hosts/file/xlsx-charts/xml-text.js';
import { readPart } from '../../src/hosts/file/xlsx-charts/zip-text.js';
import { openWorkbookPackage, readPalette } from '../../src/hosts/file/xlsx-package.js';
import { describeGrid } from './browser-fake/describe-grid.js';
import { fakeWorkbook, type ConditionalFormatDescription, type WorkbookModel } from './fake-excel/index.js';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

export async function fakeFromXlsx(path: string): Promise<WorkbookModel> {
  const bytes = await readFile(path);
  const opened = await openWorkbookPackage(path, bytes);
  if (!opened.ok) throw new Error(opened.message);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const grids = await readWorksheetGrids(opened.zip, workbook.worksheets, new TextBudget());
  const description = describeGrid({ name: basename(path), sheets: grids });
  for (const [i, sheet] of description.sheets.entries()) {
    const visibility = grids[i]?.visibility;
    if (visibility) sheet.visibility = VISIBILITY[visibility];
    const worksheet = workbook.worksheets[i];
    if (worksheet) sheet.conditionalFormats = formulaRules(worksheet, await stopsByPriority(opened.zip, worksheet.name));
  }
  description.names = Object.fromEntries(
    workbook.definedNames.model.flatMap((name) => (name.ranges.length === 1 && !name.ranges[0]?.startsWith('#') ? [[name.name, name.ranges[0] ?? '']] : [])),
  );
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

type ExpressionRule = { type: string; formulae?: string[]; priority?: number; stopIfTrue?: boolean; style?: Partial<ExcelJS.Style> };

/** Each cfRule's stop-if-true by its priority, from the sheet's XML (exceljs does not read the attribute). */
async function stopsByPriority(zip: JSZip, sheetName: string): Promise<Map<number, boolean>> {
  const xml = (await readPart(zip, await findWorksheetPart(zip, sheetName))) ?? '';
  const stops = new Map<number, boolean>();
  for (const tag of findStartTags(xml, 'cfRule')) {
    const attributes = readAttributes(tag);
    stops.set(Number(attributes.get('priority')), ['1', 'true'].includes(attributes.get('stopIfTrue') ?? ''));
  }
  return stops;
}

/** The sheet's expression rules as the in-memory Excel describes them, highest priority first. */
function formulaRules(worksheet: ExcelJS.Worksheet, stops: ReadonlyMap<number, boolean>): ConditionalFormatDescription[] {
  const formats = (worksheet as unknown as { conditionalFormattings?: { ref: string; rules: ExpressionRule[] }[] }).conditionalFormattings ?? [];
  const argb = (colour: Partial<ExcelJS.Color> | undefined) => (colour?.argb ? `#${colour.argb.slice(-6)}` : undefined);
  return formats
    .flatMap(({ ref, rules }) => rules.filter((rule) => rule.type === 'expression' && rule.formulae?.[0]).map((rule) => ({ ref, rule })))
    .sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0))
    .map(({ ref, rule }) => {
      const fill = rule.style?.fill as ExcelJS.FillPattern | undefined;
      const fillColour = argb(fill?.bgColor) ?? argb(fill?.fgColor);
      const fontColour = argb(rule.style?.font?.color);
      return {
        range: ref.replace(/ /g, ', '),
        formula: `=${rule.formulae?.[0] ?? ''}`,
        stopIfTrue: stops.get(rule.priority ?? 0) ?? false,
        ...(fillColour && { fill: fillColour }),
        ...(fontColour && { fontColor: fontColour }),
      };
    });
}
