import { isValidDay, type IsoDate } from '../dates/calendar.js';
import { cellText } from '../grid/cell.js';
import type { WorkbookGrid } from '../grid/sheet-grid.js';
import { RATINGS, type Rating } from '../profile/brag.js';
import { REVIEWS_SHEET, SNAPSHOT_HEADER } from './review-snapshot-format.js';
import type { EarlierWorkbook } from './compare-workbooks.js';
import type { EarlierTracker } from './earlier-tracker.js';

/** One review kept on the snapshot sheet: its date and, per tracker, its items. */
export interface ReviewSnapshot {
  asAt: IsoDate;
  trackers: EarlierTracker[];
}

/**
 * The reviews kept on the snapshot sheet, oldest first. A row whose date or category cannot be read
 * (an officer typed over it) is left out rather than guessed at; a sheet without the header is none of ours.
 */
export function readReviewSnapshots(workbook: WorkbookGrid): ReviewSnapshot[] {
  const grid = workbook.sheets.find((sheet) => sheet.name === REVIEWS_SHEET);
  if (!grid || grid.top !== 0 || grid.left !== 0) return [];
  const [header, ...rows] = grid.cells.map((row) => SNAPSHOT_HEADER.map((_, column) => cellText(row[column])));
  if (header === undefined || header.some((text, column) => text !== SNAPSHOT_HEADER[column])) return [];
  const reviews = new Map<IsoDate, Map<string, EarlierTracker>>();
  for (const [asAtText = '', sheet = '', rowText = '', id = '', key = '', ratingText = '', category = '', progress = ''] of rows) {
    const asAt = isoDateOf(asAtText);
    const rating = RATINGS.find((r) => r === category.toLowerCase()) as Rating | undefined;
    const row = Number(rowText);
    if (asAt === undefined || rating === undefined || sheet === '' || !Number.isInteger(row)) continue;
    const trackers = reviews.get(asAt) ?? new Map<string, EarlierTracker>();
    reviews.set(asAt, trackers);
    const tracker = trackers.get(sheet) ?? { sheet, items: [] };
    trackers.set(sheet, tracker);
    tracker.items.push({ ...(id !== '' && { id }), item: '', key, row, rating, ratingText, progress, lead: '' });
  }
  return [...reviews]
    .map(([asAt, trackers]) => ({ asAt, trackers: [...trackers.values()] }))
    .sort((a, b) => a.asAt.localeCompare(b.asAt));
}

/** The review a summary at this date compares with by default: the latest kept before it. */
export function latestBefore(snapshots: readonly ReviewSnapshot[], asAt: IsoDate): ReviewSnapshot | undefined {
  return snapshots.filter((snapshot) => snapshot.asAt < asAt).at(-1);
}

export function snapshotAsEarlier(snapshot: ReviewSnapshot): EarlierWorkbook {
  return { file: REVIEWS_SHEET, asAt: snapshot.asAt, trackers: snapshot.trackers };
}

/** "2025-03-31" as written on the sheet (or a date cell, which reads the same). */
function isoDateOf(text: string): IsoDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match && isValidDay(Number(match[1]), Number(match[2]), Number(match[3])) ? text : undefined;
}
