import type ExcelJS from 'exceljs';
import { colourReadPlan, type ColourReadOptions } from '../../engine/analyse/colour-read-plan.js';
import { colourKey, type CellColours, type SheetGrid, type WorkbookGrid } from '../../engine/grid/sheet-grid.js';
import type { styleColourReader } from './style-colours.js';

/**
 * The grids with the colours (and number formats) of exactly the cells colourReadPlan names, and no others, so the file
 * host gives the engine what the add-in gives it. A cell that does not exist takes its row's style,
 * else its column's, as Excel shows it.
 */
export function withPlannedColours(
  workbook: WorkbookGrid,
  sheets: ReadonlyMap<string, ExcelJS.Worksheet>,
  colours: ReturnType<typeof styleColourReader>,
  options: ColourReadOptions = {},
): WorkbookGrid {
  const plan = colourReadPlan(workbook, options);
  if (plan.length === 0) return workbook;
  const bySheet = new Map(plan.map((read) => [read.sheet, read]));
  return {
    ...workbook,
    sheets: workbook.sheets.map((grid): SheetGrid => {
      const read = bySheet.get(grid.name);
      const sheet = sheets.get(grid.name);
      if (!read || !sheet) return grid;
      const { areas } = read;
      const found = new Map<string, CellColours>();
      for (const area of areas) {
        for (let r = area.top; r <= area.bottom; r++) {
          const row = sheet.findRow(r);
          for (let c = area.left; c <= area.right; c++) {
            const style = row?.findCell(c + 1)?.style ?? nonEmpty((row as { style?: Partial<ExcelJS.Style> } | undefined)?.style) ?? nonEmpty(sheet.getColumn(c + 1).style);
            const cell = colours(style);
            if (cell) found.set(colourKey(r, c), cell);
          }
        }
      }
      const numberFormats = new Map<string, string>();
      for (const area of read.numberFormatAreas) {
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const format = sheet.findRow(r)?.findCell(c + 1)?.numFmt;
            if (format && format !== 'General') numberFormats.set(colourKey(r, c), format);
          }
        }
      }
      return { ...grid, ...(found.size > 0 && { colours: found }), ...(numberFormats.size > 0 && { numberFormats }) };
    }),
  };
}

function nonEmpty(style: Partial<ExcelJS.Style> | undefined): Partial<ExcelJS.Style> | undefined {
  return style && Object.keys(style).length > 0 ? style : undefined;
}
