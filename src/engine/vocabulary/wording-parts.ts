import type { BragCategory } from '../profile/brag.js';

/**
 * Rates a wording the exact list does not hold, by its parts. The input is a wordingKey
 * ("complete blue", "amber green", "closed superseded by action 2 4"). In this order:
 * 1. a colour word as a whole word, the first named winning ("Amber/Green" is amber);
 * 2. a cell of BRAG letters only ("A/G", "R"), the first winning;
 * 3. negative and slippage phrases ("not on track", "significant slippage"), which must never
 *    be read as their positive words;
 * 4. achievement scales ("partially achieved", "fully implemented");
 * 5. a leading wording from the vocabulary followed by a note ("Closed – superseded by 2.4").
 */
export function rateByParts(key: string, leadingCategory: (tokens: readonly string[]) => BragCategory | undefined): BragCategory | undefined {
  const tokens = key.split(' ').filter((token) => token !== '');
  if (tokens.length === 0) return undefined;
  for (const token of tokens) {
    const colour = COLOUR_WORDS.get(token);
    if (colour) return colour;
  }
  if (tokens.every((token) => LETTERS.has(token))) return LETTERS.get(tokens[0] ?? '');
  for (const [phrase, category] of PHRASES) if (containsRun(tokens, phrase)) return category;
  return leadingCategory(tokens);
}

/** The category of the first colour word among the tokens ("amber" in "amber on track"). */
export function colourOf(tokens: readonly string[]): BragCategory | undefined {
  for (const token of tokens) {
    const colour = COLOUR_WORDS.get(token);
    if (colour) return colour;
  }
  return undefined;
}

const COLOUR_WORDS: ReadonlyMap<string, BragCategory> = new Map([
  ['blue', 'blue'],
  ['green', 'green'],
  ['amber', 'amber'],
  ['yellow', 'amber'],
  ['orange', 'amber'],
  ['red', 'red'],
]);

const LETTERS: ReadonlyMap<string, BragCategory> = new Map([
  ['b', 'blue'],
  ['g', 'green'],
  ['a', 'amber'],
  ['y', 'amber'],
  ['r', 'red'],
]);

/** Negatives first: "not achieved" holds "achieved", "not yet started" holds "started". */
const PHRASES: ReadonlyArray<readonly [readonly string[], BragCategory]> = [
  ...[
    'not on track', 'not on target', 'not started', 'not yet started', 'not in progress', 'not achieved',
    'not implemented', 'not met', 'not completed', 'not complete', 'not delivered', 'off track', 'off target',
    'significant slippage', 'major slippage', 'serious slippage', 'significantly delayed', 'behind schedule',
    'overdue',
  ].map((phrase) => [phrase.split(' '), 'red' as const] as const),
  ...[
    'not yet due', 'on track', 'on target', 'on schedule',
  ].map((phrase) => [phrase.split(' '), 'green' as const] as const),
  ...[
    'partially achieved', 'partially implemented', 'partially met', 'partially complete', 'partially completed',
    'partly achieved', 'partly implemented', 'minor slippage', 'slight slippage', 'some slippage', 'some delays',
    'slipped', 'slippage', 'slipping', 'delayed', 'at risk',
  ].map((phrase) => [phrase.split(' '), 'amber' as const] as const),
  ...[
    'fully achieved', 'fully implemented', 'fully complete', 'fully completed', 'achieved fully', 'implemented fully',
  ].map((phrase) => [phrase.split(' '), 'blue' as const] as const),
];

function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  outer: for (let start = 0; start + run.length <= tokens.length; start++) {
    for (let k = 0; k < run.length; k++) if (tokens[start + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}
