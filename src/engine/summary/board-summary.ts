import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import { addMonths, lastDayOfMonth, parseIso, type IsoDate } from '../dates/calendar.js';
import type { Severity } from '../issues/issue-codes.js';
import { RATINGS, type Rating, type RatingCounts } from '../profile/brag.js';
import { countIssues } from '../issues/count-issues.js';
import type { Profile } from '../profile/profile-schema.js';
import { itemNoun } from '../text/number-words.js';
import { countRatings, wholePercentages } from './count-ratings.js';
import { movementSummary, type MovementSummary } from './movement-summary.js';
import { movementSentence, reportParagraph } from './report-paragraph.js';

export interface HeadlineRow {
  rating: Rating;
  label: string;
  count: number;
  percent: number;
}

export interface GroupRow {
  name: string;
  counts: RatingCounts;
  total: number;
}

export interface ExceptionRow {
  row: number;
  id: string;
  /** The recommendation or action itself, without the number that led it. */
  text: string;
  lead: string;
  rating: Rating;
  status: string;
  progress: string;
  due?: IsoDate;
}

export interface DueRow {
  row: number;
  id: string;
  text: string;
  lead: string;
  due: IsoDate;
  rating: Rating;
  status: string;
}

/** Everything the board-pack page says about one tracker; hosts only lay it out. */
export interface BoardSummary {
  sheet: string;
  asAt: IsoDate;
  noun: { one: string; many: string };
  total: number;
  /** Rounded by the largest-remainder method, so the percentages add up to 100. */
  headline: HeadlineRow[];
  paragraph: string;
  byLead: GroupRow[];
  byArea: GroupRow[];
  exceptions: ExceptionRow[];
  overdue: DueRow[];
  /** Due after the as-at date and by the end of the next quarter. */
  dueSoon: DueRow[];
  nextQuarterEnd: IsoDate;
  /** Whether the tracker has a due-date column: without one, nothing can be said to be overdue. */
  hasDue: boolean;
  issueCounts: Record<Severity, number>;
  /** Each rated column ("Progress BRAG", "Impact BRAG") with its own headline, side by side. */
  ratings: { header: string; headline: HeadlineRow[] }[];
  /** The direction of travel since the earlier review, where there is one. */
  since?: MovementSummary;
  /** A whole plan's summary: the trackers it adds up, and each one's counts. */
  plan?: { sheets: string[]; byTracker: GroupRow[] };
}

export const NO_LEAD = 'No lead named';
export const NO_AREA = 'No area given';

export function boardSummary(tracker: TrackerAnalysis): BoardSummary {
  const { context, issues } = tracker;
  const { records, ratings, leads, due, profile, asAt, layout, headers } = context;
  const noun = itemNoun(layout.columns.item === undefined ? '' : (headers.get(layout.columns.item) ?? ''));
  const status = ratings.map((r) => r[0] ?? 'unrated');
  const idOf = (index: number) => records[index]?.id ?? `row ${records[index]?.row ?? ''}`;
  const headlineOf = (counts: RatingCounts) => headline(counts, profile);
  const since = tracker.since && movementSummary(tracker.since);
  const paragraph = reportParagraph(tracker.statusCounts, wholePercentages(tracker.statusCounts), noun);

  const exceptions: ExceptionRow[] = [];
  const overdue: DueRow[] = [];
  const dueSoon: DueRow[] = [];
  const nextQuarterEnd = endOfNextQuarter(asAt);
  records.forEach((record, index) => {
    const rating = status[index] ?? 'unrated';
    const lead = record.lead;
    const statusText = record.ratingTexts[0] ?? '';
    const text = withoutLeadingNumber(record.item, record.id);
    const dueDate = due[index]?.date;
    if (rating !== 'blue' && rating !== 'green') {
      exceptions.push({ row: record.row, id: idOf(index), text, lead, rating, status: statusText, progress: record.progress, ...(dueDate !== undefined && { due: dueDate }) });
    }
    if (dueDate === undefined || rating === 'blue') return;
    const row = { row: record.row, id: idOf(index), text, lead, due: dueDate, rating, status: statusText };
    if (dueDate < asAt) overdue.push(row);
    else if (dueDate <= nextQuarterEnd) dueSoon.push(row);
  });

  return {
    sheet: layout.sheet,
    asAt,
    noun,
    total: records.length,
    headline: headlineOf(tracker.statusCounts),
    paragraph: since ? `${paragraph} ${movementSentence(since, noun)}` : paragraph,
    byLead: groupBy(status, (index) => {
      const names = leads[index] ?? [];
      return names.length > 0 ? names : [NO_LEAD];
    }),
    byArea:
      layout.columns.area === undefined ? [] : groupBy(status, (index) => [records[index]?.area || NO_AREA]),
    exceptions,
    overdue,
    dueSoon,
    nextQuarterEnd,
    hasDue: layout.columns.due !== undefined,
    issueCounts: countIssues(issues),
    ratings: tracker.ratings.map((rated) => ({ header: rated.header, headline: headlineOf(rated.counts) })),
    ...(since && { since }),
  };
}

/** Each category's count and whole percentage; the unrated line only when there are unrated items. */
export function headline(counts: RatingCounts, profile: Profile): HeadlineRow[] {
  const percentages = wholePercentages(counts);
  return RATINGS.filter((rating) => rating !== 'unrated' || counts.unrated > 0).map((rating) => ({
    rating,
    label: rating === 'unrated' ? 'No recognised status' : profile.categories[rating].label,
    count: counts[rating],
    percent: percentages[rating],
  }));
}

/** Counts by group; an item in several groups (a shared lead) counts once in each. First seen first. */
function groupBy(status: readonly Rating[], groupsOf: (index: number) => string[]): GroupRow[] {
  const groups = new Map<string, Rating[]>();
  status.forEach((rating, index) => {
    for (const name of new Set(groupsOf(index))) {
      const list = groups.get(name) ?? [];
      list.push(rating);
      groups.set(name, list);
    }
  });
  return [...groups].map(([name, list]) => ({ name, counts: countRatings(list), total: list.length }));
}

/** "12. Review the plan" → "Review the plan" where 12 is the item's number; other text as it is. */
function withoutLeadingNumber(text: string, id: string | undefined): string {
  const trimmed = text.trim();
  if (id === undefined || !trimmed.startsWith(id)) return trimmed;
  const rest = trimmed.slice(id.length);
  return /^[.):]?\s/.test(rest) ? rest.replace(/^[.):]?\s+/, '') : trimmed;
}

/** Quarters are calendar quarters, which are also the UK financial year's quarters. */
function endOfNextQuarter(date: IsoDate): IsoDate {
  const { year, month } = parseIso(date);
  const quarterEndMonth = Math.ceil(month / 3) * 3;
  const next = parseIso(addMonths(`${year}-${String(quarterEndMonth).padStart(2, '0')}-01`, 3));
  return lastDayOfMonth(next.year, next.month);
}

