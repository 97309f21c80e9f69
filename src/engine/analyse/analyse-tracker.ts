import type { ReviewComparison } from '../compare/review-comparison.js';
import type { IsoDate } from '../dates/calendar.js';
import { lastDayOfMonth, parseIso } from '../dates/calendar.js';
import { isMonthFormat } from '../dates/month-format.js';
import { readDate, type DateReading } from '../dates/read-date.js';
import { derivedDueDate } from '../dates/timescale.js';
import { cellText, type Cell } from '../grid/cell.js';
import { cellAt, colourKey, type SheetGrid } from '../grid/sheet-grid.js';
import { ownColours, rowReadFor } from '../grid/merges.js';
import type { Issue } from '../issues/issue-codes.js';
import { renderIssue } from '../issues/issue-messages.js';
import type { LeadRegisterIndex } from '../leads/lead-names.js';
import { resolveLeads } from '../leads/resolve-leads.js';
import type { RatingCounts } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { ALL_RULES } from '../rules/all-rules.js';
import { countRatings } from '../summary/count-ratings.js';
import { readRecords } from '../tracker/read-records.js';
import type { DueDate, TrackerContext } from '../tracker/tracker-context.js';
import type { TrackerLayout } from '../tracker/tracker-layout.js';
import { findStatusKey } from '../key/find-key.js';
import { keyLookup } from '../key/status-key.js';
import { rateCell, type AnsweredLookup } from '../vocabulary/rate-cell.js';
import { trackerQuestions, type Question } from '../reading/questions.js';
import { statusVocabulary } from '../vocabulary/status-vocabulary.js';

export interface RatedColumnCounts {
  header: string;
  column: number;
  counts: RatingCounts;
}

export interface TrackerAnalysis {
  context: TrackerContext;
  /** The count of the status column: what the board reads. */
  statusCounts: RatingCounts;
  /** Every rated column, the status first. */
  ratings: RatedColumnCounts[];
  issues: Issue[];
  /** The direction of travel since the earlier review, where there is one to compare with. */
  since?: ReviewComparison;
  /** What Tracker Check could not read with certainty, most consequential first (at most three). */
  questions: Question[];
}

/** A date shown as a month ("Oct-25", stored as the 1st) is due at the month's end, as the officer reads it. */
function asShown(reading: DateReading, grid: SheetGrid, row: number, column: number): DateReading {
  if (reading.kind !== 'date' || !isMonthFormat(grid.numberFormats?.get(colourKey(row, column)))) return reading;
  const { year, month } = parseIso(reading.date);
  return { ...reading, date: lastDayOfMonth(year, month) };
}

/** Reads, checks and counts one tracker, given where it sits. */
export function analyseTracker(
  grid: SheetGrid,
  layout: TrackerLayout,
  profile: Profile,
  asAt: IsoDate,
  register: LeadRegisterIndex | undefined,
  keySheets: readonly SheetGrid[] = [],
  answers?: AnsweredLookup,
): TrackerAnalysis {
  const vocabulary = statusVocabulary(profile);
  const key = findStatusKey(grid, layout, keySheets, vocabulary);
  const { records, findings: rowFindings } = readRecords(grid, layout, new Set(key?.rowsInTable));
  const headers = new Map<number, string>();
  for (const column of [...Object.values(layout.columns), ...layout.ratedColumns, ...(layout.revisedDue === undefined ? [] : [layout.revisedDue])]) {
    headers.set(column, layout.headings?.[column] ?? cellText(cellAt(grid, layout.headerRow, column)));
  }
  const lookup = keyLookup(key);
  const cellRatings = records.map((record) =>
    layout.ratedColumns.map((column) => {
      const row = rowReadFor(grid, record.row, column);
      return rateCell(cellAt(grid, row, column), ownColours(grid, row, column), vocabulary, lookup, answers);
    }),
  );
  const ratings = cellRatings.map((row) => row.map((cell) => cell.rating));
  const notApplicable = cellRatings.map((row) => row[0]?.source === 'not-applicable');
  const { leads, unresolved } = resolveLeads(records, register);
  const readDue = (column: number | undefined, row: number, cell: Cell | undefined) =>
    column === undefined || cell === undefined ? undefined : asShown(readDate(cell, profile.datePlaceholders, asAt), grid, rowReadFor(grid, row, column), column);
  const dueReadings = records.map((record) => readDue(layout.columns.due, record.row, record.dueCell));
  const revisedReadings = records.map((record) => readDue(layout.revisedDue, record.row, record.revisedDueCell));
  const due = records.map((record, index): DueDate | undefined => {
    const revised = revisedReadings[index];
    if (revised?.kind === 'date') return { date: revised.date, revised: true };
    const reading = dueReadings[index];
    if (reading?.kind === 'date') return { date: reading.date };
    if (profile.baselineDate === undefined || reading?.kind === 'invalid') return undefined;
    const derived = derivedDueDate(record.item, profile.baselineDate);
    return derived && { date: derived.date, derivedFrom: derived.phrase };
  });

  const context: TrackerContext = {
    grid, layout, profile, asAt, headers, records, cellRatings, ratings, notApplicable, key, answers, leads,
    unresolvedLeads: unresolved, dueReadings, revisedReadings, due, register,
  };
  const findings = [...rowFindings, ...ALL_RULES.flatMap((rule) => rule(context))];
  // Reported in sheet order, as an officer reads down the tracker; stable within a row.
  findings.sort((a, b) => a.row - b.row);

  return {
    context,
    statusCounts: countRatings(ratings.map((r) => r[0] ?? 'unrated')),
    ratings: layout.ratedColumns.map((column, index) => ({
      header: headers.get(column) ?? '',
      column,
      counts: countRatings(ratings.map((r) => r[index] ?? 'unrated')),
    })),
    issues: findings.map(renderIssue),
    questions: trackerQuestions(context),
  };
}
