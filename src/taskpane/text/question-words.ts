// Tracker Check's questions and the officer's saved answers, in an officer's words. Words only:
// what is asked, and what an answer does, are the engine's (engine/reading/).
import type { IsoDate } from '../../engine/dates/calendar.js';
import { columnIndex } from '../../engine/grid/a1.js';
import type { SavedAnswer } from '../../engine/reading/answer-question.js';
import type { Question } from '../../engine/reading/questions.js';
import { formatLongDate } from '../../engine/text/format-date.js';
import type { TrackerLayout } from '../../engine/tracker/tracker-layout.js';
import { plural } from './rating-words.js';

/** A rating an answer can give, in the pane's plain words. */
const RATING_WORDS: Record<string, string> = {
  blue: 'Completed',
  green: 'On track',
  amber: 'Some delays',
  red: 'Not in progress',
  none: 'No rating',
};

const ROLE_WORDS: Record<string, string> = {
  item: 'recommendation or action',
  id: 'number',
  lead: 'lead officer',
  progress: 'progress update',
  status: 'status',
  due: 'due date',
  area: 'area',
};

const KEY_WORDS: Record<string, string> = {
  key: 'As the tracker’s key says',
  colours: 'By their colour (blue completed, green on track, amber some delays, red not in progress)',
};

/** One choice the officer makes for a question; a numbered scale asks one per number, all answered together. */
export interface AnswerPart {
  /** The number of a scale the answer is for; undefined for the question as a whole. */
  written?: string;
  label: string;
  options: { value: string; label: string }[];
  /** What the figures use now, where Tracker Check took something. */
  chosen?: string;
}

/** The question as one sentence: 'How should "Partly implemented" (5 items) count?' */
export function questionText(question: Question): string {
  const items = plural(question.cells.length, ['item', 'items']);
  switch (question.kind) {
    case 'review-date':
      return 'Which date is this review as at?';
    case 'header-row':
      return `Which row holds the column headings on ${question.sheet ?? 'this sheet'}?`;
    case 'column':
      return `Which column is the ${ROLE_WORDS[question.role ?? ''] ?? question.role}?`;
    case 'key':
      return question.colours
        ? `This tracker’s key gives its colours other meanings than the usual ones (${items}). How should the colours count?`
        : `What does each rating in column ${columnOfCells(question)} mean (${items})?`;
    default:
      return question.written === undefined ? `How should this colour count (${items})?` : `How should "${question.written}" (${items}) count?`;
  }
}

/** The choices the officer makes to answer a question, each with its options in plain words. */
export function answerParts(question: Question, layout: TrackerLayout | undefined): AnswerPart[] {
  const chosen = question.chosen === null ? {} : { chosen: String(question.chosen) };
  const options = question.options.map((option) => ({ value: String(option), label: optionLabel(question, option, layout) }));
  if (question.kind === 'key' && question.colours === undefined && question.written !== undefined) {
    return question.written.split(', ').map((written) => ({ written, label: `"${written}" counts as`, options, ...chosen }));
  }
  return [{ label: questionText(question), options, ...chosen }];
}

/** An option as the officer reads it: "Some delays", '"Target date" (column G)', "Row 4", "30 September 2025". */
export function optionLabel(question: Question, option: string | number, layout: TrackerLayout | undefined): string {
  const value = String(option);
  switch (question.kind) {
    case 'review-date':
      return formatLongDate(value as IsoDate);
    case 'header-row':
      return `Row ${value}`;
    case 'column': {
      const heading = headingOf(layout, columnIndex(value));
      return heading === undefined ? `Column ${value}` : `"${heading}" (column ${value})`;
    }
    case 'key':
      if (question.colours) return KEY_WORDS[value] ?? value;
      return RATING_WORDS[value] ?? value;
    default:
      return RATING_WORDS[value] ?? value;
  }
}

/** A saved answer as one line: '"Partly implemented" counts as Some delays', 'The due date is column G'. */
export function savedAnswerText(answer: SavedAnswer): string {
  const where = answer.sheet === undefined ? '' : `${answer.sheet}: `;
  switch (answer.kind) {
    case 'review-date':
      return `The review is as at ${formatLongDate(answer.answer as IsoDate)}`;
    case 'header-row':
      return `${where}the column headings are in row ${answer.answer}`;
    case 'column':
      return `${where}the ${ROLE_WORDS[answer.subject] ?? answer.subject} is column ${answer.answer}`;
    case 'colour':
      return `${where}the colour ${answer.subject} counts as ${RATING_WORDS[answer.answer] ?? answer.answer}`;
    default:
      return `${where}"${answer.subject}" counts as ${RATING_WORDS[answer.answer] ?? answer.answer}`;
  }
}

/** The column a question's cells are in ("F"), from its first cell's address. */
function columnOfCells(question: Question): string {
  return /^([A-Z]+)\d/.exec(question.cells[0] ?? '')?.[1] ?? '';
}

/** A column's heading as the tracker's layout records it: the detected choice, or the whole heading. */
function headingOf(layout: TrackerLayout | undefined, column: number): string | undefined {
  for (const choice of layout?.choices ?? []) {
    if (choice.column === column) return choice.heading;
    const other = choice.alternatives.find((a) => a.column === column);
    if (other) return other.heading;
  }
  return layout?.headings?.[column];
}
