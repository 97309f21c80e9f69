import { performance } from 'node:perf_hooks';
import { removeTemporaryFilesOnExit } from './exit-cleanup.js';
import { firstLine } from './plain-error.js';
import { runCli } from './run-cli.js';
import { visible } from './visible-text.js';

// Anything unexpected still ends as one plain line and exit 2, never a stack trace: a rejected
// run, an error thrown from a callback, a stream's error event.
function unexpected(error: unknown): void {
  process.stderr.write(`${visible(`tracker-check: unexpected failure: ${firstLine(error)}`)}\n`);
  process.exit(2);
}
process.on('uncaughtException', unexpected);
process.on('unhandledRejection', unexpected);
removeTemporaryFilesOnExit();
// A reader that stops early (`tracker-check … | head`) is not a failure of the check.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  unexpected(error);
});

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  clock: () => performance.now(),
  stderrIsTerminal: process.stderr.isTTY === true,
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch(unexpected);
