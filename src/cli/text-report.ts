import { RATINGS, type Rating, type RatingCounts } from '../engine/profile/brag.js';
import type { Profile } from '../engine/profile/profile-schema.js';
import type { PassedOverReason } from '../engine/detect/detect-sheet.js';
import type { Severity } from '../engine/issues/issue-codes.js';
import type { WorkbookReport } from '../engine/report/workbook-report.js';
import { wholePercentages } from '../engine/summary/count-ratings.js';
import type { Question } from '../engine/reading/questions.js';
import { formatLongDate } from '../engine/text/format-date.js';
import type { BatchTotal } from './batch-total.js';
import { movementLines } from './movement-lines.js';
import { visible } from './visible-text.js';

const SEVERITY_HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
const AS_AT_SOURCES = { given: 'as given', saved: 'as answered', stated: 'stated', 'progress-header': 'from the progress header', today: 'today' } as const;

/** The report for a person at a terminal: counts per tracker, then its issues by severity. */
export function textReport(report: WorkbookReport, profile: Profile): string {
  const source = report.asAtStated ? `from "${report.asAtStated.text}", ${report.asAtStated.sheet}!${report.asAtStated.cell}` : AS_AT_SOURCES[report.asAtSource];
  const lines: string[] = [`${report.file}: as at ${formatLongDate(report.asAt)} (${source})`];
  lines.push(...questionLines(report.questions), ...(report.setAside ?? []).map((note) => `  Set aside: ${note}`));
  if (report.trackers.length === 0) lines.push('', 'No tracker was found: no sheet has a header row with a status, lead or recommendation column.');
  if (report.total) {
    lines.push('', `Whole plan: ${plural(report.total.items, 'item')} across ${report.total.trackers} trackers`);
    lines.push(...countLines(report.total.statusCounts, profile));
  }
  for (const tracker of report.trackers) {
    lines.push('', `${tracker.sheet}: header row ${tracker.headerRow}, ${plural(tracker.items, 'item')}`);
    if (tracker.key) {
      const entries = tracker.key.entries.map((e) => `"${e.written}" ${e.category}`).join(', ');
      lines.push(`  Key: ${tracker.key.sheet} ${tracker.key.range} (${entries})`);
    }
    for (const rating of tracker.ratings) {
      if (tracker.ratings.length > 1) lines.push(`  ${rating.header} (column ${rating.column})`);
      lines.push(...countLines(rating.counts, profile));
    }
    if (tracker.since) lines.push(...movementLines(tracker.since));
    for (const severity of ['error', 'warning', 'info'] as const) {
      const issues = tracker.issues.filter((issue) => issue.severity === severity);
      if (issues.length === 0) continue;
      lines.push(`  ${SEVERITY_HEADINGS[severity]} (${issues.length})`);
      for (const issue of issues) {
        const where = (issue.cell ?? `row ${issue.row}`).padEnd(8);
        const suggestion = issue.suggestion === undefined ? '' : ` Suggested: "${issue.suggestion}".`;
        lines.push(`    ${where} ${issue.code}: ${issue.message}${suggestion}`);
      }
    }
    lines.push(...questionLines(tracker.questions));
  }
  for (const register of report.registers) {
    lines.push('', `Register of leads: ${register.sheet}, column ${register.column} (${register.names.length} names)`);
  }
  if (report.passedOver.length > 0) lines.push(`Passed over (no tracker): ${report.passedOver.map((sheet) => passedOverName(sheet, report)).join(', ')}`);
  if (report.hidden.length > 0) lines.push(`Hidden, not checked: ${report.hidden.join(', ')}`);
  lines.push('', issueLine(report.issueCounts));
  // Cells, sheet and file names reach the terminal only escaped, each entry on its one line.
  return lines.map(visible).join('\n');
}

/** The closing lines of a batch: files, trackers and items, the status counts of every tracker together, the issues. */
export function textTotal(total: BatchTotal, unreadable: number, profile: Profile): string {
  const couldNot = unreadable === 0 ? '' : ` (${plural(unreadable, 'file')} could not be read)`;
  return [
    `Total: ${plural(total.files, 'file')}${couldNot}, ${plural(total.trackers, 'tracker')}, ${plural(total.items, 'item')}`,
    ...countLines(total.statusCounts, profile),
    issueLine(total.issueCounts),
  ]
    .map(visible)
    .join('\n');
}

function countLines(counts: RatingCounts, profile: Profile): string[] {
  const percentages = wholePercentages(counts);
  return RATINGS.filter((category) => category !== 'unrated' || counts.unrated > 0).map((category) => {
    const label = labelOf(category, profile).padEnd(56);
    return `    ${label}${String(counts[category]).padStart(5)}  ${String(percentages[category]).padStart(3)}%`;
  });
}

/** The questions, most consequential first, with how to answer them. */
function questionLines(questions: readonly Question[]): string[] {
  if (questions.length === 0) return [];
  return [
    `  Questions (${questions.length}): answer them in the add-in, or with --answers FILE (see the README)`,
    ...questions.map((q) => {
      const cells = q.cells.length > 6 ? `${q.cells.slice(0, 6).join(', ')} and ${q.cells.length - 6} more` : q.cells.join(', ');
      return `    ${q.kind.padEnd(11)} ${q.why}${cells === '' ? '' : ` (${cells})`} Answers: ${q.options.join(' / ')}.`;
    }),
  ];
}

const WHY_PASSED_OVER: Record<PassedOverReason, string> = { 'pivot-table': 'a pivot table', 'count-table': 'a table of counts, as a pivot table gives' };

function passedOverName(sheet: string, report: WorkbookReport): string {
  const reason = report.pivotTables?.find((pivot) => pivot.sheet === sheet)?.reason;
  return reason === undefined ? sheet : `${sheet} (${WHY_PASSED_OVER[reason]})`;
}

function issueLine({ error, warning, info }: Record<Severity, number>): string {
  return `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'note')}`;
}

function labelOf(category: Rating, profile: Profile): string {
  return category === 'unrated' ? 'Unrated' : profile.categories[category].label;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
