import { cellAddress } from '../grid/a1.js';
import type { Finding, IssueParams } from '../issues/issue-codes.js';
import type { TrackerRecord } from '../tracker/tracker-record.js';
import type { Rule } from './rule.js';

/**
 * `date-invalid` and `date-missing` on the due column, and `overdue` for any item whose due date
 * (from the column, or derived from a timescale in its text) is before the as-at date and which
 * is not completed.
 */
export const checkDates: Rule = ({ layout, records, dueReadings, due, ratings, asAt }) => {
  const findings: Finding[] = [];
  const dueColumn = layout.columns.due;
  // Findings are built property by property, not with object spreads: a tracker a year in has an
  // overdue item on every third row, and V8 copies spread objects several times more slowly.
  const push = (finding: Finding, record: TrackerRecord, column: number | undefined): void => {
    if (column !== undefined) finding.cell = cellAddress(column, record.row);
    if (record.id !== undefined) finding.itemId = record.id;
    findings.push(finding);
  };
  records.forEach((record, index) => {
    const { sheet } = layout;
    const { row } = record;
    const reading = dueReadings[index];
    if (dueColumn !== undefined && reading !== undefined) {
      if (reading.kind === 'invalid') push({ code: 'date-invalid', sheet, row, params: { text: reading.text } }, record, dueColumn);
      // A timescale in the item's text stands in for an empty due cell.
      if (reading.kind === 'none' && due[index] === undefined) {
        const params = reading.placeholder === undefined ? {} : { placeholder: reading.placeholder };
        push({ code: 'date-missing', sheet, row, params }, record, dueColumn);
      }
    }
    const dueDate = due[index];
    const status = ratings[index]?.[0];
    if (dueDate && dueDate.date < asAt && status !== 'blue') {
      const params: IssueParams['overdue'] = { due: dueDate.date, asAt };
      if (dueDate.derivedFrom !== undefined) params.derivedFrom = dueDate.derivedFrom;
      push({ code: 'overdue', sheet, row, params }, record, dueDate.derivedFrom === undefined ? dueColumn : layout.columns.item);
    }
  });
  return findings;
};
