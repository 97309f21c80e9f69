import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import type { IsoDate } from '../dates/calendar.js';
import { renderIssue } from '../issues/issue-messages.js';
import { compareTrackers, ratingColumnComparison } from './compare-reviews.js';
import type { EarlierTracker } from './earlier-tracker.js';
import { movementFindings } from './movement-findings.js';

/** The earlier review to compare with: another file's trackers or a kept snapshot, and what it is called. */
export interface EarlierWorkbook {
  file: string;
  asAt: IsoDate;
  trackers: readonly EarlierTracker[];
}

/**
 * Each tracker with its direction of travel: against its own earlier self in the other file
 * (the sheet of the same name; the only tracker when each file has one), else against an
 * earlier rating column beside its status; unchanged when there is neither. The comparison's
 * findings join the tracker's issues, in sheet order.
 */
export function withDirectionOfTravel(trackers: readonly TrackerAnalysis[], earlier?: EarlierWorkbook): TrackerAnalysis[] {
  return trackers.map((tracker) => {
    const before = earlier && earlierTracker(tracker, trackers, earlier.trackers);
    const since = before
      ? compareTrackers(tracker, before, { kind: 'file', file: earlier!.file, sheet: before.sheet, asAt: earlier!.asAt })
      : ratingColumnComparison(tracker);
    if (since === undefined) return tracker;
    const issues = [...tracker.issues, ...movementFindings(since, tracker, before).map(renderIssue)];
    // Stable, so a row's own issues keep their order ahead of the comparison's.
    issues.sort((a, b) => a.row - b.row);
    return { ...tracker, issues, since };
  });
}

function earlierTracker(
  tracker: TrackerAnalysis,
  now: readonly TrackerAnalysis[],
  earlier: readonly EarlierTracker[],
): EarlierTracker | undefined {
  const sheet = tracker.context.layout.sheet;
  const named = earlier.find((t) => t.sheet === sheet);
  if (named) return named;
  return now.length === 1 && earlier.length === 1 ? earlier[0] : undefined;
}
