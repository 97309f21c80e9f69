import { BRAG_CATEGORIES, type Rating } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { capitalise } from '../text/number-words.js';
import { formatLongDate } from '../text/format-date.js';
import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import { boardSummary, type BoardSummary } from './board-summary.js';
import { planSummary } from './plan-summary.js';

/** One table of the committee report: a caption, its headings, and rows whose status cell carries its BRAG rating. */
export interface ReportTable {
  caption: string;
  header: string[];
  rows: { cells: string[]; rating?: Rating }[];
  /** The column holding the status word, filled in its colour. */
  ratingColumn: number;
}

/**
 * What an officer carries from the board pack into the committee report (a Word document of numbered
 * paragraphs): the paragraph, the status table and, where they read well in a report, the by-lead and
 * exceptions tables. The same content the pane copies and `--report` writes.
 */
export interface ReportContent {
  title: string;
  asAtLine: string;
  paragraph: string;
  tables: ReportTable[];
}

/** A report table longer than this is left to the board pack: in a committee report it would run for pages. */
export const MAX_REPORT_ROWS = 20;

export function reportContent(summary: BoardSummary, profile: Profile): ReportContent {
  const label = (rating: Rating) => (rating === 'unrated' ? 'No recognised status' : profile.categories[rating].label);
  const many = capitalise(summary.noun.many);
  const tables: ReportTable[] = [
    {
      caption: `${many} by status, as at ${formatLongDate(summary.asAt)}`,
      header: ['Status', 'Number', '%'],
      rows: [
        ...summary.headline.map((line) => ({ cells: [line.label, String(line.count), `${line.percent}%`], rating: line.rating })),
        { cells: ['Total', String(summary.total), summary.total > 0 ? '100%' : '0%'] },
      ],
      ratingColumn: 0,
    },
  ];
  if (summary.byLead.length > 0 && summary.byLead.length <= MAX_REPORT_ROWS) {
    const ratings: Rating[] = summary.byLead.some((g) => g.counts.unrated > 0) ? [...BRAG_CATEGORIES, 'unrated'] : [...BRAG_CATEGORIES];
    tables.push({
      caption: `${many} by lead`,
      header: ['Lead', ...ratings.map(label), 'Total'],
      rows: summary.byLead.map((group) => ({ cells: [group.name, ...ratings.map((r) => String(group.counts[r])), String(group.total)] })),
      ratingColumn: -1,
    });
  }
  if (summary.exceptions.length > 0 && summary.exceptions.length <= MAX_REPORT_ROWS) {
    tables.push({
      caption: `${many} delayed, not in progress or without a status`,
      header: [capitalise(summary.noun.one), 'Lead', 'Status', 'Latest update'],
      rows: summary.exceptions.map((e) => ({
        cells: [e.id.startsWith('row ') ? e.text : `${e.id}. ${e.text}`, e.lead, e.status || label(e.rating), e.progress],
        rating: e.rating,
      })),
      ratingColumn: 2,
    });
  }
  return {
    title: summary.plan ? `Whole plan: ${summary.noun.many} in ${summary.plan.sheets.length} trackers` : summary.sheet,
    asAtLine: `As at ${formatLongDate(summary.asAt)}, ${summary.total} ${summary.total === 1 ? summary.noun.one : summary.noun.many}.`,
    paragraph: summary.paragraph,
    tables,
  };
}

/** The summary a workbook's report carries: the whole plan's where it has several trackers, else its tracker's. */
export function reportSummary(trackers: readonly TrackerAnalysis[], profile: Profile): BoardSummary | undefined {
  const [only] = trackers;
  return planSummary(trackers, profile) ?? (only && boardSummary(only));
}
