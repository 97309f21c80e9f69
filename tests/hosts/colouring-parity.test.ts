// Issue 17: the colouring written by both hosts from one plan compares equal. Each fixture is
// validated in the in-memory Excel and copied with tracker-check --out (loaded back as Excel would
// hold it); Tracker Check's rules (place, formula, fill, font, stop-if-true, order) and its wording
// lists (names and values) must be the same in both.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOwnRule } from '../../src/engine/edits/ownership.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import { OfficeTrackerHost } from '../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, inspect, type WorkbookModel } from '../support/fake-excel/index.js';
import { fakeFromXlsx } from '../support/fake-from-xlsx.js';
import { realisticFixtures } from '../support/fixture-truth.js';
import { EXCEL_WITH_MERGES } from '../support/host-parity.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

const NOW = () => new Date('2026-11-23T12:00:00Z');
let dir = '';
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'colouring-parity-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Tracker Check's colouring in a workbook: its rules per sheet, in priority order, and its lists. */
function colouring(model: WorkbookModel) {
  const look = inspect(model);
  const rules = model.sheets.flatMap((sheet) =>
    look
      .conditionalFormats(sheet.name)
      .filter((cf) => isOwnRule(String((cf['rule'] as { formula?: string } | null)?.formula ?? '')))
      .map((cf) => ({ sheet: sheet.name, address: cf['address'], rule: cf['rule'], format: cf['format'], stopIfTrue: cf['stopIfTrue'] })),
  );
  const lists = [...model.names.values()]
    .filter((item) => /^TrackerCheck_\d+_\d+_/.test(item.name))
    .map((item) => {
      const values: unknown[] = [];
      for (let r = item.rect.r0; r <= item.rect.r1; r++) values.push(item.sheet.cell(r, item.rect.c0)?.value ?? '');
      return { name: item.name, sheet: item.sheet.name, values };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { rules, lists };
}

const fixtures = [
  'tests/fixtures/dfe-commissioner-recommendations.xlsx',
  ...realisticFixtures(fileURLToPath(new URL('../fixtures/', import.meta.url))).map((f) => f.path).filter((path) => path.endsWith('.xlsx')),
];

describe('the colouring both hosts write', () => {
  it.each(fixtures.map((path) => [basename(path), path] as const))('is the same in Excel and in the --out copy: %s', async (name, path) => {
    const inExcel = await fakeFromXlsx(path);
    await new OfficeTrackerHost(createFakeExcel(inExcel, { excelApi: '1.13' }).run, NOW, DEFAULT_PROFILE, EXCEL_WITH_MERGES).validate();
    const copy = join(dir, name);
    const run = await runCliCaptured(path, '--out', copy, '--as-at', '2026-11-23');
    expect(run.code).toBeLessThan(2);
    const excel = colouring(inExcel);
    expect(excel.rules.length).toBeGreaterThan(0);
    expect(colouring(await fakeFromXlsx(copy))).toStrictEqual(excel);
  });
});
