import { BRAG_CATEGORIES, type BragCategory } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { closestMatch } from '../text/closest-match.js';
import { rememberingWordingKey, wordingKey } from './normalise.js';
import { colourOf, rateByParts } from './wording-parts.js';

export interface StatusVocabulary {
  /** The category a status text means, or undefined when neither the list nor its parts rate it. */
  categoryOf(text: string): BragCategory | undefined;
  /** The nearest wording in the vocabulary, for a suggestion on an unknown status. */
  nearestWording(text: string): string | undefined;
  /** Every wording that means each category, as the profile writes them. */
  wordings(category: BragCategory): readonly string[];
  /**
   * For a wording the list does not hold, rated by a colour word, the category its other words
   * mean where that differs ("Amber – on track": green; "Green – complete": blue), else undefined.
   */
  disagreeingPart(text: string): BragCategory | undefined;
}

const cache = new WeakMap<Profile, StatusVocabulary>();

/** A tracker's statuses are a few wordings over and over; this many covers any tracker's variety. */
const REMEMBERED_STATUS_TEXTS = 1024;

/**
 * The profile's wordings (the defaults, unless the profile replaced them): the exact list first,
 * for speed, then the wording's parts (wording-parts.ts).
 */
export function statusVocabulary(profile: Profile): StatusVocabulary {
  const cached = cache.get(profile);
  if (cached) return cached;
  const byKey = new Map<string, BragCategory>();
  const byCategory = new Map<BragCategory, string[]>();
  const allWordings: string[] = [];
  for (const category of BRAG_CATEGORIES) {
    const { wordings: list, canonical, label } = profile.categories[category];
    const own: string[] = [];
    for (const wording of [...(canonical ? [canonical] : []), label, ...list]) {
      const key = wordingKey(wording);
      // The first category to claim a wording keeps it, so a profile cannot make it ambiguous.
      if (byKey.has(key)) continue;
      byKey.set(key, category);
      own.push(wording);
      if (wording.length > 1) allWordings.push(wording);
    }
    byCategory.set(category, own);
  }
  const longestWording = Math.max(...[...byKey.keys()].map((key) => key.split(' ').length));
  const leadingCategory = (tokens: readonly string[]): BragCategory | undefined => {
    for (let length = Math.min(longestWording, tokens.length - 1); length >= 1; length--) {
      const category = byKey.get(tokens.slice(0, length).join(' '));
      if (category) return category;
    }
    return undefined;
  };
  const known = new Map<string, BragCategory | undefined>();
  const keyOf = rememberingWordingKey(REMEMBERED_STATUS_TEXTS);
  const categoryOf = (text: string): BragCategory | undefined => {
    const key = keyOf(text);
    const exact = byKey.get(key);
    if (exact !== undefined || key === '') return exact;
    if (known.has(key)) return known.get(key);
    const byParts = rateByParts(key, leadingCategory);
    if (known.size < REMEMBERED_STATUS_TEXTS) known.set(key, byParts);
    return byParts;
  };
  const disagreeingPart = (text: string): BragCategory | undefined => {
    const key = keyOf(text);
    if (byKey.has(key)) return undefined;
    const tokens = key.split(' ');
    const colour = colourOf(tokens);
    const rest = tokens.filter((token) => colourOf([token]) === undefined);
    if (colour === undefined || rest.length === 0) return undefined;
    const meaning = byKey.get(rest.join(' ')) ?? rateByParts(rest.join(' '), leadingCategory);
    return meaning !== undefined && meaning !== colour ? meaning : undefined;
  };
  const vocabulary: StatusVocabulary = {
    categoryOf,
    disagreeingPart,
    nearestWording: (text) => closestMatch(text, allWordings, wordingKey),
    wordings: (category) => byCategory.get(category) ?? [],
  };
  cache.set(profile, vocabulary);
  return vocabulary;
}
