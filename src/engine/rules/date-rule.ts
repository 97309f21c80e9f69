import { cellAddress } from '../grid/a1.js';
import { cellText } from '../grid/cell.js';
import type { Finding, IssueParams } from '../issues/issue-codes.js';
import type { TrackerRecord } from '../tracker/tracker-record.js';
import type { Rule } from './rule.js';

/**
 * `date-invalid`, `date-missing` and `date-no-year` on the due columns (original and revised), and `overdue` for any item whose due date
 * (from the column, or derived from a timescale in its text) is before the as-at date and which
 * is not completed.
 */
export const checkDates: Rule = ({ layout, records, dueReadings, revisedReadings, due, ratings, notApplicable, asAt }) => {
  const findings: Finding[] = [];
  const dueColumn = layout.columns.due;
  const { revisedDue } = layout;
  // Findings are built property by property, not with object spreads: a tracker a year in has an
  // overdue item on every third row, and V8 copies spread objects several times more slowly.
  const push = (finding: Finding, record: TrackerRecord, column: number | undefined): void => {
    if (column !== undefined) finding.cell = cellAddress(column, record.row);
    if (record.id !== undefined) finding.itemId = record.id;
    findings.push(finding);
  };
  records.forEach((record, index) => {
    if (notApplicable[index]) return; // an item that no longer applies has nothing due
    const { sheet } = layout;
    const { row } = record;
    const reading = dueReadings[index];
    const revised = revisedReadings[index];
    if (revised?.kind === 'invalid') push({ code: 'date-invalid', sheet, row, params: { text: revised.text } }, record, revisedDue);
    if (revised?.kind === 'date' && revised.noYear) {
      push({ code: 'date-no-year', sheet, row, params: { text: cellText(record.revisedDueCell), date: revised.date } }, record, revisedDue);
    }
    if (reading?.kind === 'date' && reading.noYear) {
      push({ code: 'date-no-year', sheet, row, params: { text: cellText(record.dueCell), date: reading.date } }, record, dueColumn);
    }
    if (dueColumn !== undefined && reading !== undefined) {
      if (reading.kind === 'invalid') push({ code: 'date-invalid', sheet, row, params: { text: reading.text } }, record, dueColumn);
      // A timescale in the item's text, or a revised date, stands in for an empty due cell.
      if (reading.kind === 'none' && due[index] === undefined && revised?.kind !== 'invalid') {
        const params = reading.placeholder === undefined ? {} : { placeholder: reading.placeholder };
        push({ code: 'date-missing', sheet, row, params }, record, dueColumn);
      }
    }
    const dueDate = due[index];
    const status = ratings[index]?.[0];
    if (dueDate && dueDate.date < asAt && status !== 'blue') {
      const params: IssueParams['overdue'] = { due: dueDate.date, asAt };
      if (dueDate.derivedFrom !== undefined) params.derivedFrom = dueDate.derivedFrom;
      if (dueDate.revised) params.revised = true;
      const column = dueDate.derivedFrom !== undefined ? layout.columns.item : dueDate.revised ? revisedDue : dueColumn;
      push({ code: 'overdue', sheet, row, params }, record, column);
    }
  });
  return findings;
};
