import { cellAddress } from '../grid/a1.js';
import { cellAt } from '../grid/sheet-grid.js';
import type { Finding } from '../issues/issue-codes.js';
import type { Rule } from './rule.js';

/** `cell-error`: a tracker cell showing #REF!, #N/A, #VALUE! and the like. */
export const checkCellErrors: Rule = ({ grid, layout, records, headers }) => {
  const findings: Finding[] = [];
  const columns = [...headers.keys()];
  for (const record of records) {
    for (const row of record.rows) {
      for (const column of columns) {
        const cell = cellAt(grid, row, column);
        if (cell.kind !== 'error') continue;
        findings.push({
          code: 'cell-error',
          sheet: layout.sheet,
          row,
          cell: cellAddress(column, row),
          ...(record.id !== undefined && { itemId: record.id }),
          params: { error: cell.value, header: headers.get(column) ?? '' },
        });
      }
    }
  }
  return findings;
};
