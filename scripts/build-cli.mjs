// Compiles the command line (src/cli/main.ts and what it imports) into dist-cli/ with esbuild, so
// `tracker-check` starts as plain JavaScript with no TypeScript compiler at run time. `npm ci` runs
// it (the `prepare` script); so do `npm run build:cli`, the CLI tests and the bench.
// Packages stay in node_modules; the profile loader (zod) and the copy writer are chunks of their
// own, loaded only when --profile or --out asks for them.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT_DIR = path.join(root, 'dist-cli');
export const CLI_ENTRY = path.join(CLI_OUT_DIR, 'main.js');

export async function buildCli() {
  await rm(CLI_OUT_DIR, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outdir: CLI_OUT_DIR,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
  return CLI_ENTRY;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
