import { cellAddress } from '../grid/a1.js';
import type { Finding } from '../issues/issue-codes.js';
import type { Rule } from './rule.js';

/** `progress-missing`: an item with no update for the period (continuation rows count). */
export const checkProgress: Rule = ({ layout, records, headers }) => {
  const column = layout.columns.progress;
  if (column === undefined) return [];
  const header = headers.get(column) ?? 'progress';
  return records
    .filter((record) => record.progress === '')
    .map(
      (record): Finding => ({
        code: 'progress-missing',
        sheet: layout.sheet,
        row: record.row,
        cell: cellAddress(column, record.row),
        ...(record.id !== undefined && { itemId: record.id }),
        params: { header },
      }),
    );
};
