import { EMPTY_CELL, textCell, type Cell } from '../../engine/grid/cell.js';

/**
 * Excel's error values, as `Range.values` returns them: the classic seven, #GETTING_DATA, the
 * dynamic-array and data-type ones (#SPILL!, #CALC!, #FIELD!, #BUSY!, #BLOCKED!, #CONNECT!,
 * #UNKNOWN!) and the newest (#EXTERNAL! from external code, #PYTHON! and #TIMEOUT! from Python in Excel).
 */
const EXCEL_ERRORS =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|EXTERNAL!|PYTHON!|TIMEOUT!)$/;

/**
 * A cell as Office.js returns it. Errors come back as their text ("#REF!"); dates come back as
 * serial numbers and stay numbers here: the engine reads a serial in a due-date column as a date.
 */
export function cellFromOffice(value: unknown): Cell {
  if (typeof value === 'string' && EXCEL_ERRORS.test(value)) return { kind: 'error', value };
  if (value === null || value === undefined || value === '') return EMPTY_CELL;
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return { kind: 'number', value };
  return textCell(String(value));
}
