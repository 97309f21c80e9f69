import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import type { Rating } from '../profile/brag.js';

/** What a comparison needs of one item at a review: enough to match it and say how it moved. */
export interface ReviewItem {
  id?: string;
  /** The item's text; a kept snapshot holds only its key (`key`), so this may be empty. */
  item: string;
  /** The item's text key (`textKey`), where it is known without the text. */
  key?: string;
  row: number;
  rating: Rating;
  /** The status as written. */
  ratingText: string;
  progress: string;
  lead: string;
}

/** One tracker at an earlier review: another file's analysis, or a snapshot kept in the workbook. */
export interface EarlierTracker {
  sheet: string;
  items: ReviewItem[];
}

/** A tracker's items as one rated column (by index into its rated columns) gives them. */
export function reviewItems(tracker: TrackerAnalysis, ratedIndex = 0): ReviewItem[] {
  const { records, ratings } = tracker.context;
  return records.map((record, index) => ({
    ...(record.id !== undefined && { id: record.id }),
    item: record.item,
    row: record.row,
    rating: ratings[index]?.[ratedIndex] ?? 'unrated',
    ratingText: record.ratingTexts[ratedIndex] ?? '',
    progress: record.progress,
    lead: record.lead,
  }));
}

export function earlierTrackerOf(tracker: TrackerAnalysis): EarlierTracker {
  return { sheet: tracker.context.layout.sheet, items: reviewItems(tracker) };
}
