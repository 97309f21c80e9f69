import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readWorkbookFile } from '../src/hosts/file/read-workbook-file.js';
import { writeTrackerFile } from './make-tracker.js';
import { runEngine } from './sections/engine.js';
import { formatMs } from './timing.js';

/**
 * For a CPU profile of the engine alone at one size:
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-engine.ts [rows] [runs]
 *   node --import tsx bench/cpuprofile-summary.ts /tmp/prof/<file>.cpuprofile
 * The tracker is built and read first; the engine then runs `runs` times, so it dominates the profile.
 */
const rows = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 10);

const dir = await mkdtemp(join(tmpdir(), 'tracker-check-profile-'));
try {
  const path = join(dir, `tracker-${rows}.xlsx`);
  await writeTrackerFile(path, { rows });
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(read.message);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    runEngine(read.workbook);
    process.stderr.write(`engine run ${i + 1}: ${formatMs(performance.now() - start)}\n`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
