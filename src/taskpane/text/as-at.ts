import type { AsAtSource } from '../../engine/analyse/analyse-workbook.js';
import type { IsoDate } from '../../engine/dates/calendar.js';
import type { WorkbookReport } from '../../engine/report/workbook-report.js';
import { formatLongDate } from '../../engine/text/format-date.js';

const SOURCES: Record<Exclude<AsAtSource, 'stated'>, string> = {
  given: 'the date given for this review',
  saved: 'your answer, saved in this workbook',
  'progress-header': "the period named in the progress column's heading",
  today: "today's date: the workbook states no position date and no period is named in a column heading",
};

/** "as at 31 March 2025" */
export function asAtDate(asAt: IsoDate): string {
  return `as at ${formatLongDate(asAt)}`;
}

/** Where the as-at date came from, as a sentence: 'Date from "Position as at 30 September 2025" (Plan, cell A2).' */
export function asAtSourceText(report: Pick<WorkbookReport, 'asAtSource' | 'asAtStated'>): string {
  const stated = report.asAtStated;
  if (report.asAtSource === 'stated' && stated) return `Date from "${stated.text}" (${stated.sheet}, cell ${stated.cell}).`;
  return `Date from ${SOURCES[report.asAtSource === 'stated' ? 'today' : report.asAtSource]}.`;
}
