import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile } from '../src/hosts/file/read-workbook-file.js';
import { writeTrackerFile } from './make-tracker.js';
import { runEngine } from './sections/engine.js';

/**
 * A digest of the engine's JSON report on the bench trackers, to show that a performance change
 * altered no finding: run it before and after, and the lines must match.
 *   node --import tsx bench/report-digest.ts [rows…]
 */
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1_000, 10_000, 100_000];
const dir = await mkdtemp(join(tmpdir(), 'tracker-check-digest-'));
try {
  for (const rows of sizes) {
    const path = join(dir, `tracker-${rows}.xlsx`);
    await writeTrackerFile(path, { rows });
    const read = await readWorkbookFile(path);
    if (!read.ok) throw new Error(read.message);
    const json = JSON.stringify(runEngine(read.workbook));
    const issues = (JSON.parse(json) as { issueCounts: Record<string, number> }).issueCounts;
    console.log(`${rows} rows: ${createHash('sha256').update(json).digest('hex').slice(0, 16)} ${JSON.stringify(issues)}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
