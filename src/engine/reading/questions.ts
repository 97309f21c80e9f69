import { cellAddress, columnLetter } from '../grid/a1.js';
import { BRAG_CATEGORIES, type BragCategory } from '../profile/brag.js';
import type { ColumnRole } from '../profile/column-role.js';
import type { TrackerContext } from '../tracker/tracker-context.js';
import { categoryOfColour } from '../vocabulary/colour-rating.js';
import { wordingKey } from '../vocabulary/normalise.js';

export type QuestionKind = 'review-date' | 'header-row' | 'column' | 'wording' | 'colour' | 'key';

/**
 * Something Tracker Check could not read with certainty and that changes a figure the officer
 * reports: the reading it took (`chosen`, null where it took none), the answers that are valid
 * (`options`), the cells or columns it affects, and why it asks. One per wording, per column
 * role, per tracker's header; the most consequential first.
 */
export interface Question {
  id: string;
  kind: QuestionKind;
  sheet?: string;
  role?: ColumnRole;
  written?: string;
  cells: string[];
  chosen: string | number | null;
  options: (string | number)[];
  why: string;
  /** For a key whose colours mean other than their hue: each colour as the key rates it ('key') and by its hue ('colours'). */
  colours?: { key: Record<string, BragCategory>; hue: Record<string, BragCategory> };
}

/** Questions asked per tracker at most: the rest wait until these are answered. */
export const MOST_QUESTIONS_PER_TRACKER = 3;

const RATING_OPTIONS = [...BRAG_CATEGORIES, 'none'];
/** Roles whose column changes the figures: the count (status), what is overdue (due), the items (item). */
const FIGURE_ROLES: readonly ColumnRole[] = ['status', 'due', 'item'];

/** The questions one tracker raises, most consequential (most items affected) first, at most three. */
export function trackerQuestions(context: TrackerContext): Question[] {
  const { layout, records, cellRatings } = context;
  const sheet = layout.sheet;
  const asked: { question: Question; weight: number }[] = [];
  const status = layout.ratedColumns[0];

  if (layout.headerRivals !== undefined && layout.source === 'detected' && !layout.headerAnswered) {
    const options = [layout.headerRow, ...layout.headerRivals];
    asked.push({
      weight: records.length,
      question: {
        id: `header-row:${sheet}`, kind: 'header-row', sheet, cells: options.map((row) => `A${row}`), chosen: layout.headerRow, options,
        why: `Rows ${options.join(' and ')} both read as the header; row ${layout.headerRow} was taken and the other passed over.`,
      },
    });
  }

  for (const choice of layout.choices ?? []) {
    if (choice.certain || !FIGURE_ROLES.includes(choice.role) || choice.alternatives.length === 0) continue;
    const options = [choice.column, ...choice.alternatives.map((a) => a.column)].map(columnLetter);
    asked.push({
      weight: records.length,
      question: {
        id: `column:${sheet}:${choice.role}`, kind: 'column', sheet, role: choice.role, cells: options, chosen: columnLetter(choice.column), options,
        why: `"${choice.heading}" (${columnLetter(choice.column)}) was taken as the ${choice.role}: ${choice.why}. ${choice.alternatives.map((a) => `"${a.heading}" (${columnLetter(a.column)})`).join(', ')} could be.`,
      },
    });
  }

  const remapped = keyRemapsColours(context);
  if (remapped) asked.push(remapped);

  if (status !== undefined) {
    const unknown = new Map<string, { written: string; cells: string[] }>();
    const guessed = new Map<string, { written: string; cells: string[] }>();
    const guesses = new Map<string, { chosen: string; other: string }>();
    const numbers: { written: string; cell: string }[] = [];
    records.forEach((record, index) => {
      const rated = cellRatings[index]?.[0];
      const written = (record.ratingTexts[0] ?? '').trim();
      const cell = cellAddress(status, record.row);
      if (rated === undefined || written === '') return;
      if (rated.source === 'none') {
        if (/^\d+(?:\.\d+)?$/.test(written)) numbers.push({ written, cell });
        else group(unknown, written, cell);
      } else if (rated.guessedOver !== undefined && rated.rating !== 'unrated') {
        group(guessed, written, cell);
        guesses.set(wordingKey(written), { chosen: rated.rating, other: rated.guessedOver });
      }
    });
    for (const { written, cells } of unknown.values()) {
      asked.push({
        weight: cells.length,
        question: {
          id: `wording:${sheet}:${wordingKey(written)}`, kind: 'wording', sheet, role: 'status', written, cells, chosen: null, options: RATING_OPTIONS,
          why: `"${written}" is no wording Tracker Check knows, so ${plural(cells.length, 'item is', 'items are')} counted as unrated.`,
        },
      });
    }
    for (const [key, { written, cells }] of guessed) {
      const { chosen, other } = guesses.get(key) ?? { chosen: '', other: '' };
      asked.push({
        weight: cells.length,
        question: {
          id: `wording:${sheet}:${wordingKey(written)}`, kind: 'wording', sheet, role: 'status', written, cells, chosen, options: RATING_OPTIONS,
          why: `"${written}" names ${chosen} but its other words mean ${other}; ${plural(cells.length, 'item was', 'items were')} counted ${chosen}.`,
        },
      });
    }
    if (numbers.length > 0) {
      const values = [...new Set(numbers.map((n) => n.written))].sort((a, b) => Number(a) - Number(b));
      asked.push({
        weight: numbers.length,
        question: {
          id: `key:${sheet}:${columnLetter(status)}`, kind: 'key', sheet, role: 'status', written: values.join(', '), cells: numbers.map((n) => n.cell), chosen: null, options: RATING_OPTIONS,
          why: `Column ${columnLetter(status)} rates items ${values.join(', ')} and no key says what each number means, so ${plural(numbers.length, 'item is', 'items are')} counted as unrated.`,
        },
      });
    }
  }
  return asked.sort((a, b) => b.weight - a.weight).slice(0, MOST_QUESTIONS_PER_TRACKER).map((a) => a.question);
}

/** Adds a cell to its wording's group, the wording as first written. */
/**
 * A key whose colours mean other than their hue ("Blue – not yet due", so blue counts as on
 * track): the key was followed, and the officer is asked to confirm it, naming the cells it moved.
 */
function keyRemapsColours(context: TrackerContext): { question: Question; weight: number } | undefined {
  const { key, layout, records, cellRatings } = context;
  const status = layout.ratedColumns[0];
  const moved = (key?.entries ?? []).filter((e) => e.colour !== undefined && categoryOfColour(e.colour) !== e.category);
  if (key === undefined || status === undefined || moved.length === 0 || context.answers?.categoryOfColour(moved[0]?.colour) !== undefined) return undefined;
  const byKey = (index: number) => ['key', 'colour'].includes(cellRatings[index]?.[0]?.source ?? '');
  const cells = records.filter((_, index) => byKey(index)).map((record) => cellAddress(status, record.row));
  if (cells.length === 0) return undefined;
  const meanings = moved.map((e) => `${categoryOfColour(e.colour) ?? e.colour} is "${e.meaning ?? e.written}" (${e.category})`).join('; ');
  return {
    weight: cells.length,
    question: {
      id: `key:${layout.sheet}:colours`, kind: 'key', sheet: layout.sheet, role: 'status', cells, chosen: 'key', options: ['key', 'colours'],
      colours: {
        key: Object.fromEntries(moved.map((e) => [e.colour ?? '', e.category])),
        hue: Object.fromEntries(moved.map((e) => [e.colour ?? '', categoryOfColour(e.colour) ?? e.category])),
      },
      why: `The tracker's key gives its colours other meanings than the usual BRAG: ${meanings}. The key was followed.`,
    },
  };
}

/**
 * The review-date question: asked where the workbook states two different dates above a tracker
 * (the first stated taken), or states none and today was taken while items have due dates.
 */
export function reviewDateQuestion(
  asAt: string,
  source: string,
  candidates: readonly { date: string; sheet: string; cell: string; text: string }[],
  hasDueDates: boolean,
): Question | undefined {
  const others = candidates.filter((c) => c.date !== asAt);
  if (source === 'stated' && others.length > 0) {
    const options = [asAt, ...new Set(others.map((c) => c.date))];
    return {
      id: 'review-date', kind: 'review-date', cells: candidates.map((c) => `${c.sheet}!${c.cell}`), chosen: asAt, options,
      why: `The workbook names more than one date above the tracker (${candidates.map((c) => `"${c.text}"`).join(', ')}); ${asAt} was taken as the review date.`,
    };
  }
  if (source === 'today' && hasDueDates) {
    return {
      id: 'review-date', kind: 'review-date', cells: [], chosen: asAt, options: [asAt, ...new Set(candidates.map((c) => c.date))],
      why: 'The workbook states no date its position is as at, so today was taken: overdue items are judged against it.',
    };
  }
  return undefined;
}

function group(groups: Map<string, { written: string; cells: string[] }>, written: string, cell: string): void {
  const key = wordingKey(written);
  let entry = groups.get(key);
  if (entry === undefined) groups.set(key, (entry = { written, cells: [] }));
  entry.cells.push(cell);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
