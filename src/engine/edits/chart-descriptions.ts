// A chart's data in words: its alt text in the file the command line writes, and the caption beside
// it on the sheet (Excel's API has no chart alt text at ExcelApi 1.9), so no reader depends on the picture.
import { BRAG_CATEGORIES, type Rating, type RatingCounts } from '../profile/brag.js';
import type { BoardSummary } from '../summary/board-summary.js';
import { capitalise } from '../text/number-words.js';

/** Short words for a count of each rating: "5 completed, 17 on track, 2 some delays, 0 not in progress". */
const SHORT: Record<Rating, string> = {
  blue: 'completed',
  green: 'on track',
  amber: 'some delays',
  red: 'not in progress',
  unrated: 'no recognised status',
};

/** The most leads a description names one by one; the rest are counted (the table beside the chart has them all). */
export const MAX_DESCRIBED_GROUPS = 20;

/** Every category, empty ones too ("0 not in progress"); with `nonZero`, only those with items. */
export function countsInWords(counts: RatingCounts, nonZero = false): string {
  const ratings: Rating[] = counts.unrated > 0 ? [...BRAG_CATEGORIES, 'unrated'] : [...BRAG_CATEGORIES];
  return ratings
    .filter((rating) => !nonZero || counts[rating] > 0)
    .map((rating) => `${counts[rating]} ${SHORT[rating]}`)
    .join(', ');
}

function headlineCounts(summary: BoardSummary): RatingCounts {
  const counts: RatingCounts = { blue: 0, green: 0, amber: 0, red: 0, unrated: 0 };
  for (const line of summary.headline) counts[line.rating] = line.count;
  return counts;
}

function noun(summary: BoardSummary, count: number): string {
  return count === 1 ? summary.noun.one : summary.noun.many;
}

/** "Status of 24 recommendations: 5 completed, 17 on track, 2 some delays, 0 not in progress." */
export function statusChartDescription(summary: BoardSummary): string {
  return `Status of ${summary.total} ${noun(summary, summary.total)}: ${countsInWords(headlineCounts(summary))}.`;
}

/** What a bar chart's bars are: the leads, or the trackers of a whole plan. */
export interface ChartGroups {
  rows: BoardSummary['byLead'];
  /** "lead", "tracker". */
  word: string;
}

function groupsOf(summary: BoardSummary, groups?: ChartGroups): ChartGroups {
  return groups ?? { rows: summary.byLead, word: 'lead' };
}

/** The bar chart's totals, and where every bar's counts are: the caption under the chart. */
export function leadChartCaption(summary: BoardSummary, groups?: ChartGroups): string {
  const { rows, word } = groupsOf(summary, groups);
  return (
    `${capitalise(summary.noun.many)} by ${word}, ${rows.length} ${rows.length === 1 ? word : `${word}s`}: ${countsInWords(headlineCounts(summary))}. ` +
    `Each ${word}'s counts are in the By ${word} table above the chart.`
  );
}

/** The bar chart's alt text: the totals, then each bar's counts ("Susanne Leece 5: 4 on track, 1 some delays."). */
export function leadChartDescription(summary: BoardSummary, groups?: ChartGroups): string {
  const { rows, word } = groupsOf(summary, groups);
  const named = rows.slice(0, MAX_DESCRIBED_GROUPS);
  const rest = rows.length - named.length;
  const lines = named.map((group) => `${group.name} ${group.total}: ${countsInWords(group.counts, true)}.`);
  if (rest > 0) lines.push(`And ${rest} more ${rest === 1 ? word : `${word}s`}, in the By ${word} table.`);
  return `${capitalise(summary.noun.many)} by ${word}, ${summary.total} in all: ${countsInWords(headlineCounts(summary))}. ${lines.join(' ')}`;
}
