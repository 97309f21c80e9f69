import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { certainFixes } from '../../../src/engine/edits/fix-plan.js';
import { cellAddress, parseCellAddress } from '../../../src/engine/grid/a1.js';
import { DEFAULT_PROFILE } from '../../../src/engine/profile/default-profile.js';
import type { Profile } from '../../../src/engine/profile/profile-schema.js';
import { OfficeTrackerHost, type ValidateOutcome } from '../../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, fakeWorkbook, inspect, type WorkbookModel } from '../../support/fake-excel/index.js';
import { shownFormats } from '../../support/fake-excel/shown-format.js';
import { fakeFromXlsx } from '../../support/fake-from-xlsx.js';
import { realisticFixtures } from '../../support/fixture-truth.js';
import { EXCEL_WITH_MERGES } from '../../support/host-parity.js';

/**
 * The live colouring asked the way an officer sees it: which fill each rated cell SHOWS once
 * Excel has evaluated the conditional formats (HyperFormula in the in-memory Excel), not what the
 * rules' text says. A cell rated by words or the key shows its category's colour; a cell rated by
 * its fill alone keeps the officer's fill; a status in no list shows the unrated grey.
 */
const NOW = () => new Date('2026-11-23T12:00:00Z');

async function validated(model: WorkbookModel, profile: Profile = DEFAULT_PROFILE): Promise<ValidateOutcome> {
  const excel = createFakeExcel(model, { excelApi: '1.13' });
  return new OfficeTrackerHost(excel.run, NOW, profile, EXCEL_WITH_MERGES).validate();
}

/** Every rated cell whose shown fill is not what the engine's rating calls for. */
function wrongColours(model: WorkbookModel, outcome: ValidateOutcome, profile: Profile = DEFAULT_PROFILE): string[] {
  const shown = shownFormats(model);
  const wrong: string[] = [];
  for (const tracker of outcome.analysis.trackers) {
    const { layout, records, cellRatings } = tracker.context;
    const colourOnly = (c: number) => cellRatings.some((row) => row[c]?.source === 'colour');
    records.forEach((record, r) => {
      layout.ratedColumns.forEach((column, c) => {
        const rating = cellRatings[r]?.[c];
        if (!rating) return;
        const address = cellAddress(column, record.row);
        const own = model.sheet(layout.sheet).cell(record.row - 1, column)?.fill ?? null;
        // A column rated by fills alone never has its empty cells painted, so they keep the officer's fill.
        const keepsOwn = rating.source === 'colour' || (rating.source === 'none' && record.ratingTexts[c] === '' && colourOnly(c));
        const want = keepsOwn ? own : rating.rating === 'unrated' ? profile.palette.unrated.fill : profile.palette[rating.rating].fill;
        const got = shown.at(layout.sheet, address).fill;
        if (got?.toUpperCase() !== want?.toUpperCase()) wrong.push(`${layout.sheet}!${address} shows ${got} for ${rating.rating} by ${rating.source}`);
      });
    });
  }
  return wrong;
}

const TRACKER_HEADER = ['Action', 'Lead', 'Progress', 'Status'];

describe('the status colouring Excel shows', () => {
  it('colours every rated cell of the DfE sample in its category, a second Validate leaving one set', async () => {
    const model = await fakeFromXlsx('tests/fixtures/dfe-commissioner-recommendations.xlsx');
    await validated(model);
    const outcome = await validated(model);
    expect(wrongColours(model, outcome)).toStrictEqual([]);
    expect(inspect(model).conditionalFormats('Recommendations')).toHaveLength(5);
  });

  it('reads a status with the no-break space of text pasted from Word as the engine does', async () => {
    const model = fakeWorkbook({
      sheets: [{ name: 'Actions', rows: [TRACKER_HEADER, ['1. Audit', 'Ann Lee', 'Done', 'Completed\u00A0'], ['2. Plan', 'Ann Lee', 'Begun', '\u00A0On track']] }],
    });
    const outcome = await validated(model);
    expect(outcome.report.trackers[0]?.statusCounts).toMatchObject({ blue: 1, green: 1 });
    expect(wrongColours(model, outcome)).toStrictEqual([]);
  });

  it('colours a wording typed after Validate, and greys a status it does not know', async () => {
    const model = fakeWorkbook({
      sheets: [{ name: 'Actions', rows: [TRACKER_HEADER, ['1. Audit', 'Ann Lee', 'Done', 'Completed'], ['2. Plan', 'Ann Lee', 'Begun', 'On track']] }],
    });
    await validated(model);
    model.sheet('Actions').ensure(2, 3).value = 'not started';
    model.sheet('Actions').ensure(3, 0).value = '3. Review';
    model.sheet('Actions').ensure(3, 1).value = 'Ann Lee';
    model.sheet('Actions').ensure(3, 3).value = 'Wibble';
    const shown = shownFormats(model);
    expect(shown.at('Actions', 'D3').fill).toBe(DEFAULT_PROFILE.palette.red.fill);
    expect(shown.at('Actions', 'D4').fill).toBe(DEFAULT_PROFILE.palette.unrated.fill);
  });

  it('keeps every formula within Excel\'s 8,192 characters with a 500-wording profile, and colours by it', async () => {
    const wordings = Array.from({ length: 500 }, (_, i) => `Signed off by the board, stage ${i + 1}`);
    const profile: Profile = { ...DEFAULT_PROFILE, categories: { ...DEFAULT_PROFILE.categories, blue: { ...DEFAULT_PROFILE.categories.blue, wordings } } };
    const model = fakeWorkbook({
      sheets: [{ name: 'Actions', rows: [TRACKER_HEADER, ['1. Audit', 'Ann Lee', 'Done', wordings[499] ?? ''], ['2. Plan', 'Ann Lee', 'Begun', 'On track']] }],
    });
    const outcome = await validated(model, profile);
    const formulas = JSON.stringify(inspect(model).conditionalFormats('Actions')).match(/=[^"]*/g) ?? [];
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) expect(formula.length).toBeLessThanOrEqual(8192);
    expect(wrongColours(model, outcome, profile)).toStrictEqual([]);
  });

  it('leaves an officer\'s own conditional format on the status column', async () => {
    const model = fakeWorkbook({
      sheets: [
        {
          name: 'Actions',
          rows: [TRACKER_HEADER, ['1. Audit', 'Ann Lee', 'Done', 'Completed']],
          conditionalFormats: [{ range: 'D2:D20', formula: '=LEN($D2)>20', fill: '#7030A0' }],
        },
      ],
    });
    await validated(model);
    await validated(model);
    const formats = inspect(model).conditionalFormats('Actions');
    expect(formats).toHaveLength(6);
    expect(JSON.stringify(formats)).toContain('#7030A0');
  });

  const fixtures = realisticFixtures(fileURLToPath(new URL('../../fixtures/', import.meta.url)));
  it.each(fixtures.map((f) => [f.name, f] as const))('shows the engine\'s category on every rated cell of %s', async (_name, fixture) => {
    const model = await fakeFromXlsx(fixture.path);
    const outcome = await validated(model);
    expect(wrongColours(model, outcome)).toStrictEqual([]);
  });
});

describe('a status shown only by its fill', () => {
  it('counts by colour, gives one status-colour-only per cell, and its fix writes the word, keeps the fill and reverts', async () => {
    const model = await fakeFromXlsx('tests/fixtures/statuses/fill-only-theme-colours.xlsx');
    const excel = createFakeExcel(model, { excelApi: '1.13' });
    const host = new OfficeTrackerHost(excel.run, NOW, DEFAULT_PROFILE, EXCEL_WITH_MERGES);
    const outcome = await host.validate();
    const [tracker] = outcome.report.trackers;
    expect(tracker?.statusCounts).toStrictEqual({ blue: 4, green: 5, amber: 3, red: 2, unrated: 1 });
    const colourOnly = tracker?.issues.filter((i) => i.code === 'status-colour-only') ?? [];
    expect(colourOnly).toHaveLength(14);
    expect(new Set(colourOnly.map((i) => i.cell)).size).toBe(14);

    const fix = certainFixes(outcome.analysis).find((f) => f.issue.code === 'status-colour-only');
    if (!fix) throw new Error('no colour-only fix');
    const at = parseCellAddress(fix.edit.cell);
    if (!at) throw new Error(fix.edit.cell);
    const cell = () => model.sheet(fix.edit.sheet).cell(at.row - 1, at.column);
    const fill = cell()?.fill;
    expect(fill).toBeDefined();
    const { applied } = await host.applyEdits([fix.edit]);
    expect(cell()?.value).toBe(fix.edit.to);
    expect(cell()?.fill).toBe(fill);
    expect((await host.validate()).report.trackers[0]?.statusCounts).toStrictEqual(tracker?.statusCounts);
    await host.revert(applied);
    expect(cell()?.value ?? '').toBe('');
    expect(cell()?.fill).toBe(fill);
  });
});
