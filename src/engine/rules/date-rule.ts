import { cellAddress } from '../grid/a1.js';
import type { Finding } from '../issues/issue-codes.js';
import type { Rule } from './rule.js';

/**
 * `date-invalid` and `date-missing` on the due column, and `overdue` for any item whose due date
 * (from the column, or derived from a timescale in its text) is before the as-at date and which
 * is not completed.
 */
export const checkDates: Rule = ({ layout, records, dueReadings, due, ratings, asAt }) => {
  const findings: Finding[] = [];
  const dueColumn = layout.columns.due;
  records.forEach((record, index) => {
    const base = { sheet: layout.sheet, row: record.row, ...(record.id !== undefined && { itemId: record.id }) };
    const reading = dueReadings[index];
    if (dueColumn !== undefined && reading !== undefined) {
      const cell = cellAddress(dueColumn, record.row);
      if (reading.kind === 'invalid') findings.push({ ...base, cell, code: 'date-invalid', params: { text: reading.text } });
      // A timescale in the item's text stands in for an empty due cell.
      if (reading.kind === 'none' && due[index] === undefined) {
        const params = reading.placeholder === undefined ? {} : { placeholder: reading.placeholder };
        findings.push({ ...base, cell, code: 'date-missing', params });
      }
    }
    const dueDate = due[index];
    const status = ratings[index]?.[0];
    if (dueDate && dueDate.date < asAt && status !== 'blue') {
      const cellColumn = dueDate.derivedFrom === undefined ? dueColumn : layout.columns.item;
      findings.push({
        ...base,
        ...(cellColumn !== undefined && { cell: cellAddress(cellColumn, record.row) }),
        code: 'overdue',
        params: { due: dueDate.date, asAt, ...(dueDate.derivedFrom !== undefined && { derivedFrom: dueDate.derivedFrom }) },
      });
    }
  });
  return findings;
};
