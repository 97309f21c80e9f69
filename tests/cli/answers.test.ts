import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookReport } from '../../src/engine/report/workbook-report.js';
import { runCliCaptured as run } from '../support/run-cli-captured.js';

/** The Welsh tracker: three wordings no default list holds, answered as its truth answers them. */
const WELSH = 'tests/fixtures/questions/welsh-statuses.xlsx';

let dir: string;
let answers: string;
let truthCounts: unknown;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-answers-'));
  const truth = JSON.parse(await readFile('tests/fixtures/questions/welsh-statuses.truth.json', 'utf8')) as { answers: unknown; trackers: { statusCounts: unknown }[] };
  answers = join(dir, 'answers.json');
  await writeFile(answers, JSON.stringify(truth.answers));
  truthCounts = truth.trackers[0]?.statusCounts;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const json = (stdout: string) => JSON.parse(stdout) as WorkbookReport;

describe('--answers', () => {
  it('asks about the wordings it cannot rate, once each, and counts them unrated without answers', async () => {
    const report = json((await run(WELSH, '--json')).stdout);
    const tracker = report.trackers[0];
    expect(tracker?.questions.map((q) => [q.kind, q.written, q.chosen])).toStrictEqual([
      ['wording', 'Ar y trywydd iawn', null],
      ['wording', "Wedi'i gwblhau", null],
      ['wording', 'Oedi', null],
    ]);
    expect(tracker?.statusCounts.unrated).toBe(15);
  });

  it('counts as answered and asks nothing more', async () => {
    const report = json((await run(WELSH, '--json', '--answers', answers)).stdout);
    expect(report.trackers[0]?.statusCounts).toStrictEqual(truthCounts);
    expect(report.trackers[0]?.questions).toStrictEqual([]);
  });

  it('saves the answers in the --out copy, which checked again gives the answered figures', async () => {
    const copy = join(dir, 'answered.xlsx');
    const written = await run(WELSH, '--answers', answers, '--out', copy);
    expect(written.stderr).toContain('wrote');
    const again = json((await run(copy, '--json')).stdout);
    expect(again.trackers[0]?.statusCounts).toStrictEqual(truthCounts);
    expect(again.hidden).toStrictEqual([]); // the reading's very hidden sheet is Tracker Check's own, not listed
  });

  it('sets aside an answer that no longer fits the sheet, with a message, never a wrong figure', async () => {
    const stale = join(dir, 'stale.json');
    await writeFile(stale, JSON.stringify({ sheets: { 'Cynllun gweithredu': { columns: { status: 'Z' } }, 'Old sheet': { headerRow: 3 } } }));
    const report = json((await run(WELSH, '--json', '--answers', stale)).stdout);
    expect(report.setAside).toHaveLength(2);
    expect(report.trackers[0]?.columns.status).toBe('E');
  });

  it('refuses an answers file that is not one, in one line', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ sheets: { Plan: { wordings: { Done: 'purple' } } } }));
    const refused = await run(WELSH, '--answers', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('sheets.Plan.wordings.Done');
  });

  it('never writes the copy over the answers file', async () => {
    const refused = await run(WELSH, '--answers', answers, '--out', answers);
    expect(refused.code).toBe(2);
    expect(JSON.parse(await readFile(answers, 'utf8'))).toHaveProperty('sheets');
  });
});
