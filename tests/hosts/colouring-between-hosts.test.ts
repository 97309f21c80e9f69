// Issue 17: two colleagues on one tracker in turn, one with the add-in and one with the command
// line. Each host recognises the other's colouring by what it is (engine/edits/ownership.ts) and
// replaces exactly that: one set of rules and one set of list names, whoever coloured last.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOwnRule } from '../../src/engine/edits/ownership.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import { OfficeTrackerHost } from '../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, inspect, type WorkbookModel } from '../support/fake-excel/index.js';
import { shownFormats } from '../support/fake-excel/shown-format.js';
import { fakeFromXlsx } from '../support/fake-from-xlsx.js';
import { EXCEL_WITH_MERGES } from '../support/host-parity.js';
import { runCliCaptured } from '../support/run-cli-captured.js';
import { xlsxFromFake } from '../support/xlsx-from-fake.js';

const SAMPLE = 'tests/fixtures/dfe-commissioner-recommendations.xlsx';
const NOW = () => new Date('2026-11-23T12:00:00Z');
const { palette } = DEFAULT_PROFILE;
let dir = '';
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'between-hosts-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function validateInExcel(model: WorkbookModel) {
  const excel = createFakeExcel(model, { excelApi: '1.13' });
  return new OfficeTrackerHost(excel.run, NOW, DEFAULT_PROFILE, EXCEL_WITH_MERGES).validate();
}

const ownRules = (model: WorkbookModel, sheet: string) =>
  inspect(model).conditionalFormats(sheet).filter((cf) => isOwnRule(String((cf['rule'] as { formula?: string } | null)?.formula ?? '')));

describe('a copy written by tracker-check --out, validated in Excel', () => {
  it('is recoloured cleanly: one set of rules, the lists rewritten, every status in its colour', async () => {
    const copy = join(dir, 'checked.xlsx');
    expect((await runCliCaptured(SAMPLE, '--out', copy)).code).toBe(0);
    const model = await fakeFromXlsx(copy);
    expect(ownRules(model, 'Recommendations')).toHaveLength(5);

    const outcome = await validateInExcel(model);
    expect(outcome.accessMessage).toBeUndefined();
    expect(ownRules(model, 'Recommendations')).toHaveLength(5);
    const shown = shownFormats(model);
    // D6 Completed, D7 in progress and on track, D25 the amber written differently ("In progress – some delays").
    expect([shown.at('Recommendations', 'D6').fill, shown.at('Recommendations', 'D7').fill, shown.at('Recommendations', 'D25').fill]).toEqual([
      palette.blue.fill, palette.green.fill, palette.amber.fill,
    ]);
    expect(model.sheets.filter((s) => s.name.startsWith('TrackerCheck lists'))).toHaveLength(1);
  });
});

describe('a workbook coloured in Excel, then written by tracker-check --out', () => {
  it('carries one set of rules and one of each list name, not two', async () => {
    const model = await fakeFromXlsx(SAMPLE);
    await validateInExcel(model);
    const saved = join(dir, 'coloured-in-excel.xlsx');
    await writeFile(saved, await xlsxFromFake(SAMPLE, model));
    const copy = join(dir, 'coloured-then-checked.xlsx');
    expect((await runCliCaptured(saved, '--out', copy)).code).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    const formats = (workbook.getWorksheet('Recommendations') as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    const rules = formats.flatMap((f) => f.rules).filter((rule) => isOwnRule(rule.formulae?.[0] ?? ''));
    expect(rules).toHaveLength(5);
    const names = workbook.definedNames.model.map((n) => n.name).filter((n) => n.startsWith('TrackerCheck_') && !n.startsWith('TrackerCheck_Summary'));
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  });
});
