import { runCli } from './run-cli.js';

// Anything unexpected still ends as one plain line and exit 2, never a stack trace.
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`tracker-check: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 2;
  });
