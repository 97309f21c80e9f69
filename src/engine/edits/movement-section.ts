import type { Rating } from '../profile/brag.js';
import type { MovementSummary } from '../summary/movement-summary.js';
import { formatLongDate } from '../text/format-date.js';
import type { PlannedTable, PlannedText } from './summary-plan-types.js';

export interface MovementSection {
  texts: PlannedText[];
  tables: PlannedTable[];
  /** The first free row after the section. */
  next: number;
}

/**
 * "Since the 31 March 2025 review": a table of the moves (then → now, with counts), a line of
 * what did not move, and the items that moved with their leads, the ones that slipped first.
 */
export function movementSection(
  since: MovementSummary,
  top: number,
  key: string,
  width: number,
  maxListed: number,
  label: (rating: Rating) => string,
): MovementSection {
  const texts: PlannedText[] = [];
  const tables: PlannedTable[] = [];
  const note = (row: number, text: string) => texts.push({ row, column: 0, text, style: 'note', span: width });
  texts.push({ row: top, column: 0, text: `Since the ${since.asAt === undefined ? 'previous' : formatLongDate(since.asAt)} review`, style: 'heading', span: width });
  let row = top + 1;
  if (since.moves.length === 0) {
    note(row, 'No rating has changed since then.');
    row += 1;
  } else {
    tables.push({
      name: `TC_${key}_Movement`,
      row,
      column: 0,
      header: ['Then', 'Now', 'Count'],
      rows: since.moves.map((m) => [label(m.from), label(m.to), m.count]),
      rowRatings: since.moves.map((m) => m.from),
      wrapColumns: [0, 1],
    });
    row += since.moves.length + 1;
  }
  const rest = [
    `Unchanged: ${since.unchanged}`,
    ...(since.unrated > 0 ? [`without a recognised status at either review: ${since.unrated}`] : []),
    `added: ${since.added}`,
    `no longer listed: ${since.removed}`,
  ];
  note(row, `${rest.join('; ')}.`);
  row += 1;
  if (since.moved.length > 0) {
    const listed = since.moved.slice(0, maxListed);
    texts.push({ row, column: 0, text: 'Items whose rating changed, those that slipped first', style: 'heading', span: width });
    row += 1;
    tables.push({
      name: `TC_${key}_Moved`,
      row,
      column: 0,
      header: ['No.', 'Lead', 'Then', 'Now'],
      rows: listed.map((m) => [m.id, m.lead, label(m.from), label(m.to)]),
      rowRatings: listed.map((m) => m.to),
      ratingColumn: 3,
      wrapColumns: [1, 2, 3],
    });
    row += listed.length + 1;
    if (since.moved.length > listed.length) {
      note(row, `…and ${since.moved.length - listed.length} more, not listed here.`);
      row += 1;
    }
  }
  return { texts, tables, next: row };
}
