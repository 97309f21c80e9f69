import { withDirectionOfTravel, type EarlierWorkbook } from '../compare/compare-workbooks.js';
import { latestBefore, readReviewSnapshots, snapshotAsEarlier, type ReviewSnapshot } from '../compare/read-review-snapshots.js';
import type { IsoDate } from '../dates/calendar.js';
import { periodEnd } from '../dates/period.js';
import { cellText } from '../grid/cell.js';
import { cellAt, type SheetGrid, type WorkbookGrid } from '../grid/sheet-grid.js';
import { detectSheet, type LeadRegister, type PassedOverReason, type SheetDetection } from '../detect/detect-sheet.js';
import { datesNamed, statedReviewDate, type StatedReviewDate } from '../detect/stated-review-date.js';
import { reviewDateQuestion, type Question } from '../reading/questions.js';
import { KEY_SHEET_NAME } from '../key/find-key.js';
import { COLOUR_LISTS_SHEET } from '../grid/own-sheets.js';
import { REVIEWS_SHEET } from '../compare/review-snapshot-format.js';
import { LeadRegisterIndex } from '../leads/lead-names.js';
import { DEFAULT_PROFILE } from '../profile/default-profile.js';
import type { Profile } from '../profile/profile-schema.js';
import type { TrackerLayout } from '../tracker/tracker-layout.js';
import { headerRowFits, withAnsweredColumns } from '../reading/apply-reading.js';
import { answeredLookup, type OfficerReading } from '../reading/officer-reading.js';
import { READING_SHEET, savedReading } from '../reading/saved-reading.js';
import { analyseTracker, type TrackerAnalysis } from './analyse-tracker.js';

export interface AnalyseOptions {
  /** Today's date; the engine reads no clock, so the host passes it in. */
  today: IsoDate;
  profile?: Profile;
  /** The date the review is as at (`--as-at`); else the period in the progress header, else today. */
  asAt?: IsoDate;
  /** Layouts an officer chose, by sheet; they replace what detection would find there. */
  layouts?: readonly TrackerLayout[];
  /** The same trackers at an earlier review (`--since`): each tracker is compared with its earlier self. */
  since?: EarlierWorkbook;
  /**
   * Without `since`: the kept snapshot (by its as-at date) to compare with, or 'none'. By default
   * the latest snapshot older than this review.
   */
  compareWith?: IsoDate | 'none';
  /** The officer's answers to Tracker Check's questions (`--answers`, or saved in the workbook). */
  reading?: OfficerReading;
}

/**
 * Where the review date came from, in the order it is looked for: given (`--as-at`, the pane),
 * saved (the officer's answer, kept in the workbook or given as --answers), stated by the workbook ("Position as at 30 September 2025" above a tracker or on its cover), the
 * period in a progress or rating column's heading, else today.
 */
export type AsAtSource = 'given' | 'saved' | 'stated' | 'progress-header' | 'today';

export interface WorkbookAnalysis {
  asAt: IsoDate;
  asAtSource: AsAtSource;
  /** Where the workbook states its review date, when that is the date used. */
  asAtStated?: StatedReviewDate;
  trackers: TrackerAnalysis[];
  registers: LeadRegister[];
  /** Sheets with neither a tracker nor a register (notes, covers, keys, pivot tables). */
  passedOver: string[];
  /** Of those, the ones passed over although they have a header: pivot tables, by their parts or their shape. */
  pivotTables: { sheet: string; reason: PassedOverReason }[];
  /** Hidden and very hidden sheets, passed over unchecked. */
  hidden: string[];
  /** The reviews kept on the snapshot sheet, oldest first. */
  snapshots: ReviewSnapshot[];
  /** The as-at date of the kept snapshot the trackers were compared with, if any. */
  comparedWith?: IsoDate;
  /** Answers of the officer's reading that no longer fit the workbook, each said once. */
  setAside: string[];
  /** The workbook's own question (the review date), where it has one; each tracker has its own. */
  questions: Question[];
  /** The officer's reading in force (given, else saved in the workbook): what the pane adds answers to. */
  reading?: OfficerReading;
}

/** The engine's entry point: every tracker in the workbook, read, checked and counted. */
export function analyseWorkbook(workbook: WorkbookGrid, given: AnalyseOptions): WorkbookAnalysis {
  const profile = given.profile ?? DEFAULT_PROFILE;
  // Answers given now (--answers, or the pane's) stand in for those saved in the workbook.
  const saved = given.reading === undefined ? savedReading(workbook) : {};
  const options: AnalyseOptions = saved.reading ? { ...given, reading: saved.reading } : given;
  const found: { grid: SheetGrid; layout: TrackerLayout }[] = [];
  const registers: LeadRegister[] = [];
  const passedOver: string[] = [];
  const pivotTables: WorkbookAnalysis['pivotTables'] = [];
  const hidden: string[] = [];
  const setAside: string[] = saved.problem === undefined ? [] : [saved.problem];
  for (const sheet of Object.keys(options.reading?.sheets ?? {})) {
    if (!workbook.sheets.some((grid) => grid.name === sheet)) setAside.push(`The answers for sheet "${sheet}" were set aside: the workbook has no sheet of that name now.`);
  }
  for (const grid of workbook.sheets) {
    if (grid.name === COLOUR_LISTS_SHEET || grid.name === REVIEWS_SHEET || grid.name === READING_SHEET) continue; // Tracker Check's own, not the officer's
    const chosen = options.layouts?.find((layout) => layout.sheet === grid.name);
    const answers = options.reading?.sheets[grid.name];
    let headerRow = answers?.headerRow;
    if (headerRow !== undefined && !headerRowFits(grid, headerRow)) {
      setAside.push(`${grid.name}: the answer that the header is row ${headerRow} was set aside: the sheet ends before it.`);
      headerRow = undefined;
    }
    // A hidden sheet is an old tracker or a list behind a drop-down: passed over unless an officer picked it.
    if (!chosen && grid.visibility !== undefined && grid.visibility !== 'visible') {
      hidden.push(grid.name);
      continue;
    }
    const detection: SheetDetection = chosen
      ? { kind: 'tracker' as const, layout: chosen }
      : KEY_SHEET_NAME.test(grid.name)
        ? { kind: 'none' as const }
        : detectSheet(grid, profile, headerRow);
    if (detection.kind === 'tracker') {
      const answered = withAnsweredColumns(grid, detection.layout, answers);
      setAside.push(...answered.setAside);
      found.push({ grid, layout: answered.layout });
    }
    else if (detection.kind === 'register') registers.push(detection.register);
    else {
      passedOver.push(grid.name);
      if (detection.reason) pivotTables.push({ sheet: grid.name, reason: detection.reason });
    }
  }

  const { asAt, asAtSource, asAtStated } = reviewDate(found, workbook.sheets.filter((grid) => passedOver.includes(grid.name)), options);
  const register = registers.length > 0 ? new LeadRegisterIndex(registers.flatMap((r) => r.names)) : undefined;
  const keySheets = workbook.sheets.filter((grid) => KEY_SHEET_NAME.test(grid.name));
  const snapshots = readReviewSnapshots(workbook);
  const kept = options.since ? undefined : keptReview(snapshots, asAt, options.compareWith);
  const trackers = withDirectionOfTravel(
    found.map(({ grid, layout }) => analyseTracker(grid, layout, profile, asAt, register, keySheets, answeredLookup(options.reading?.sheets[grid.name]))),
    options.since ?? (kept && snapshotAsEarlier(kept)),
  );
  const candidates = found.flatMap(({ grid, layout }) => datesNamed(grid, 1, (layout.headerTop ?? layout.headerRow) - 1));
  const dateQuestion = reviewDateQuestion(asAt, asAtSource, candidates, found.some(({ layout }) => layout.columns.due !== undefined));
  const questions = dateQuestion ? [dateQuestion] : [];
  return { asAt, asAtSource, ...(asAtStated && { asAtStated }), trackers, registers, passedOver, pivotTables, hidden, snapshots, ...(kept && { comparedWith: kept.asAt }), setAside, questions, ...(options.reading && { reading: options.reading }) };
}

function keptReview(snapshots: readonly ReviewSnapshot[], asAt: IsoDate, choice: AnalyseOptions['compareWith']): ReviewSnapshot | undefined {
  if (choice === 'none') return undefined;
  if (choice !== undefined) return snapshots.find((snapshot) => snapshot.asAt === choice);
  return latestBefore(snapshots, asAt);
}

/** How far down a cover sheet a statement of the position is looked for. */
const COVER_ROWS = 30;

function reviewDate(
  found: readonly { grid: SheetGrid; layout: TrackerLayout }[],
  others: readonly SheetGrid[],
  options: AnalyseOptions,
): { asAt: IsoDate; asAtSource: AsAtSource; asAtStated?: StatedReviewDate } {
  if (options.asAt !== undefined) return { asAt: options.asAt, asAtSource: 'given' };
  if (options.reading?.asAt !== undefined) return { asAt: options.reading.asAt, asAtSource: 'saved' };
  const stated =
    found.map(({ grid, layout }) => statedReviewDate(grid, 1, (layout.headerTop ?? layout.headerRow) - 1)).find((s) => s !== undefined) ??
    others.map((grid) => statedReviewDate(grid, 1, COVER_ROWS)).find((s) => s !== undefined);
  if (stated) return { asAt: stated.date, asAtSource: 'stated', asAtStated: stated };
  for (const { grid, layout } of found) {
    for (const column of [layout.columns.progress, ...layout.ratedColumns]) {
      if (column === undefined) continue;
      const period = periodEnd(cellText(cellAt(grid, layout.headerRow, column)));
      if (period !== undefined) return { asAt: period, asAtSource: 'progress-header' };
    }
  }
  return { asAt: options.today, asAtSource: 'today' };
}
