import type ExcelJS from 'exceljs';
import { EMPTY_CELL, textCell, type Cell } from '../../engine/grid/cell.js';
import { isoFromUtcDate } from '../../engine/dates/calendar.js';

/** An exceljs cell value as the engine's Cell; a formula is read by its last calculated result. */
export function cellFromExcelJs(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    const date = isoFromUtcDate(value);
    return date === undefined ? EMPTY_CELL : { kind: 'date', value: date };
  }
  if ('error' in value) return { kind: 'error', value: value.error };
  if ('richText' in value) return textCell(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value && value.result !== undefined ? cellFromExcelJs(value.result as ExcelJS.CellValue) : EMPTY_CELL;
  }
  if ('text' in value && typeof value.text === 'string') return textCell(value.text); // hyperlink
  return EMPTY_CELL;
}
