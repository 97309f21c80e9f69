import { COLUMN_ROLES, type ColumnRole } from '../profile/column-role.js';
import type { Profile } from '../profile/profile-schema.js';
import { wordingKey } from '../vocabulary/normalise.js';
import { dateHeadingMeaning } from './date-heading.js';

/** A header cell this long is content, not a header. */
const MAX_HEADER_LENGTH = 80;

/** Ties between roles go to the more specific one: "Action owner" is a lead, "Progress BRAG" a rating. */
const ROLE_PRIORITY: readonly ColumnRole[] = ['status', 'due', 'lead', 'id', 'progress', 'item', 'area'];

export interface HeaderWords {
  roleOf(header: string): ColumnRole | undefined;
  /** Whether the header is exactly one of the role's phrases ("Lead", not "Lead officers and teams"). */
  isExactly(header: string, role: ColumnRole): boolean;
}

const cache = new WeakMap<Profile, HeaderWords>();

/**
 * Recognises a column by the words officers put in its header. A header matches a role when the
 * role's phrase appears in it as whole words ("Progress – March 2025" holds "progress"). A rating
 * word wins outright; otherwise the longest phrase wins, then ROLE_PRIORITY.
 */
export function headerWords(profile: Profile): HeaderWords {
  const cached = cache.get(profile);
  if (cached) return cached;
  const phrases = COLUMN_ROLES.map((role) => ({
    role,
    phrases: profile.columns[role].map((words) => (words.trim() === '#' ? ['#'] : wordingKey(words).split(' ')))
      .filter((tokens) => tokens.length > 0 && tokens[0] !== ''),
  }));
  const roleOf = (header: string): ColumnRole | undefined => {
    const trimmed = header.trim();
    if (trimmed === '' || trimmed.length > MAX_HEADER_LENGTH) return undefined;
    const tokens = trimmed === '#' ? ['#'] : withoutToDate(wordingKey(trimmed).split(' '));
    if (OTHER_DATES.some((phrase) => containsRun(tokens, phrase))) return undefined;
    let best: { role: ColumnRole; length: number } | undefined;
    for (const { role, phrases: list } of phrases) {
      for (const phrase of list) {
        if (!containsRun(tokens, phrase)) continue;
        if (phrase.length === 1 && QUESTION_WORDS.has(phrase[0] ?? '') && tokens.length !== 1) continue;
        if (role === 'status') return 'status';
        if (!best || phrase.length > best.length || (phrase.length === best.length && outranks(role, best.role))) {
          best = { role, length: phrase.length };
        }
      }
    }
    // A dated heading is read by what it means: "Date of decision" is no due date, "To be
    // delivered by" is one though no list holds it.
    const dated = dateHeadingMeaning(trimmed);
    if (best?.role === 'due' && dated === 'event') return undefined;
    if (best === undefined && dated === 'due') return 'due';
    return best?.role;
  };
  const exact = new Map(phrases.map(({ role, phrases: list }) => [role, new Set(list.map((tokens) => tokens.join(' ')))]));
  const isExactly = (header: string, role: ColumnRole): boolean => {
    const trimmed = header.trim();
    return exact.get(role)?.has(trimmed === '#' ? '#' : wordingKey(trimmed)) ?? false;
  };
  const words = { roleOf, isExactly };
  cache.set(profile, words);
  return words;
}

/** "Who?", "What?", "When?", "How?" name columns only on their own: "What it means" is no item. */
const QUESTION_WORDS = new Set(['who', 'what', 'when', 'how']);

/**
 * Dated columns that are not when the action is due: read as no role, so "Date raised" or
 * "Date completed" never stands in for the target date.
 */
const OTHER_DATES: readonly string[][] = [
  'date raised', 'raised date', 'date agreed', 'agreed date', 'meeting date', 'date of meeting', 'date completed',
  'completed date', 'date closed', 'closed date', 'actual completion date', 'actual date', 'review date',
  'date of review', 'date reviewed', 'last reviewed', 'next review', 'date added', 'date identified', 'date opened',
  'date reported', 'date updated', 'last updated', 'date of last update', 'start date', 'date started',
  'report date', 'date of report', 'inspection date', 'date of inspection', 'date received', 'date issued',
].map((phrase) => phrase.split(' '));

/** "Progress to date" is progress: "to date" means "so far", not a date. */
function withoutToDate(tokens: string[]): string[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i] === 'to' && tokens[i + 1] === 'date') return [...tokens.slice(0, i), ...tokens.slice(i + 2)];
  }
  return tokens;
}

/** A due column that holds a revised date ("Revised target date", "New date"), preferred over the original. */
export function isRevisedDate(header: string): boolean {
  return /\b(?:revised|new|latest|updated|amended|rescheduled|forecast|re-?profiled)\b/i.test(header);
}

function outranks(a: ColumnRole, b: ColumnRole): boolean {
  return ROLE_PRIORITY.indexOf(a) < ROLE_PRIORITY.indexOf(b);
}

function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  outer: for (let start = 0; start + run.length <= tokens.length; start++) {
    for (let k = 0; k < run.length; k++) if (tokens[start + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}
