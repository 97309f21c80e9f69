import { EXIT_UNUSABLE } from './exit-status.js';
import type { CliIo } from './run-cli.js';
import { visible } from './visible-text.js';

/** One plain line on stderr, and the exit status for an input, argument or copy that could not be used. */
export function fail(io: CliIo, message: string): number {
  say(io, `tracker-check: ${message}`);
  return EXIT_UNUSABLE;
}

/** One stderr line, whatever file names or cell text it holds. */
export function say(io: CliIo, line: string): void {
  io.stderr(`${visible(line)}\n`);
}
