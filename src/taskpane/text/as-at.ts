import type { AsAtSource } from '../../engine/analyse/analyse-workbook.js';
import type { IsoDate } from '../../engine/dates/calendar.js';
import { formatLongDate } from '../../engine/text/format-date.js';

const SOURCES: Record<AsAtSource, string> = {
  given: 'the date given for this review',
  'progress-header': "the period named in the progress column's heading",
  today: "today's date: no period was named in the progress column's heading",
};

/** "as at 31 March 2025" */
export function asAtDate(asAt: IsoDate): string {
  return `as at ${formatLongDate(asAt)}`;
}

/** Where the as-at date came from, as a sentence. */
export function asAtSourceText(source: AsAtSource): string {
  return `Date from ${SOURCES[source]}.`;
}
