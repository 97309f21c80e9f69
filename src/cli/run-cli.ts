import { EXIT_CLEAN } from './exit-status.js';
import { fail } from './fail.js';
import { helpText } from './help-text.js';
import { parseCliArgs } from './parse-args.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The day the check runs ("today" for due dates and the as-at fallback). */
  now: () => Date;
  /** Milliseconds on a steady clock, for the batch's progress line; none without it. */
  clock?: () => number;
  /** Whether a person is watching stderr: the batch's progress line is only for them. */
  stderrIsTerminal?: boolean;
}

/** Closes the line for arguments that cannot be used. */
export const ARGUMENTS_HINT = 'tracker-check --help lists the options';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) return fail(io, `${args.message} (${ARGUMENTS_HINT})`);
  if ('help' in args) {
    io.stdout(helpText());
    return EXIT_CLEAN;
  }
  // The engine and the reader load only now, so --help and a wrong argument answer at once.
  const { runChecks } = await import('./run-checks.js');
  return runChecks(args.options, io);
}
