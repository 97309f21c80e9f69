import type { BoardSummary } from '../summary/board-summary.js';
import { formatLongDate } from '../text/format-date.js';

/**
 * Where a pack was made: Build summary in the task pane, or `tracker-check --out` on the command line.
 * The pack points its reader to what they have there, never to a panel that is not open.
 */
export type PackOrigin = 'pane' | 'command-line';

const WHERE_THE_CELLS_ARE: Record<PackOrigin, { cells: string; all: string }> = {
  pane: { cells: 'Validate tracker in the Tracker Check panel lists the cells', all: "the tracker and Tracker Check's panel have them all" },
  'command-line': { cells: 'the tracker-check report on the workbook lists the cells', all: 'the tracker and the tracker-check report have them all' },
};

/** The data-quality line: what validation found, and where the officer finds the cells. */
export function dataQualityLine(summary: BoardSummary, origin: PackOrigin): string {
  const { error, warning, info } = summary.issueCounts;
  if (error + warning === 0) return 'Validation found no problems in the tracker.';
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `Validation found ${part(error, 'error')} and ${part(warning, 'warning')} (${part(info, 'note')}); ${WHERE_THE_CELLS_ARE[origin].cells}.`;
}

/** "…and 30 more, not listed here: …", for a list cut short. */
export function unlistedNote(unlisted: number, origin: PackOrigin): string {
  return `…and ${unlisted} more, not listed here: ${WHERE_THE_CELLS_ARE[origin].all}.`;
}

/**
 * What the due-date section says when it lists nothing: a tracker without a due-date column says so,
 * rather than that nothing is overdue (which it cannot know).
 */
export function noDueItemsSentence(summary: BoardSummary): string {
  if (!summary.hasDue) return `The tracker records no due dates, so no ${summary.noun.one} can be shown as overdue or due soon.`;
  return `No open ${summary.noun.one} is overdue or due by ${formatLongDate(summary.nextQuarterEnd)}.`;
}

/** The due-date section's heading. */
export function dueHeading(summary: BoardSummary): string {
  return summary.hasDue ? `Due dates: overdue, and due by ${formatLongDate(summary.nextQuarterEnd)}` : 'Due dates';
}
