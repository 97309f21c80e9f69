import { execFile } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { interleaved } from '../cli/interleaved.js';
import type { ProcessRun } from '../cli/run-process.js';
import { writeTrackerFile } from '../make-tracker.js';
import type { BenchContext, BenchSection } from '../section.js';
import { formatCount, formatTable } from '../table.js';
import { formatMs, summarise } from '../timing.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/tracker-check.js');
const FLOOR = join(ROOT, 'bench/cli/streaming-floor.mjs');
const SAMPLE = join(ROOT, 'tests/fixtures/dfe-commissioner-recommendations.xlsx');
const DEFAULT_SIZES = [50_000, 200_000];
const DEFAULT_REPETITIONS = 5;
const BATCH_FILES = 20;
const BATCH_ROWS = 1_000;

/**
 * Issue 20's targets, on CPU time (user + system of the whole process) and peak memory: the check at
 * most 0.6x a bare exceljs read and 4x the streaming floor; its peak memory at the largest size at
 * most 2.5x the floor's; a 24-row file at most 1.5x `node -e 0` + 150 ms; 20 files at most 3x one.
 */
const TARGET_OF_EXCELJS = 0.6;
const TARGET_OF_FLOOR = 4;
const TARGET_MEMORY_OF_FLOOR = 2.5;
const TARGET_START = { times: 1.5, plusMs: 150 };
const TARGET_BATCH = 3;

export const readerSection: BenchSection = {
  name: 'reader',
  title: 'Workbook reader: tracker-check --json beside a bare exceljs read and a minimal streaming read (the floor), whole processes',
  async run(context) {
    const repetitions = context.repetitions ?? DEFAULT_REPETITIONS;
    await promisify(execFile)(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
    const bare = join(context.tempDir, 'bare-exceljs-read.cjs');
    const exceljs = createRequire(import.meta.url).resolve('exceljs');
    await writeFile(bare, `const ExcelJS = require(${JSON.stringify(exceljs)});\nnew ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(() => {});\n`);

    context.print(`median of ${repetitions} runs of each after one warm-up, interleaved; CPU is user + system of the process, memory its max RSS`);
    const rows: string[][] = [];
    for (const size of context.sizes ?? DEFAULT_SIZES) {
      const path = join(context.tempDir, `reader-${size}.xlsx`);
      await writeTrackerFile(path, { rows: size });
      context.progress(`  built the ${formatCount(size)}-row tracker`);
      const runs = await interleaved({ floor: [FLOOR, path], exceljs: [bare, path], check: [BIN, '--json', path] }, repetitions, ROOT, context);
      const [floor, read, check] = [cpu(runs.floor), cpu(runs.exceljs), cpu(runs.check)];
      const memory = rss(runs.check) / rss(runs.floor);
      rows.push([
        formatCount(size),
        formatMs(floor), mb(runs.floor),
        formatMs(read), mb(runs.exceljs),
        formatMs(check), mb(runs.check),
        `${(check / read).toFixed(2)}x ${verdict(check / read <= TARGET_OF_EXCELJS)}`,
        `${(check / floor).toFixed(2)}x ${verdict(check / floor <= TARGET_OF_FLOOR)}`,
        `${memory.toFixed(2)}x ${verdict(memory <= TARGET_MEMORY_OF_FLOOR)}`,
      ]);
      warnFailures(context, runs, size);
    }
    context.print(
      formatTable(
        ['rows', 'floor CPU', 'RSS', 'bare exceljs CPU', 'RSS', 'check --json CPU', 'RSS', `check / exceljs (≤ ${TARGET_OF_EXCELJS}x)`, `check / floor (≤ ${TARGET_OF_FLOOR}x)`, `RSS / floor's (≤ ${TARGET_MEMORY_OF_FLOOR}x)`],
        rows,
      ),
    );
    await startAndBatch(context, repetitions);
  },
};

/** A 24-row file against `node -e 0`, and 20 files of 1,000 rows in one call against one. */
async function startAndBatch(context: BenchContext, repetitions: number): Promise<void> {
  const folder = join(context.tempDir, 'reader-batch');
  await mkdir(folder, { recursive: true });
  const one = join(folder, 'tracker-01.xlsx');
  await writeTrackerFile(one, { rows: BATCH_ROWS });
  for (let i = 2; i <= BATCH_FILES; i++) await copyFile(one, join(folder, `tracker-${String(i).padStart(2, '0')}.xlsx`));
  const runs = await interleaved({ node: ['-e', '0'], sample: [BIN, '--json', SAMPLE], one: [BIN, '--json', one], twenty: [BIN, '--json', folder] }, repetitions, ROOT, context);
  const node = cpu(runs.node);
  const sample = cpu(runs.sample);
  const startTarget = TARGET_START.times * node + TARGET_START.plusMs;
  const batch = cpu(runs.twenty) / cpu(runs.one);
  const wall = (list: readonly ProcessRun[]) => formatMs(summarise(list.map((r) => r.wallMs)).median);
  context.print();
  context.print(
    formatTable(
      ['process', 'CPU', 'wall', 'RSS', 'target (CPU)', 'met?'],
      [
        ['node -e 0', formatMs(node), wall(runs.node), mb(runs.node), '', ''],
        ['tracker-check --json, the 24-row sample', formatMs(sample), wall(runs.sample), mb(runs.sample), `≤ ${TARGET_START.times}x node + ${TARGET_START.plusMs} ms = ${formatMs(startTarget)}`, verdict(sample <= startTarget)],
        [`tracker-check --json, one file of ${formatCount(BATCH_ROWS)} rows`, formatMs(cpu(runs.one)), wall(runs.one), mb(runs.one), '', ''],
        [`tracker-check --json, ${BATCH_FILES} such files`, formatMs(cpu(runs.twenty)), wall(runs.twenty), mb(runs.twenty), `≤ ${TARGET_BATCH}x one: ${batch.toFixed(2)}x`, verdict(batch <= TARGET_BATCH)],
      ],
    ),
  );
  warnFailures(context, runs, BATCH_ROWS);
}

function cpu(runs: readonly ProcessRun[]): number {
  return summarise(runs.map((r) => r.cpuMs)).median;
}

function rss(runs: readonly ProcessRun[]): number {
  return Math.max(...runs.map((r) => r.maxRssKb));
}

function mb(runs: readonly ProcessRun[]): string {
  return `${(rss(runs) / 1024).toFixed(0)} MB`;
}

function verdict(yes: boolean): string {
  return yes ? 'met' : 'missed';
}

/** tracker-check exits 1 when the tracker has errors (the bench trackers have some); only 2 or worse is a failure. */
function warnFailures(context: BenchContext, runs: Record<string, readonly ProcessRun[]>, size: number): void {
  for (const [name, list] of Object.entries(runs)) {
    if (list.some((r) => r.code > 1)) context.print(`  ! ${name} at ${formatCount(size)} rows: a run exited with status ${Math.max(...list.map((r) => r.code))}`);
  }
}
