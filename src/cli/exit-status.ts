/**
 * The command's exit statuses, each with the words `--help` and the README give it. A batch exits
 * with the most serious of its files' statuses (2, then 3, then 1, then 0), so a script never
 * takes a file it could not read, or one with no tracker in it, for a clean pass.
 */
export const EXIT_CLEAN = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNUSABLE = 2;
export const EXIT_NO_TRACKER = 3;

/** By seriousness, not by number: 3 came after 2 was taken, yet a file that could not be read at all is the worse news. Most serious last. */
const SERIOUSNESS = [EXIT_CLEAN, EXIT_ERRORS_FOUND, EXIT_NO_TRACKER, EXIT_UNUSABLE];

export const EXIT_STATUSES: readonly { code: number; meaning: string }[] = [
  { code: EXIT_CLEAN, meaning: 'checked: no error-severity issue found (warnings and notes may be)' },
  { code: EXIT_ERRORS_FOUND, meaning: 'checked: at least one error-severity issue found' },
  { code: EXIT_UNUSABLE, meaning: 'an input could not be read, the arguments are wrong, or a copy could not be written' },
  { code: EXIT_NO_TRACKER, meaning: 'a file was read but holds no tracker, so nothing in it was checked' },
];

/** "2, then 3, then 1, then 0", for --help. */
export const SERIOUSNESS_WORDS = [...SERIOUSNESS].reverse().join(', then ');

/** The more serious of two exit statuses. */
export function worseExit(a: number, b: number): number {
  return SERIOUSNESS.indexOf(b) > SERIOUSNESS.indexOf(a) ? b : a;
}
