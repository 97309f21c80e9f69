import { cellAddress } from '../grid/a1.js';
import type { Finding } from '../issues/issue-codes.js';
import type { Rule } from './rule.js';

/** `duplicate-id`: two items with one number; the second is reported, naming the first. */
export const checkDuplicateIds: Rule = ({ layout, records }) => {
  const firstRowById = new Map<string, number>();
  const findings: Finding[] = [];
  const column = layout.columns.id ?? layout.columns.item;
  for (const record of records) {
    if (record.id === undefined) continue;
    const firstRow = firstRowById.get(record.id);
    if (firstRow === undefined) {
      firstRowById.set(record.id, record.row);
      continue;
    }
    findings.push({
      code: 'duplicate-id',
      sheet: layout.sheet,
      row: record.row,
      ...(column !== undefined && { cell: cellAddress(column, record.row) }),
      itemId: record.id,
      params: { id: record.id, firstRow },
    });
  }
  return findings;
};
