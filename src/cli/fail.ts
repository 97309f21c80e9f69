import { EXIT_UNUSABLE } from './exit-status.js';
import type { CliIo } from './run-cli.js';

/** One plain line on stderr, and the exit status for an input, argument or copy that could not be used. */
export function fail(io: CliIo, message: string): number {
  io.stderr(`tracker-check: ${message}\n`);
  return EXIT_UNUSABLE;
}
