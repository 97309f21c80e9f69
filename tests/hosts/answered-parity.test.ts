import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import { parseOfficerReading } from '../../src/engine/reading/officer-reading.js';
import { OfficeTrackerHost } from '../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel } from '../support/fake-excel/index.js';
import { fakeFromXlsx } from '../support/fake-from-xlsx.js';
import { realisticFixtures } from '../support/fixture-truth.js';
import { bothHosts, EXCEL_WITH_MERGES, reportDifferences } from '../support/host-parity.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

/**
 * Answers kept in a workbook are read alike by both hosts: the answers saved in the add-in give
 * the figures the command line gives for the same answers, and a workbook holding them (the
 * --out copy written with --answers) gives identical reports from the add-in and tracker-check.
 */
const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const answered = realisticFixtures(root).filter((f) => f.name.startsWith('questions/') && f.truth.answers !== undefined);
const NOW = new Date('2026-12-08T12:00:00Z');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-answered-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a workbook answered in one host reads the same in the other', () => {
  it.each(answered.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const parsed = parseOfficerReading(fixture.truth.answers);
    if (!parsed.ok) throw new Error(parsed.message);
    const answers = join(dir, `${basename(fixture.path)}.answers.json`);
    await writeFile(answers, JSON.stringify(parsed.reading));
    const copy = join(dir, basename(fixture.path));
    expect((await runCliCaptured(fixture.path, '--answers', answers, '--out', copy)).stderr).toMatch(/wrote|replaced/);

    const { file, office } = await bothHosts(copy, NOW);
    expect(reportDifferences(file, office)).toStrictEqual([]);

    // Answered in the add-in itself, on the original workbook: the same figures and questions.
    const excel = createFakeExcel(await fakeFromXlsx(fixture.path), { excelApi: '1.13' });
    const host = new OfficeTrackerHost(excel.run, () => NOW, DEFAULT_PROFILE, EXCEL_WITH_MERGES);
    await host.saveReading(parsed.reading);
    const { report } = await host.validate();
    const figures = (r: typeof report) => r.trackers.map((t) => ({ sheet: t.sheet, counts: t.statusCounts, questions: t.questions.map((q) => q.id) }));
    expect(figures(report)).toStrictEqual(figures(file));
    expect(JSON.parse(await readFile(answers, 'utf8'))).toStrictEqual(parsed.reading);
  });
});
