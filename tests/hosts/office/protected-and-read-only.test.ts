// Issue 9, item 1: Validate, Build summary and fixes on a protected sheet or a read-only workbook,
// replayed in the in-memory Excel. Every finding is reported, nothing that may not change is
// touched, and one plain message says which sheet, why and what to do.
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../../src/hosts/file/read-workbook-file.js';
import { officerMessage } from '../../../src/hosts/office/officer-message.js';
import { OfficeTrackerHost } from '../../../src/hosts/office/office-tracker-host.js';
import { officeRequirements } from '../../../src/hosts/office/requirements.js';
import { fakeWorkbook, inspect, installFakeOffice, type InstalledFakeOffice, type WorkbookModel } from '../../support/fake-excel/index.js';
import { fakeFromGrid } from '../../support/fake-from-grid.js';

const NOW = () => new Date('2026-11-23T12:00:00Z');
const D25 = { sheet: 'Recommendations', cell: 'D25', from: 'In progress – some delays', to: 'In progress, some delays' };

let office: InstalledFakeOffice | undefined;
afterEach(() => office?.uninstall());

async function sample(): Promise<WorkbookModel> {
  const read = await readWorkbookFile('tests/fixtures/dfe-commissioner-recommendations.xlsx');
  if (!read.ok) throw new Error(read.message);
  return fakeFromGrid(read.workbook);
}

/** The host as the add-in runs it: office.js's globals (here the in-memory Excel) and its requirement check. */
function hostOn(model: WorkbookModel, excelApi = '1.13'): OfficeTrackerHost {
  office = installFakeOffice(globalThis, model, { excelApi });
  return new OfficeTrackerHost(office.run, NOW, undefined, officeRequirements);
}

function twoTrackers(): WorkbookModel {
  const rows = (n: number) => [['Action', 'Lead', 'Status'], ...Array.from({ length: n }, (_, i) => [`${i + 1}. Act`, 'Ann Lee', i % 2 ? 'Green' : 'Amber'])];
  return fakeWorkbook({ sheets: [{ name: 'Plan A', rows: rows(4) }, { name: 'Plan B', rows: rows(3), protected: true }] });
}

const error = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

describe('Validate on a protected sheet', () => {
  it('reports every finding, colours nothing there, and says which sheet, why and what to do', async () => {
    const model = await sample();
    model.sheet('Recommendations').protected = true;
    const outcome = await hostOn(model).validate();
    expect(outcome.report.trackers[0]?.statusCounts).toEqual({ blue: 5, green: 17, amber: 2, red: 0, unrated: 0 });
    expect(outcome.report.issueCounts).toEqual({ error: 0, warning: 3, info: 1 });
    expect(inspect(model).conditionalFormats('Recommendations')).toEqual([]);
    expect(outcome.accessMessage).toBe(
      "The sheet 'Recommendations' is protected, so Tracker Check did not colour its status cells; every finding is listed. To colour them, unprotect it (Review > Unprotect Sheet) and validate again.",
    );
  });

  it('still colours the sheets it may change', async () => {
    const model = twoTrackers();
    const outcome = await hostOn(model).validate();
    expect(outcome.report.trackers.map((t) => t.items)).toEqual([4, 3]);
    expect(inspect(model).conditionalFormats('Plan A')).toHaveLength(5);
    expect(inspect(model).conditionalFormats('Plan B')).toEqual([]);
    expect(outcome.accessMessage).toContain("The sheet 'Plan B' is protected");
  });

  it('reads the protection in the first sync, and takes no more syncs than on an open workbook', async () => {
    const open = hostOn(await sample());
    await open.validate();
    const openSyncs = office!.stats.syncCount;
    office!.uninstall();
    const model = await sample();
    model.sheet('Recommendations').protected = true;
    await hostOn(model).validate();
    expect(office!.stats.syncs[0]?.labels.join(' ')).toContain('items/protection/protected');
    expect(office!.stats.syncCount).toBe(openSyncs - 2); // none of the two colouring syncs
    expect(office!.stats.syncs.filter((s) => s.error !== undefined)).toEqual([]);
  });

  it('keeps the findings with a message when Excel refuses the colouring after all', async () => {
    const model = await sample();
    office = installFakeOffice(globalThis, model, { excelApi: '1.13' });
    // Protected between the read and the colouring: the host believes it may colour.
    const run = office.run;
    const host = new OfficeTrackerHost(
      (batch) =>
        run(async (context) => {
          const sync = context.sync.bind(context);
          let syncs = 0;
          context.sync = (<T>(value?: T) => {
            if (++syncs === 4) model.sheet('Recommendations').protected = true;
            return sync(value);
          }) as typeof context.sync;
          return batch(context);
        }),
      NOW,
      undefined,
      officeRequirements,
    );
    const outcome = await host.validate();
    expect(outcome.report.trackers[0]?.statusCounts.green).toBe(17);
    expect(outcome.accessMessage).toMatch(/^Tracker Check could not colour the status cells; every finding is listed\. Excel would not let Tracker Check change the workbook/);
  });
});

describe('a read-only workbook', () => {
  it('Validate reports every finding, colours nothing, and says so', async () => {
    const model = await sample();
    model.readOnly = true;
    const outcome = await hostOn(model).validate();
    expect(outcome.report.trackers[0]?.statusCounts.blue).toBe(5);
    expect(inspect(model).conditionalFormats('Recommendations')).toEqual([]);
    expect(outcome.accessMessage).toBe(
      'This workbook is open read-only, so Tracker Check coloured no status cells; every finding is listed. To colour them, open an editable copy (or ask the owner for edit access) and validate again.',
    );
  });

  it('is not asked about where Excel has no ExcelApi 1.8', async () => {
    const model = await sample();
    await hostOn(model, '1.7').validate().catch(() => undefined);
    expect(office!.stats.syncs[0]?.labels).toContain('Workbook.load(name)');
  });

  it('Build summary says so before writing anything', async () => {
    const model = await sample();
    model.readOnly = true;
    const failure = await error(hostOn(model).buildSummary());
    expect(officerMessage(failure)).toBe(
      'This workbook is open read-only, so Tracker Check wrote no summary sheet and changed nothing. To build the summary, open an editable copy (or ask the owner for edit access) and try again.',
    );
    expect(inspect(model).sheetNames()).toEqual(['Recommendations', 'Leads', 'Notes']);
    expect(office!.stats.syncs.flatMap((s) => s.labels).filter((l) => l.endsWith('=') || l.includes('.add'))).toEqual([]);
  });

  it('a fix is refused with the same kind of message, and nothing changes', async () => {
    const model = await sample();
    model.readOnly = true;
    const failure = await error(hostOn(model).applyEdits([D25]));
    expect(officerMessage(failure)).toBe(
      'This workbook is open read-only, so Tracker Check did not change cell D25; nothing was changed. To fix it, open an editable copy (or ask the owner for edit access) and try again.',
    );
    expect(inspect(model).value('Recommendations!D25')).toBe('In progress – some delays');
  });
});

describe('a fix on a protected sheet', () => {
  it('is refused before anything is written, naming the sheet and what to do', async () => {
    const model = await sample();
    model.sheet('Recommendations').protected = true;
    const failure = await error(hostOn(model).applyEdits([D25, { ...D25, cell: 'D26' }]));
    expect(officerMessage(failure)).toBe(
      "The sheet 'Recommendations' is protected, so Tracker Check did not change cells D25, D26; nothing was changed. To fix it, unprotect it (Review > Unprotect Sheet) and try again.",
    );
    expect(inspect(model).value('Recommendations!D25')).toBe('In progress – some delays');
    expect(office!.stats.syncs.filter((s) => s.error !== undefined)).toEqual([]);
  });
});
