// The question fixtures (tests/fixtures/questions/) with their truths' answers, and the answer a
// truth gives to one of the engine's questions: what an officer who knows the tracker would pick.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOfficerReading, type OfficerReading } from '../../src/engine/reading/officer-reading.js';
import type { Question } from '../../src/engine/reading/questions.js';
import type { RatingCounts } from '../../src/engine/profile/brag.js';

export const QUESTIONS_DIR = 'tests/fixtures/questions';

export interface QuestionFixture {
  name: string;
  path: string;
  answers: OfficerReading;
  /** Each tracker's counts once every answer is given. */
  counts: Record<string, RatingCounts>;
}

export function questionFixtures(): QuestionFixture[] {
  return readdirSync(QUESTIONS_DIR)
    .filter((name) => name.endsWith('.truth.json'))
    .sort()
    .map((name) => {
      const truth = JSON.parse(readFileSync(join(QUESTIONS_DIR, name), 'utf8')) as { answers: unknown; trackers: { sheet: string; statusCounts: RatingCounts }[] };
      const answers = parseOfficerReading(truth.answers);
      if (!answers.ok) throw new Error(`${name}: ${answers.message}`);
      const base = name.replace(/\.truth\.json$/, '');
      return {
        name: base,
        path: join(QUESTIONS_DIR, `${base}.xlsx`),
        answers: answers.reading,
        counts: Object.fromEntries(truth.trackers.map((t) => [t.sheet, t.statusCounts])),
      };
    });
}

const sameColours = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.entries(a).every(([hex, rating]) => Object.entries(b).some(([other, given]) => other.toUpperCase() === hex.toUpperCase() && given === rating));

/**
 * The truth's answer to a question, as the values of its lists (one per number of a scale, in the
 * order the question writes them); undefined where the truth does not answer it.
 */
export function truthAnswer(question: Question, answers: OfficerReading): string[] | undefined {
  if (question.kind === 'review-date') return answers.asAt === undefined ? undefined : [answers.asAt];
  const own = answers.sheets[question.sheet ?? ''];
  if (own === undefined) return undefined;
  if (question.kind === 'header-row') return own.headerRow === undefined ? undefined : [String(own.headerRow)];
  if (question.kind === 'column') {
    const letter = question.role === undefined ? undefined : own.columns?.[question.role];
    return letter === undefined ? undefined : [letter];
  }
  if (question.kind === 'key' && question.colours) {
    const given = own.colours ?? {};
    if (sameColours(question.colours.key, given)) return ['key'];
    if (sameColours(question.colours.hue, given)) return ['colours'];
    return undefined;
  }
  const written = question.kind === 'key' ? (question.written ?? '').split(', ') : [question.written ?? ''];
  const ratings = written.map((w) => Object.entries(own.wordings ?? {}).find(([text]) => text.toLowerCase() === w.toLowerCase())?.[1]);
  return ratings.every((r) => r !== undefined) ? (ratings as string[]) : undefined;
}

/** `reading` with every answer of `truth` added (the truth's wins where both answer). */
export function withTruth(reading: OfficerReading | undefined, truth: OfficerReading): OfficerReading {
  const sheets = { ...reading?.sheets };
  for (const [sheet, own] of Object.entries(truth.sheets)) {
    const mine = sheets[sheet] ?? {};
    sheets[sheet] = {
      ...mine,
      ...(own.headerRow !== undefined && { headerRow: own.headerRow }),
      ...((mine.columns || own.columns) && { columns: { ...mine.columns, ...own.columns } }),
      ...((mine.wordings || own.wordings) && { wordings: { ...mine.wordings, ...own.wordings } }),
      ...((mine.colours || own.colours) && { colours: { ...mine.colours, ...own.colours } }),
    };
  }
  const asAt = truth.asAt ?? reading?.asAt;
  return { ...(asAt !== undefined && { asAt }), sheets };
}
