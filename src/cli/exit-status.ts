import type { CliIo } from './run-cli.js';

/** Exit statuses: 0 no error found, 1 errors found, 2 an input, the arguments or a copy could not be used. A batch exits with its worst. */
export const EXIT_CLEAN = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNUSABLE = 2;

/** One plain line on stderr, and the exit status for an input, argument or copy that could not be used. */
export function fail(io: CliIo, message: string): number {
  io.stderr(`tracker-check: ${message}\n`);
  return EXIT_UNUSABLE;
}
