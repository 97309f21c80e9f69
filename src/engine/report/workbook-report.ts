import type { AsAtSource, WorkbookAnalysis } from '../analyse/analyse-workbook.js';
import { sinceReport, type SinceReport } from '../compare/since-report.js';
import type { IsoDate } from '../dates/calendar.js';
import { cellAddress, columnLetter } from '../grid/a1.js';
import { countIssues } from '../issues/count-issues.js';
import type { Issue, Severity } from '../issues/issue-codes.js';
import { addCounts, emptyCounts, type BragCategory, type RatingCounts } from '../profile/brag.js';
import type { MergedArea } from '../grid/sheet-grid.js';
import type { ColumnRole } from '../profile/column-role.js';
import type { Question } from '../reading/questions.js';
import type { PassedOverReason } from '../detect/detect-sheet.js';

/** The flat, JSON-ready report: what `tracker-check --json` prints and what tests assert on. */
export interface WorkbookReport {
  file: string;
  asAt: IsoDate;
  asAtSource: AsAtSource;
  /** Where the workbook states the date, when asAtSource is 'stated': "Position as at 30 September 2025" in Plan!A2. */
  asAtStated?: { sheet: string; cell: string; text: string };
  trackers: TrackerReport[];
  registers: { sheet: string; column: string; names: string[] }[];
  passedOver: string[];
  /** Passed-over sheets that are pivot tables: by their parts, or by their shape (a table of counts). Absent when there are none. */
  pivotTables?: { sheet: string; reason: PassedOverReason }[];
  /** Hidden and very hidden sheets, not checked. */
  hidden: string[];
  /** The whole plan, when the workbook holds several trackers (one sheet per priority). */
  total?: PlanTotal;
  issueCounts: Record<Severity, number>;
  /** The workbook's own question (the review date), where it has one. */
  questions: Question[];
  /** Saved answers that no longer fit the workbook and were set aside, each said once. */
  setAside?: string[];
}

export interface TrackerReport {
  sheet: string;
  headerRow: number;
  /** Column letters by role; `status` is the first rated column. */
  columns: Partial<Record<ColumnRole, string>>;
  /** Why each role's column was chosen, where Tracker Check found the layout: "Target date" (G), "its heading says when the action is due". */
  columnReasons?: Partial<Record<ColumnRole, { column: string; heading: string; why: string }>>;
  items: number;
  statusCounts: RatingCounts;
  ratings: { header: string; column: string; counts: RatingCounts }[];
  /** The tracker's own key: where it was found and what it read. */
  key?: { sheet: string; range: string; entries: { written: string; category: BragCategory }[] };
  issues: Issue[];
  /** What Tracker Check could not read with certainty and asks the officer, most consequential first (at most three). */
  questions: Question[];
  /** The direction of travel since the earlier review (`--since`, or an earlier rating column). */
  since?: SinceReport;
}

export interface PlanTotal {
  trackers: number;
  items: number;
  statusCounts: RatingCounts;
  /** Rated columns summed by their heading, across the trackers that have them. */
  ratings: { header: string; counts: RatingCounts }[];
}

/** The sum over several trackers; undefined for one, whose own figures are the plan's. */
export function planTotal(trackers: readonly Pick<TrackerReport, 'items' | 'statusCounts' | 'ratings'>[]): PlanTotal | undefined {
  if (trackers.length < 2) return undefined;
  const ratings = new Map<string, RatingCounts>();
  for (const tracker of trackers) {
    for (const rating of tracker.ratings) ratings.set(rating.header, addCounts(ratings.get(rating.header) ?? emptyCounts(), rating.counts));
  }
  return {
    trackers: trackers.length,
    items: trackers.reduce((sum, t) => sum + t.items, 0),
    statusCounts: trackers.reduce((sum, t) => addCounts(sum, t.statusCounts), emptyCounts()),
    ratings: [...ratings].map(([header, counts]) => ({ header, counts })),
  };
}

export function workbookReport(file: string, analysis: WorkbookAnalysis): WorkbookReport {
  const trackers = analysis.trackers.map((tracker): TrackerReport => {
    const { layout, records, key } = tracker.context;
    const columns: Partial<Record<ColumnRole, string>> = {};
    for (const [role, column] of Object.entries(layout.columns)) columns[role as ColumnRole] = columnLetter(column);
    const status = layout.ratedColumns[0];
    if (status !== undefined) columns.status = columnLetter(status);
    const reasons = layout.choices?.map((c) => [c.role, { column: columnLetter(c.column), heading: c.heading, why: c.why }] as const);
    return {
      sheet: layout.sheet,
      headerRow: layout.headerRow,
      columns,
      ...(reasons && reasons.length > 0 && { columnReasons: Object.fromEntries(reasons) }),
      items: records.length,
      statusCounts: tracker.statusCounts,
      ratings: tracker.ratings.map((r) => ({ header: r.header, column: columnLetter(r.column), counts: r.counts })),
      ...(key && {
        key: {
          sheet: key.sheet,
          range: key.areas.filter((a) => a.sheet === key.sheet).map((a) => areaAddress(a.area)).join(','),
          entries: key.entries.map(({ written, category }) => ({ written, category })),
        },
      }),
      issues: tracker.issues,
      questions: tracker.questions,
      ...(tracker.since && { since: sinceReport(tracker.since, file) }),
    };
  });
  const total = planTotal(trackers);
  return {
    file,
    asAt: analysis.asAt,
    asAtSource: analysis.asAtSource,
    ...(analysis.asAtStated && { asAtStated: { sheet: analysis.asAtStated.sheet, cell: analysis.asAtStated.cell, text: analysis.asAtStated.text } }),
    trackers,
    registers: analysis.registers.map((r) => ({ sheet: r.sheet, column: columnLetter(r.column), names: r.names })),
    passedOver: analysis.passedOver,
    ...(analysis.pivotTables.length > 0 && { pivotTables: analysis.pivotTables }),
    hidden: analysis.hidden,
    ...(total && { total }),
    issueCounts: countIssues(trackers.flatMap((t) => t.issues)),
    questions: analysis.questions,
    ...(analysis.setAside.length > 0 && { setAside: analysis.setAside }),
  };
}

function areaAddress(area: MergedArea): string {
  const start = cellAddress(area.left, area.top);
  const end = cellAddress(area.right, area.bottom);
  return start === end ? start : `${start}:${end}`;
}
