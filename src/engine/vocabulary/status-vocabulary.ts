import { BRAG_CATEGORIES, type BragCategory } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { closestMatch } from '../text/closest-match.js';
import { rememberingWordingKey, wordingKey } from './normalise.js';

export interface StatusVocabulary {
  /** The category a status text means, or undefined when it is not in the vocabulary. */
  categoryOf(text: string): BragCategory | undefined;
  /** The nearest wording in the vocabulary, for a suggestion on an unknown status. */
  nearestWording(text: string): string | undefined;
}

const cache = new WeakMap<Profile, StatusVocabulary>();

/** A tracker's statuses are a few wordings over and over; this many covers any tracker's variety. */
const REMEMBERED_STATUS_TEXTS = 1024;

export function statusVocabulary(profile: Profile): StatusVocabulary {
  const cached = cache.get(profile);
  if (cached) return cached;
  const byKey = new Map<string, BragCategory>();
  const wordings: string[] = [];
  for (const category of BRAG_CATEGORIES) {
    const { wordings: list, canonical, label } = profile.categories[category];
    for (const wording of [...(canonical ? [canonical] : []), label, ...list]) {
      const key = wordingKey(wording);
      // The first category to claim a wording keeps it, so a profile cannot make it ambiguous.
      if (!byKey.has(key)) byKey.set(key, category);
      if (wording.length > 1) wordings.push(wording);
    }
  }
  const keyOf = rememberingWordingKey(REMEMBERED_STATUS_TEXTS);
  const vocabulary: StatusVocabulary = {
    categoryOf: (text) => byKey.get(keyOf(text)),
    nearestWording: (text) => closestMatch(text, wordings, wordingKey),
  };
  cache.set(profile, vocabulary);
  return vocabulary;
}
