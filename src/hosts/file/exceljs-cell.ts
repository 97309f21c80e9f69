import ExcelJS from 'exceljs';
import { EMPTY_CELL, textCell, type Cell } from '../../engine/grid/cell.js';
import { isoFromUtcDate } from '../../engine/dates/calendar.js';
import type { TextBudget } from './text-budget.js';

type RichText = { richText: ReadonlyArray<{ text: string }> };

/**
 * Reads exceljs cells as the engine's Cells, every text counted against the budget. A formula is
 * read by its cached result. Rich text is joined once per value object: exceljs hands every cell
 * that uses a shared string the same object, so a long rich text shared by many cells is joined once.
 *
 * Gives undefined for a formula whose cached result exceljs lost: in a date-formatted cell it turns
 * a cached error or text into an invalid date. The sheet's XML still holds the result.
 */
export function cellReader(budget: TextBudget): (cell: ExcelJS.Cell) => Cell | undefined {
  const joined = new WeakMap<RichText, string>();
  const richText = (value: RichText): string => {
    let text = joined.get(value);
    if (text === undefined) {
      text = value.richText.map((run) => run.text).join('');
      joined.set(value, text);
    }
    return text;
  };
  const text = (value: string): Cell => {
    budget.spend(value.length);
    return textCell(value);
  };
  const fromValue = (value: unknown): Cell => {
    if (value === null || value === undefined) return EMPTY_CELL;
    if (typeof value === 'string') return text(value);
    if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : EMPTY_CELL;
    if (typeof value === 'boolean') return { kind: 'boolean', value };
    if (value instanceof Date) {
      const date = isoFromUtcDate(value);
      return date === undefined ? EMPTY_CELL : { kind: 'date', value: date };
    }
    if (typeof value !== 'object') return EMPTY_CELL;
    if ('error' in value && typeof value.error === 'string') return { kind: 'error', value: value.error };
    if ('richText' in value) return text(richText(value as RichText));
    // A hyperlink: its text is plain or rich.
    if ('text' in value) {
      const shown = value.text;
      if (typeof shown === 'string') return text(shown);
      if (shown && typeof shown === 'object' && 'richText' in shown) return text(richText(shown as RichText));
    }
    return EMPTY_CELL;
  };
  return (cell) => {
    // A merged area's other cells repeat its top-left value in exceljs; Excel holds it in the top-left only.
    if (cell.type === ExcelJS.ValueType.Merge) return EMPTY_CELL;
    if (cell.type === ExcelJS.ValueType.Formula) {
      // cell.result, not cell.value: exceljs's formula value drops a cached 0 or FALSE.
      const result: unknown = cell.result;
      return result instanceof Date && Number.isNaN(result.getTime()) ? undefined : fromValue(result);
    }
    return fromValue(cell.value);
  };
}
