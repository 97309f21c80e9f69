import { EMPTY_CELL, textCell, type Cell } from '../../engine/grid/cell.js';
import { isoFromExcelSerial } from '../../engine/dates/calendar.js';

/**
 * A cell as Office.js returns it: dates come back as serial numbers, so the number format tells a
 * date from a count; errors come back as their text ("#REF!") with the value type "Error".
 */
export function cellFromOffice(value: unknown, valueType: string | undefined, numberFormat: unknown): Cell {
  if (valueType === 'Error') return { kind: 'error', value: String(value) };
  if (value === null || value === undefined || value === '') return EMPTY_CELL;
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') {
    if (isDateFormat(numberFormat)) {
      const date = isoFromExcelSerial(value);
      if (date !== undefined) return { kind: 'date', value: date };
    }
    return { kind: 'number', value };
  }
  return textCell(String(value));
}

/** A number format that shows a day, month or year ("dd/mm/yyyy", "d-mmm-yy"), not a time alone. */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === 'General') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare);
}
