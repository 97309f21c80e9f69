// Issue 17: what Tracker Check owns in a workbook, told by what it is. Each replay is an officer's
// sequence in the in-memory Excel (strict where Excel is: a conditional format's id is its place,
// settings are per add-in) that left the colouring wrong before and leaves it right now.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/engine/profile/default-profile.js';
import { OfficeTrackerHost, type ValidateOutcome } from '../../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, fakeWorkbook, inspect, type FakeExcelOptions, type WorkbookModel } from '../../support/fake-excel/index.js';
import { shownFormats } from '../../support/fake-excel/shown-format.js';
import { EXCEL_WITH_MERGES } from '../../support/host-parity.js';

const NOW = () => new Date('2026-11-23T12:00:00Z');
const { palette } = DEFAULT_PROFILE;

function validate(model: WorkbookModel, options: FakeExcelOptions = {}): Promise<ValidateOutcome> {
  const excel = createFakeExcel(model, { excelApi: '1.13', ...options });
  return new OfficeTrackerHost(excel.run, NOW, DEFAULT_PROFILE, EXCEL_WITH_MERGES).validate();
}

const rows = (statuses: string[]) => [['Action', 'Lead', 'Status'], ...statuses.map((status, i) => [`${i + 1}. Act`, 'Ann Lee', status])];

function twoTrackers(): WorkbookModel {
  return fakeWorkbook({ sheets: [{ name: 'Plan A', rows: rows(['Green', 'Amber', 'Blue']) }, { name: 'Plan B', rows: rows(['Red', 'Green']) }] });
}

/** The fill each cell of column C shows, from row 2. */
function shownColumn(model: WorkbookModel, sheet: string, count: number): (string | null)[] {
  const shown = shownFormats(model);
  return Array.from({ length: count }, (_, i) => shown.at(sheet, `C${i + 2}`).fill);
}

const rulesOn = (model: WorkbookModel, sheet: string) => inspect(model).conditionalFormats(sheet);
const PLAN_A = [palette.green.fill, palette.amber.fill, palette.blue.fill];

describe('a protected sheet among coloured ones', () => {
  it('keeps its own colouring, and the others are recoloured', async () => {
    const model = twoTrackers();
    await validate(model);
    model.sheet('Plan B').protected = true;
    const outcome = await validate(model);
    expect(outcome.accessMessage).toBe(
      "The sheet 'Plan B' is protected, so Tracker Check did not colour its status cells; every finding is listed. To colour them, unprotect it (Review > Unprotect Sheet) and validate again.",
    );
    expect(rulesOn(model, 'Plan A')).toHaveLength(5);
    expect(shownColumn(model, 'Plan A', 3)).toEqual(PLAN_A);
    expect(rulesOn(model, 'Plan B')).toHaveLength(5);
    expect(shownColumn(model, 'Plan B', 2)).toEqual([palette.red.fill, palette.green.fill]);
  });
});

describe('a coloured sheet renamed or deleted', () => {
  it('is found again under its new name, with one set of rules', async () => {
    const model = twoTrackers();
    await validate(model);
    model.sheet('Plan A').name = 'Plan A 2025';
    const outcome = await validate(model);
    expect(outcome.accessMessage).toBeUndefined();
    expect(rulesOn(model, 'Plan A 2025')).toHaveLength(5);
    expect(shownColumn(model, 'Plan A 2025', 3)).toEqual(PLAN_A);
  });

  it('is forgotten once deleted, and the others are coloured as before', async () => {
    const model = twoTrackers();
    await validate(model);
    model.sheets.splice(model.sheets.indexOf(model.sheet('Plan A')), 1);
    const outcome = await validate(model);
    expect(outcome.accessMessage).toBeUndefined();
    expect(rulesOn(model, 'Plan B')).toHaveLength(5);
    expect(shownColumn(model, 'Plan B', 2)).toEqual([palette.red.fill, palette.green.fill]);
  });
});

describe("an officer's own rule added above Tracker Check's", () => {
  it('is kept when validating again, though every id has moved', async () => {
    const model = twoTrackers();
    await validate(model);
    const excel = createFakeExcel(model, { excelApi: '1.13' });
    await excel.run(async (context) => {
      const own = context.workbook.worksheets.getItem('Plan A').getRange('A2:A4').conditionalFormats.add('Custom');
      own.custom.rule.formula = '=LEN($A2)>40';
      own.custom.format.fill.color = '#7030A0';
      await context.sync();
    });
    await validate(model);
    const formulas = rulesOn(model, 'Plan A').map((cf) => (cf['rule'] as { formula: string }).formula);
    expect(formulas).toHaveLength(6);
    expect(formulas).toContain('=LEN($A2)>40');
    expect(shownColumn(model, 'Plan A', 3)).toEqual(PLAN_A);
  });
});

describe("an officer's own rule on the status cells", () => {
  // Chosen behaviour: Tracker Check's rules come first, and a BRAG match stops the rules below, so
  // an officer's rule shows only where Tracker Check has nothing to say: a cell no rule of its holds
  // for (a status cell of a row with no item, the rows kept for items added later).
  it('shows where Tracker Check has nothing to say, and yields to its colour elsewhere', async () => {
    const model = fakeWorkbook({
      sheets: [{ name: 'Plan A', rows: rows(['Green', 'Amber', 'Blue']), conditionalFormats: [{ range: 'C2:C20', formula: '=LEN($C2)=0', fill: '#7030A0' }] }],
    });
    await validate(model);
    const shown = shownFormats(model);
    expect(shownColumn(model, 'Plan A', 3)).toEqual(PLAN_A);
    expect(shown.at('Plan A', 'C10').fill).toBe('#7030A0');
  });
});

describe('a workbook coloured by another copy of the add-in', () => {
  it('is recoloured cleanly, though settings are per add-in', async () => {
    const model = twoTrackers();
    await validate(model, { addinId: 'tracker-check-test-deployment' });
    const outcome = await validate(model);
    expect(outcome.accessMessage).toBeUndefined();
    expect(rulesOn(model, 'Plan A')).toHaveLength(5);
    expect(shownColumn(model, 'Plan A', 3)).toEqual(PLAN_A);
  });
});

describe('white space the engine folds', () => {
  const spaced = ['On\ntrack', 'Completed\t', 'On\u00A0track', '\u202FSome delays', 'Not\r\nstarted', 'On \u2009 track'];
  it('colours each status as the pane counts it: line breaks, tabs and no-break spaces', async () => {
    const model = fakeWorkbook({ sheets: [{ name: 'Actions', rows: rows(spaced) }] });
    const outcome = await validate(model);
    expect(outcome.report.trackers[0]?.statusCounts).toMatchObject({ blue: 1, green: 3, amber: 1, red: 1, unrated: 0 });
    expect(shownColumn(model, 'Actions', spaced.length)).toEqual([
      palette.green.fill, palette.blue.fill, palette.green.fill, palette.amber.fill, palette.red.fill, palette.green.fill,
    ]);
  });

  it('uses UNICHAR, which means the same on Windows, Mac and the web, never CHAR', async () => {
    const model = fakeWorkbook({ sheets: [{ name: 'Actions', rows: rows(spaced) }] });
    await validate(model);
    const formulas = rulesOn(model, 'Actions').map((cf) => (cf['rule'] as { formula: string }).formula);
    for (const formula of formulas) {
      expect(formula).toContain('UNICHAR(160)');
      expect(formula).not.toMatch(/(?<!UNI)CHAR\(/);
    }
  });
});
