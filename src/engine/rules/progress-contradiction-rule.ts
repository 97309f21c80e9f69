import { cellAddress } from '../grid/a1.js';
import type { Finding } from '../issues/issue-codes.js';
import type { BragCategory } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { phraseWords, wordsOf, type Word } from '../text/phrase-find.js';
import type { Rule } from './rule.js';

/** How far before or after a phrase a cancelling word may stand ("no further delays", "delays now resolved"). */
const WINDOW = 3;
/** A quoted passage is cut to this many words either side of the phrase. */
const QUOTE_WORDS = 6;

/**
 * `status-contradicts-progress`: a green or blue status whose update says the action has slipped
 * (is delayed, paused, not started, awaiting something), or a red one whose update says it is
 * complete. The phrases are the profile's; a phrase just after "no", "not", "without" (or any
 * "n't"), a slip just before "resolved", and an update that says it is back on track do not count.
 */
export const checkProgressContradictions: Rule = ({ layout, records, ratings, profile }) => {
  const status = layout.ratedColumns[0];
  if (status === undefined || layout.columns.progress === undefined) return [];
  const words = compiled(profile);
  const findings: Finding[] = [];
  records.forEach((record, index) => {
    const rating = ratings[index]?.[0];
    if (rating === undefined || rating === 'unrated' || rating === 'amber' || record.progress === '') return;
    const says = rating === 'red' ? 'completed' : 'slipped';
    const quote = contradiction(record.progress, says, words);
    if (quote === undefined) return;
    findings.push({
      code: 'status-contradicts-progress',
      sheet: layout.sheet,
      row: record.row,
      cell: cellAddress(status, record.row),
      ...(record.id !== undefined && { itemId: record.id }),
      params: { category: rating as BragCategory, status: record.ratingTexts[0] ?? '', words: quote, says },
    });
  });
  return findings;
};

/**
 * Phrases indexed by their first word, longest first, so an update is read once, word by word;
 * `mentions` tells quickly whether an update holds any of them at all (most hold none).
 */
interface PhraseIndex {
  byFirst: Map<string, string[][]>;
  mentions: (text: string) => boolean;
}

interface Compiled {
  slipped: PhraseIndex;
  completed: PhraseIndex;
  negations: Set<string>;
  resolutions: Set<string>;
  recovered: PhraseIndex;
}

const cache = new WeakMap<Profile['progressWords'], Compiled>();

function compiled(profile: Profile): Compiled {
  const source = profile.progressWords;
  let found = cache.get(source);
  if (found === undefined) {
    found = {
      slipped: indexed(source.slipped),
      completed: indexed(source.completed),
      negations: new Set(source.negations.flatMap(phraseWords)),
      resolutions: new Set(source.resolutions.flatMap(phraseWords)),
      recovered: indexed(source.recovered),
    };
    cache.set(source, found);
  }
  return found;
}

function indexed(list: readonly string[]): PhraseIndex {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of list.map(phraseWords).filter((p) => p.length > 0).sort((a, b) => b.length - a.length)) {
    const first = phrase[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  // One plain alternation, no look-arounds and no Unicode mode: the quickest scan V8 has. It may let
  // through a phrase inside a longer word; the word-by-word reading after it decides.
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
  const alternatives = [...byFirst.values()].flat().map((phrase) => phrase.map(escape).join('\\W+'));
  const pattern = alternatives.length === 0 ? /(?!)/ : new RegExp(alternatives.join('|'), 'i');
  const mentions = (text: string): boolean => pattern.test(text);
  return { byFirst, mentions };
}

/** The phrase of the index that starts at word `at`, if any. */
function phraseStartingAt(list: readonly Word[], at: number, index: PhraseIndex): string[] | undefined {
  return index.byFirst.get(list[at]?.word ?? '')?.find((phrase) => phrase.every((p, k) => list[at + k]?.word === p));
}

/** The passage of the update that says it, as written, or undefined when nothing does. */
function contradiction(text: string, says: 'slipped' | 'completed', words: Compiled): string | undefined {
  const phrases = says === 'slipped' ? words.slipped : words.completed;
  if (!phrases.mentions(text)) return undefined;
  const list = wordsOf(text);
  if (says === 'slipped' && list.some((_, at) => phraseStartingAt(list, at, words.recovered) !== undefined)) return undefined;
  for (let at = 0; at < list.length; at += 1) {
    const phrase = phraseStartingAt(list, at, phrases);
    if (phrase === undefined || negated(list, at, words.negations)) continue;
    if (says === 'slipped' && resolved(list, at + phrase.length, words.resolutions)) continue;
    return quoteOf(text, list, at, at + phrase.length);
  }
  return undefined;
}

function negated(list: readonly Word[], at: number, negations: Set<string>): boolean {
  for (let i = Math.max(0, at - WINDOW); i < at; i += 1) {
    const word = list[i]?.word ?? '';
    if (negations.has(word) || word.endsWith("n't")) return true;
  }
  return false;
}

function resolved(list: readonly Word[], after: number, resolutions: Set<string>): boolean {
  for (let i = after; i < Math.min(list.length, after + WINDOW); i += 1) if (resolutions.has(list[i]?.word ?? '')) return true;
  return false;
}

/** The words around the phrase, within its sentence, cut with "…" where the sentence goes on. */
function quoteOf(text: string, list: readonly Word[], first: number, end: number): string {
  const sentenceStart = Math.max(text.lastIndexOf('.', list[first]!.start), text.lastIndexOf(';', list[first]!.start), text.lastIndexOf('\n', list[first]!.start));
  const lastEnd = list[end - 1]!.end;
  const breaks = ['.', ';', '\n'].map((c) => text.indexOf(c, lastEnd)).filter((i) => i >= 0);
  const sentenceEnd = breaks.length > 0 ? Math.min(...breaks) : text.length;
  const from = list.findIndex((w, i) => i >= first - QUOTE_WORDS && w.start > sentenceStart);
  let to = end - 1;
  for (let i = end; i < Math.min(list.length, end + QUOTE_WORDS) && list[i]!.end <= sentenceEnd; i += 1) to = i;
  const start = list[Math.min(from, first)]!.start;
  const stop = list[to]!.end;
  const cutBefore = start > sentenceStart + 1 && text.slice(sentenceStart + 1, start).trim() !== '';
  const cutAfter = text.slice(stop, sentenceEnd).trim() !== '';
  return `${cutBefore ? '…' : ''}${text.slice(start, stop).replace(/\s+/g, ' ')}${cutAfter ? '…' : ''}`;
}
