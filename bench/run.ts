import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { adapterSection } from './sections/adapter.js';
import { cliSection } from './sections/cli.js';
import { engineSection } from './sections/engine.js';
import { paneSection } from './sections/pane.js';
import { readerSection } from './sections/reader.js';
import type { BenchContext, BenchSection } from './section.js';

/**
 * `npm run bench [-- --section=engine --sizes=1000,10000 --reps=3 --keep]`
 * Prints figures beside their targets; it does not assert. Add a section by writing a
 * BenchSection in bench/sections/ and listing it here.
 */
const SECTIONS: readonly BenchSection[] = [engineSection, readerSection, cliSection, adapterSection, paneSection];

async function main(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv);
  const chosen = options.sections === undefined ? SECTIONS : SECTIONS.filter((s) => options.sections!.includes(s.name));
  if (chosen.length === 0) throw new Error(`no such section; sections are: ${SECTIONS.map((s) => s.name).join(', ')}`);

  const tempDir = await mkdtemp(join(tmpdir(), 'tracker-check-bench-'));
  const context: BenchContext = {
    tempDir,
    sizes: options.sizes,
    repetitions: options.repetitions,
    print: (line = '') => process.stdout.write(`${line}\n`),
    progress: (line) => process.stderr.write(`${line}\n`),
  };
  context.print(`Tracker Check bench: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown cpu'})`);
  try {
    for (const section of chosen) {
      context.print();
      context.print(`== ${section.title}`);
      await section.run(context);
    }
  } finally {
    if (options.keep) context.progress(`files kept in ${tempDir}`);
    else await rm(tempDir, { recursive: true, force: true });
  }
}

interface Options {
  sections: string[] | undefined;
  sizes: number[] | undefined;
  repetitions: number | undefined;
  keep: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { sections: undefined, sizes: undefined, repetitions: undefined, keep: false };
  for (const arg of argv) {
    const [flag, value = ''] = arg.split('=', 2);
    if (flag === '--section') options.sections = value.split(',');
    else if (flag === '--sizes') options.sizes = value.split(',').map((n) => positive(n.replace(/[_,]/g, ''), arg));
    else if (flag === '--reps') options.repetitions = positive(value, arg);
    else if (flag === '--keep') options.keep = true;
    else throw new Error(`unknown argument ${arg}; use --section=engine --sizes=1000,10000 --reps=5 --keep`);
  }
  return options;
}

function positive(text: string, arg: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${arg}: expected a whole number above 0`);
  return n;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
