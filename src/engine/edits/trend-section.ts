import type { ReviewSnapshot } from '../compare/read-review-snapshots.js';
import type { IsoDate } from '../dates/calendar.js';
import { BRAG_CATEGORIES, addCounts, emptyCounts, type Rating, type RatingCounts } from '../profile/brag.js';
import { countRatings } from '../summary/count-ratings.js';
import { formatLongDate } from '../text/format-date.js';
import { countsInWords } from './chart-descriptions.js';
import type { PlannedChart, PlannedTable } from './summary-plan-types.js';

/** The status counts of one review: a kept snapshot or this one. */
export interface TrendPoint {
  asAt: IsoDate;
  counts: RatingCounts;
}

export interface TrendSection {
  heading: string;
  table: PlannedTable;
  /** The stacked columns, for the sheet to place under the table. */
  chart: Omit<PlannedChart, 'anchor' | 'pointLabels'>;
}

/**
 * The status counts of these trackers at each kept review that has them, and now, oldest first;
 * a kept review of the same date as now is replaced by now.
 */
export function trendPoints(snapshots: readonly ReviewSnapshot[], sheets: readonly string[], now: TrendPoint): TrendPoint[] {
  const kept = snapshots.flatMap((snapshot): TrendPoint[] => {
    const trackers = snapshot.trackers.filter((t) => sheets.includes(t.sheet));
    if (snapshot.asAt === now.asAt || trackers.length === 0) return [];
    const counts = trackers.map((t) => countRatings(t.items.map((item) => item.rating))).reduce(addCounts, emptyCounts());
    return [{ asAt: snapshot.asAt, counts }];
  });
  return [...kept, now].sort((a, b) => a.asAt.localeCompare(b.asAt));
}

/** "Status at each review": a table of the counts per review, and a stacked column per review to go under it. */
export function trendSection(
  points: readonly TrendPoint[],
  top: number,
  key: string,
  many: string,
  label: (rating: Rating) => string,
): TrendSection {
  const ratings: Rating[] = points.some((p) => p.counts.unrated > 0) ? [...BRAG_CATEGORIES, 'unrated'] : [...BRAG_CATEGORIES];
  const table: PlannedTable = {
    name: `TC_${key}_Trend`,
    row: top + 1,
    column: 0,
    header: ['Review', ...ratings.map(label)],
    rows: points.map((p) => [formatLongDate(p.asAt), ...ratings.map((r) => p.counts[r])]),
    columnRatings: [undefined, ...ratings],
  };
  const description = `${many} by status at each review: ${points.map((p) => `${formatLongDate(p.asAt)}, ${countsInWords(p.counts)}`).join('; ')}.`;
  const chart: TrendSection['chart'] = {
    kind: 'stacked-column',
    title: `${many} by status at each review`,
    description,
    labels: 'count',
    table: table.name,
    series: ratings.map((rating, index) => ({ column: index + 1, rating })),
    legend: 'top',
  };
  return { heading: 'Status at each review', table, chart };
}
