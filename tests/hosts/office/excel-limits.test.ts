// Issue 17, point 4: Excel's own limits, replayed in the in-memory Excel made strict on each as
// Microsoft documents it. Workbook structure protection is read before any sheet is added, and
// text the add-in writes is never taken for a formula.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/engine/profile/default-profile.js';
import { officerMessage } from '../../../src/hosts/office/officer-message.js';
import { OfficeTrackerHost } from '../../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, fakeWorkbook, inspect, type WorkbookModel } from '../../support/fake-excel/index.js';
import { EXCEL_WITH_MERGES } from '../../support/host-parity.js';

const NOW = () => new Date('2026-11-23T12:00:00Z');
const host = (model: WorkbookModel) => new OfficeTrackerHost(createFakeExcel(model, { excelApi: '1.13' }).run, NOW, DEFAULT_PROFILE, EXCEL_WITH_MERGES);
const tracker = (rows: string[][]) => fakeWorkbook({ sheets: [{ name: 'Actions', rows: [['Action', 'Lead', 'Progress', 'Status'], ...rows] }] });
const SIMPLE = [['1. Audit', 'Ann Lee', 'Done', 'Completed'], ['2. Plan', 'Ann Lee', 'Begun', 'On track']];

describe('workbook structure protection (Review > Protect Workbook)', () => {
  it('Validate on a workbook never coloured lists every finding and says why nothing is coloured, adding nothing', async () => {
    const model = tracker(SIMPLE);
    model.structureProtected = true;
    const outcome = await host(model).validate();
    expect(outcome.report.trackers[0]?.statusCounts).toMatchObject({ blue: 1, green: 1 });
    expect(outcome.accessMessage).toBe(
      "This workbook's structure is protected, so Tracker Check could not add the hidden sheet its colouring needs and coloured no status cells; every finding is listed. To colour them, turn off the workbook's protection (Review > Protect Workbook) and validate again.",
    );
    expect(inspect(model).sheetNames()).toEqual(['Actions']);
    expect(inspect(model).conditionalFormats('Actions')).toEqual([]);
    expect(model.names.size).toBe(0);
  });

  it('Validate on a workbook coloured before the protection recolours it', async () => {
    const model = tracker(SIMPLE);
    await host(model).validate();
    model.structureProtected = true;
    const outcome = await host(model).validate();
    expect(outcome.accessMessage).toBeUndefined();
    expect(inspect(model).conditionalFormats('Actions')).toHaveLength(5);
  });

  it('Build summary says so before writing anything', async () => {
    const model = tracker(SIMPLE);
    model.structureProtected = true;
    const failure = await host(model).buildSummary().then(() => undefined, (e: unknown) => e);
    expect(officerMessage(failure)).toBe(
      "This workbook's structure is protected, so Tracker Check wrote no summary sheet and changed nothing. To build the summary, turn off the workbook's protection (Review > Protect Workbook) and try again.",
    );
    expect(inspect(model).sheetNames()).toEqual(['Actions']);
  });
});

describe('text Excel could take for a formula', () => {
  /** A tracker whose texts begin "=", "+" and "-", typed as text (Excel's quote prefix). */
  function formulaLike(): WorkbookModel {
    const model = tracker([['x', 'Ann Lee', 'x', 'Completed'], ['x', 'Ann Lee', 'x', 'On track']]);
    const texts: [number, number, string][] = [[1, 0, '=Review the plan'], [1, 2, '+ half done'], [2, 0, '- Act on the audit'], [2, 2, '=A1']];
    for (const [r, c, text] of texts) model.sheet('Actions').ensure(r, c).value = text;
    return model;
  }

  it('stays text in the summary and the review kept, as written', async () => {
    const model = formulaLike();
    await host(model).buildSummary();
    const written = model.sheets.filter((sheet) => sheet.name !== 'Actions');
    const cells = written.flatMap((sheet) => [...sheet.cellsIn(sheet.usedRect(true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 })].map(([r, c, cell]) => ({ at: `${sheet.name}!R${r + 1}C${c + 1}`, cell })));
    expect(written.map((sheet) => sheet.name)).toContain('Tracker Check reviews');
    expect(cells.filter(({ cell }) => cell.formula !== undefined).map(({ at }) => at)).toEqual([]);
    expect(cells.map(({ cell }) => cell.value)).toEqual(expect.arrayContaining(['+ half done', '=A1']));
  });

  it('stays text when a fix writes it, and a revert puts the original back', async () => {
    const model = tracker(SIMPLE);
    const tc = host(model);
    const { applied } = await tc.applyEdits([{ sheet: 'Actions', cell: 'D3', from: 'On track', to: '=On track' }]);
    expect(model.sheet('Actions').cell(2, 3)).toMatchObject({ value: '=On track' });
    expect(model.sheet('Actions').cell(2, 3)?.formula).toBeUndefined();
    await tc.revert(applied);
    expect(model.sheet('Actions').cell(2, 3)?.value).toBe('On track');
  });
});
