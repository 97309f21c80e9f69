#!/usr/bin/env node
// The command line, compiled by esbuild into dist-cli/ (scripts/build-cli.mjs; `npm ci` runs it as
// `prepare`): plain JavaScript, no TypeScript compiler at run time.
import { existsSync } from 'node:fs';

const entry = new URL('../dist-cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('tracker-check: the command line is not built; run `npm run build:cli` (npm ci does it)\n');
  process.exitCode = 2;
} else {
  try {
    await import(entry.href);
  } catch (error) {
    // A failure while loading (a package missing from node_modules); the command's own are caught inside it.
    process.stderr.write(`tracker-check: ${String(error?.message ?? error).split('\n')[0]}\n`);
    process.exitCode = 2;
  }
}
