import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import { addCounts, emptyCounts } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { SEVERITIES } from '../issues/issue-codes.js';
import { boardSummary, headline, type BoardSummary, type GroupRow } from './board-summary.js';
import { wholePercentages } from './count-ratings.js';
import { combinedMovement } from './movement-summary.js';
import { movementSentence, reportParagraph } from './report-paragraph.js';

/** What the plan summary is filed under: no sheet can be called this ("[" is not allowed in a sheet name). */
export const PLAN_SOURCE = '[whole plan]';

/**
 * The board-pack page for a plan kept as one tracker a sheet (one per priority): the total
 * across them, a line per tracker, and the leads, exceptions and due dates of them all, each
 * item named with its sheet. Undefined for a workbook with one tracker, whose page is the plan's.
 */
export function planSummary(trackers: readonly TrackerAnalysis[], profile: Profile): BoardSummary | undefined {
  if (trackers.length < 2) return undefined;
  const summaries = trackers.map(boardSummary);
  const first = summaries[0];
  if (first === undefined) return undefined;
  const counts = trackers.reduce((sum, t) => addCounts(sum, t.statusCounts), emptyCounts());
  const since = combinedMovement(summaries.flatMap((s) => (s.since ? [{ sheet: s.sheet, since: s.since }] : [])));
  const paragraph = reportParagraph(counts, wholePercentages(counts), first.noun);
  const named = <T extends { id: string }>(summary: BoardSummary, rows: readonly T[]): T[] =>
    rows.map((row) => ({ ...row, id: `${summary.sheet} ${row.id}` }));
  return {
    sheet: PLAN_SOURCE,
    asAt: first.asAt,
    noun: first.noun,
    total: summaries.reduce((n, s) => n + s.total, 0),
    headline: headline(counts, profile),
    paragraph: since ? `${paragraph} ${movementSentence(since, first.noun)}` : paragraph,
    byLead: merged(summaries.map((s) => s.byLead)),
    byArea: merged(summaries.map((s) => s.byArea)),
    exceptions: summaries.flatMap((s) => named(s, s.exceptions)),
    overdue: summaries.flatMap((s) => named(s, s.overdue)),
    dueSoon: summaries.flatMap((s) => named(s, s.dueSoon)),
    nextQuarterEnd: first.nextQuarterEnd,
    hasDue: summaries.some((s) => s.hasDue),
    issueCounts: Object.fromEntries(SEVERITIES.map((sev) => [sev, summaries.reduce((n, s) => n + s.issueCounts[sev], 0)])) as BoardSummary['issueCounts'],
    ratings: [],
    ...(since && { since }),
    plan: {
      sheets: summaries.map((s) => s.sheet),
      byTracker: trackers.map((t, i) => ({ name: summaries[i]?.sheet ?? '', counts: t.statusCounts, total: summaries[i]?.total ?? 0 })),
    },
  };
}

/** Groups of the same name across trackers, added up; first seen first. */
function merged(lists: readonly GroupRow[][]): GroupRow[] {
  const byName = new Map<string, GroupRow>();
  for (const group of lists.flat()) {
    const seen = byName.get(group.name);
    byName.set(group.name, seen ? { name: group.name, counts: addCounts(seen.counts, group.counts), total: seen.total + group.total } : group);
  }
  return [...byName.values()];
}
