import type { Rating } from '../profile/brag.js';
import type { BoardSummary, DueRow, ExceptionRow } from '../summary/board-summary.js';
import { capitalise } from '../text/number-words.js';
import { formatLongDate } from '../text/format-date.js';
import type { PlannedTable } from './summary-plan-types.js';

/** "12. Review the plan": the item as a board reads it, its number first where it has one. */
export function numberedItem(row: { id: string; text: string }): string {
  if (row.id.startsWith('row ')) return row.text;
  return row.text === '' ? row.id : `${row.id}. ${row.text}`;
}

/**
 * The exceptions: each recommendation or action itself (wrapped, with its number), its lead, its
 * status (the tracker's word, filled in its colour), its due date (or, for a tracker that records
 * none, the row where the officer finds it), and the latest update: always the fifth column, so the
 * long text shares its column with the by-lead table's widest heading rather than a count.
 */
export function exceptionsTable(name: string, row: number, listed: readonly ExceptionRow[], summary: BoardSummary, label: (r: Rating) => string): PlannedTable {
  const dated = summary.hasDue;
  return {
    name,
    row,
    column: 0,
    header: [capitalise(summary.noun.one), 'Lead', 'Status', dated ? 'Due' : 'Tracker row', 'Latest update'],
    rows: listed.map((e) => [numberedItem(e), e.lead, e.status || label(e.rating), dated ? (e.due === undefined ? '' : formatLongDate(e.due)) : e.row, e.progress]),
    rowRatings: listed.map((e) => e.rating),
    ratingColumn: 2,
    wrapColumns: [0, 1, 4],
  };
}

/** The items overdue or due soon: the item, its lead, its status in its colour, the date and which of the two. */
export function dueTable(name: string, row: number, listed: readonly (DueRow & { when: string })[], summary: BoardSummary, label: (r: Rating) => string): PlannedTable {
  return {
    name,
    row,
    column: 0,
    header: [capitalise(summary.noun.one), 'Lead', 'Status', 'Due', 'When'],
    rows: listed.map((d) => [numberedItem(d), d.lead, d.status || label(d.rating), formatLongDate(d.due), d.when]),
    rowRatings: listed.map((d) => d.rating),
    ratingColumn: 2,
    wrapColumns: [0, 1],
  };
}
