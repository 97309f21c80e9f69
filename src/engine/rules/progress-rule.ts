import { cellAddress } from '../grid/a1.js';
import type { Finding } from '../issues/issue-codes.js';
import type { Rule } from './rule.js';

/** `progress-missing`: an item with no update for the period (continuation rows count), unless it no longer applies. */
export const checkProgress: Rule = ({ layout, records, headers, notApplicable }) => {
  const column = layout.columns.progress;
  if (column === undefined) return [];
  const header = headers.get(column) ?? 'progress';
  return records
    .filter((record, index) => record.progress === '' && !notApplicable[index])
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
