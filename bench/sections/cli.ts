import { execFile } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { interleaved } from '../cli/interleaved.js';
import { runNodeProcess, type ProcessRun } from '../cli/run-process.js';
import { writeTrackerFile } from '../make-tracker.js';
import type { BenchContext, BenchSection } from '../section.js';
import { formatCount, formatTable } from '../table.js';
import { formatMs, summarise } from '../timing.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(ROOT, 'tests/fixtures/dfe-commissioner-recommendations.xlsx');
const BIN = join(ROOT, 'bin/tracker-check.js');
const DEFAULT_REPETITIONS = 9;
const DEFAULT_SIZES = [10_000, 100_000];
const BATCH_FILES = 20;

/** Targets: the whole process at most 1.3x a bare exceljs read of the sample; 20 files at most 3x one. */
const TARGET_START_RATIO = 1.3;
const TARGET_BATCH_RATIO = 3;

export const cliSection: BenchSection = {
  name: 'cli',
  title: 'Command line: whole process (bin/tracker-check.js, compiled), start-up, 20 files in one call, peak memory',
  async run(context) {
    const repetitions = context.repetitions ?? DEFAULT_REPETITIONS;
    await promisify(execFile)(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
    context.progress('  built dist-cli/ from the source');

    const bare = join(context.tempDir, 'bare-exceljs-read.cjs');
    const exceljs = createRequire(import.meta.url).resolve('exceljs');
    await writeFile(bare, `const ExcelJS = require(${JSON.stringify(exceljs)});\nnew ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(() => {});\n`);
    const folder = join(context.tempDir, 'twenty');
    await mkdir(folder, { recursive: true });
    for (let i = 1; i <= BATCH_FILES; i++) await copyFile(SAMPLE, join(folder, `tracker-${String(i).padStart(2, '0')}.xlsx`));

    // Interleaved, so that load from other work on the machine falls on every command alike.
    const commands = {
      bare: [bare, SAMPLE],
      one: [BIN, SAMPLE],
      twenty: [BIN, folder],
    };
    const runs = await interleaved(commands, repetitions, ROOT, context);
    const bareWall = summarise(runs.bare.map((r) => r.wallMs)).median;
    const bareCpu = summarise(runs.bare.map((r) => r.cpuMs)).median;
    const oneWall = summarise(runs.one.map((r) => r.wallMs)).median;
    const oneCpu = summarise(runs.one.map((r) => r.cpuMs)).median;
    const twentyWall = summarise(runs.twenty.map((r) => r.wallMs)).median;
    const twentyCpu = summarise(runs.twenty.map((r) => r.cpuMs)).median;
    const startRatio = oneWall / bareWall;
    const batchRatio = twentyWall / oneWall;

    context.print(`the 24-row sample; median of ${repetitions} runs of each after one warm-up, interleaved; wall from spawn to exit, CPU user + system`);
    context.print(
      formatTable(
        ['process', 'wall', 'CPU', 'max RSS', 'ratio (wall)', 'ratio (CPU)', 'target (wall)', 'met?'],
        [
          ['bare exceljs read (require + readFile)', formatMs(bareWall), formatMs(bareCpu), mb(runs.bare), '', '', '', ''],
          ['tracker-check FILE', formatMs(oneWall), formatMs(oneCpu), mb(runs.one), `${startRatio.toFixed(2)}x`, `${(oneCpu / bareCpu).toFixed(2)}x`, `≤ ${TARGET_START_RATIO}x of bare`, met(startRatio <= TARGET_START_RATIO)],
          [`tracker-check FOLDER (${BATCH_FILES} files)`, formatMs(twentyWall), formatMs(twentyCpu), mb(runs.twenty), `${batchRatio.toFixed(2)}x`, `${(twentyCpu / oneCpu).toFixed(2)}x`, `≤ ${TARGET_BATCH_RATIO}x of one file`, met(batchRatio <= TARGET_BATCH_RATIO)],
        ],
      ),
    );
    const failed = Object.entries(runs).filter(([, list]) => list.some((r) => r.code !== 0));
    for (const [name] of failed) context.print(`  ! ${name}: a run exited with a status other than 0`);

    await memory(context, bare);
  },
};

/** Peak memory of one run at each size, with and without --out, beside the bare exceljs read of the same file. */
async function memory(context: BenchContext, bare: string): Promise<void> {
  const rows: string[][] = [];
  for (const size of context.sizes ?? DEFAULT_SIZES) {
    const path = join(context.tempDir, `tracker-${size}.xlsx`);
    await writeTrackerFile(path, { rows: size });
    const read = await runNodeProcess([bare, path], ROOT, context.tempDir);
    const check = await runNodeProcess([BIN, '--json', path], ROOT, context.tempDir);
    const copy = await runNodeProcess([BIN, path, '--out', join(context.tempDir, `checked-${size}.xlsx`)], ROOT, context.tempDir);
    context.progress(`  ${formatCount(size)} rows: ${formatMs(check.wallMs)}, with --out ${formatMs(copy.wallMs)}`);
    if (check.code > 1 || copy.code > 1) context.print(`  ! ${formatCount(size)} rows: exit ${check.code} checking, ${copy.code} with --out`);
    rows.push([formatCount(size), formatMs(read.wallMs), mb([read]), formatMs(check.wallMs), mb([check]), formatMs(copy.wallMs), mb([copy])]);
  }
  context.print();
  context.print('peak memory (max RSS) of one whole process on a bench tracker (bench/make-tracker.ts)');
  context.print(formatTable(['rows', 'bare exceljs read', 'max RSS', 'check --json', 'max RSS', 'check --out', 'max RSS'], rows));
}

function mb(runs: readonly ProcessRun[]): string {
  return `${(Math.max(...runs.map((r) => r.maxRssKb)) / 1024).toFixed(0)} MB`;
}

function met(yes: boolean): string {
  return yes ? 'met' : 'missed';
}
