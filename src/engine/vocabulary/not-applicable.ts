import { wordingKey } from './normalise.js';

/**
 * Wordings that take an item out of the count rather than rate it: the action no longer applies
 * or was withdrawn. Such an item is unrated, and no problem: nothing is due, missing or late.
 */
const NOT_APPLICABLE = new Set(
  ['N/A', 'NA', 'Not applicable', 'No longer applicable', 'Withdrawn', 'No longer required', 'No longer relevant', 'Not relevant'].map(wordingKey),
);

export function isNotApplicable(text: string): boolean {
  return NOT_APPLICABLE.has(wordingKey(text));
}
