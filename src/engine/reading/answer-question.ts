import type { OfficerReading, SheetReading } from './officer-reading.js';
import type { Question } from './questions.js';

/**
 * The reading with one question answered: the answer goes where the answers file keeps it (the
 * review date, a sheet's header row, a column by role, a wording's rating; a key's numbers each
 * as a wording). `answer` is one of the question's options.
 */
export function withAnswer(reading: OfficerReading | undefined, question: Question, answer: string | number): OfficerReading {
  const next: OfficerReading = structuredClone(reading ?? { sheets: {} });
  if (question.kind === 'review-date') {
    next.asAt = String(answer);
    return next;
  }
  const sheet = question.sheet ?? '';
  const own: SheetReading = next.sheets[sheet] ?? {};
  if (question.kind === 'header-row') own.headerRow = Number(answer);
  else if (question.kind === 'column' && question.role !== undefined) own.columns = { ...own.columns, [question.role]: String(answer) };
  else if (question.kind === 'key' && question.colours !== undefined) {
    // A key whose colours mean other than their hue: 'key' keeps the key's reading, 'colours' the hues'.
    own.colours = { ...own.colours, ...(answer === 'colours' ? question.colours.hue : question.colours.key) };
  } else if (question.written !== undefined) {
    const rating = String(answer) as NonNullable<SheetReading['wordings']>[string];
    const written = question.kind === 'key' ? question.written.split(', ') : [question.written];
    own.wordings = { ...own.wordings, ...Object.fromEntries(written.map((w) => [w, rating])) };
  }
  next.sheets[sheet] = own;
  return next;
}

/** One saved answer, as the pane lists it for changing or forgetting. */
export interface SavedAnswer {
  sheet?: string;
  kind: 'review-date' | 'header-row' | 'column' | 'wording' | 'colour';
  /** What was answered: the role, the wording or the colour. */
  subject: string;
  answer: string;
}

/** Every answer the reading holds. */
export function savedAnswers(reading: OfficerReading | undefined): SavedAnswer[] {
  if (reading === undefined) return [];
  const answers: SavedAnswer[] = [];
  if (reading.asAt !== undefined) answers.push({ kind: 'review-date', subject: 'review date', answer: reading.asAt });
  for (const [sheet, own] of Object.entries(reading.sheets)) {
    if (own.headerRow !== undefined) answers.push({ sheet, kind: 'header-row', subject: 'header row', answer: String(own.headerRow) });
    for (const [role, letter] of Object.entries(own.columns ?? {})) answers.push({ sheet, kind: 'column', subject: role, answer: letter });
    for (const [written, rating] of Object.entries(own.wordings ?? {})) answers.push({ sheet, kind: 'wording', subject: written, answer: rating });
    for (const [hex, rating] of Object.entries(own.colours ?? {})) answers.push({ sheet, kind: 'colour', subject: hex, answer: rating });
  }
  return answers;
}

/** The reading without one answer, so the engine reads that part afresh (and may ask again). */
export function withoutAnswer(reading: OfficerReading, answer: SavedAnswer): OfficerReading {
  const next: OfficerReading = structuredClone(reading);
  if (answer.kind === 'review-date') {
    delete next.asAt;
    return next;
  }
  const own = next.sheets[answer.sheet ?? ''];
  if (own === undefined) return next;
  if (answer.kind === 'header-row') delete own.headerRow;
  if (answer.kind === 'column' && own.columns) delete own.columns[answer.subject as keyof typeof own.columns];
  if (answer.kind === 'wording' && own.wordings) delete own.wordings[answer.subject];
  if (answer.kind === 'colour' && own.colours) delete own.colours[answer.subject];
  return next;
}
