// Issue 16: the officer's answers kept in the workbook by the add-in, on the very hidden
// "Tracker Check reading" sheet, and read back by every later Validate.
import { afterEach, describe, expect, it } from 'vitest';
import { withAnswer } from '../../../src/engine/reading/answer-question.js';
import { READING_SHEET } from '../../../src/engine/reading/saved-reading.js';
import { officerMessage } from '../../../src/hosts/office/officer-message.js';
import { OfficeTrackerHost } from '../../../src/hosts/office/office-tracker-host.js';
import { officeRequirements } from '../../../src/hosts/office/requirements.js';
import { inspect, installFakeOffice, type InstalledFakeOffice, type WorkbookModel } from '../../support/fake-excel/index.js';
import { fakeFromXlsx } from '../../support/fake-from-xlsx.js';

const NOW = () => new Date('2026-11-23T12:00:00Z');
const FIXTURE = 'tests/fixtures/questions/one-unknown-wording.xlsx';
/** The truth's counts once "Transferred to BAU" is answered Completed (one-unknown-wording.truth.json). */
const ANSWERED = { blue: 4, green: 7, amber: 3, red: 2, unrated: 0 };

let office: InstalledFakeOffice | undefined;
afterEach(() => office?.uninstall());

function hostOn(model: WorkbookModel): { host: OfficeTrackerHost; office: InstalledFakeOffice } {
  office = installFakeOffice(globalThis, model, { excelApi: '1.13' });
  return { host: new OfficeTrackerHost(office.run, NOW, undefined, officeRequirements), office };
}

const error = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

describe('saveReading', () => {
  it('answers a question, keeps the answer on a very hidden sheet, and the next Validate counts with it', async () => {
    const model = await fakeFromXlsx(FIXTURE);
    const { host, office } = hostOn(model);
    const before = await host.validate();
    const [question] = before.report.trackers[0]?.questions ?? [];
    if (!question) throw new Error('the fixture asks nothing');
    expect(question.written).toBe('Transferred to BAU');

    const reading = withAnswer(before.analysis.reading, question, 'blue');
    const syncs = office.stats.syncCount;
    await host.saveReading(reading);
    expect(office.stats.syncCount - syncs).toBe(2);

    const sheet = model.sheet(READING_SHEET);
    expect(sheet.visibility).toBe('VeryHidden');
    expect(JSON.parse(String(inspect(model).value(`'${READING_SHEET}'!A1`)))).toEqual(reading);
    expect(inspect(model).numberFormat(`'${READING_SHEET}'!A1`)).toBe('@');

    const after = await host.validate();
    expect(after.report.trackers[0]?.statusCounts).toEqual(ANSWERED);
    expect(after.report.trackers[0]?.questions).toEqual([]);
    expect(after.analysis.reading).toEqual(reading);
    expect(after.analysis.asAtSource).toBe(before.analysis.asAtSource);
    // The reading sheet is Tracker Check's own: neither a tracker nor a hidden sheet of the officer's.
    expect(after.report.hidden).toEqual(before.report.hidden);
  });

  it('empties the sheet when the answers are forgotten, and the question is asked again', async () => {
    const model = await fakeFromXlsx(FIXTURE);
    const { host } = hostOn(model);
    const before = await host.validate();
    const question = before.report.trackers[0]?.questions[0];
    if (!question) throw new Error('the fixture asks nothing');
    await host.saveReading(withAnswer(undefined, question, 'blue'));
    await host.saveReading(undefined);
    expect(inspect(model).values(`'${READING_SHEET}'!A1:A2`)).toEqual([[''], ['']]);
    const after = await host.validate();
    expect(after.report.trackers[0]?.statusCounts).toEqual(before.report.trackers[0]?.statusCounts);
    expect(after.report.trackers[0]?.questions.map((q) => q.id)).toEqual([question.id]);
    expect(after.analysis.reading).toBeUndefined();
  });

  it('adds no sheet for no answers', async () => {
    const model = await fakeFromXlsx(FIXTURE);
    const { host } = hostOn(model);
    await host.saveReading({ sheets: { 'Improvement plan': {} } });
    expect(model.findSheet(READING_SHEET)).toBeUndefined();
  });

  it('writes a long reading in pieces down column A and clears the old pieces', async () => {
    const model = await fakeFromXlsx(FIXTURE);
    const { host } = hostOn(model);
    const wordings = Object.fromEntries(Array.from({ length: 2500 }, (_, i) => [`Wording number ${i} of a long list`, 'green' as const]));
    await host.saveReading({ sheets: { 'Improvement plan': { wordings } } });
    const pieces = inspect(model).values(`'${READING_SHEET}'!A1:A4`).map(([v]) => String(v));
    expect(pieces.filter(Boolean).length).toBeGreaterThan(1);
    expect(JSON.parse(pieces.join(''))).toEqual({ sheets: { 'Improvement plan': { wordings } } });
    await host.saveReading({ sheets: { 'Improvement plan': { wordings: { 'Transferred to BAU': 'blue' } } } });
    expect(inspect(model).values(`'${READING_SHEET}'!A2:A4`)).toEqual([[''], [''], ['']]);
    expect((await host.validate()).report.trackers[0]?.statusCounts).toEqual(ANSWERED);
  });

  it('refuses with one message, writing nothing, when the workbook structure is protected and the sheet is missing', async () => {
    const model = await fakeFromXlsx(FIXTURE);
    model.structureProtected = true;
    const { host } = hostOn(model);
    const before = await host.validate();
    const question = before.report.trackers[0]?.questions[0];
    if (!question) throw new Error('the fixture asks nothing');
    const refused = await error(host.saveReading(withAnswer(undefined, question, 'blue')));
    expect(officerMessage(refused)).toMatch(/^This workbook's structure is protected \(Review > Protect Workbook\), so Tracker Check could not add the hidden sheet that keeps your answers; nothing was changed\./);
    expect(model.findSheet(READING_SHEET)).toBeUndefined();
    expect((await host.validate()).report.trackers[0]?.statusCounts).toEqual(before.report.trackers[0]?.statusCounts);
  });

  it('still saves on a protected structure once the sheet exists: only its cells change', async () => {
    const model = await fakeFromXlsx(FIXTURE);
    const { host } = hostOn(model);
    const question = (await host.validate()).report.trackers[0]?.questions[0];
    if (!question) throw new Error('the fixture asks nothing');
    await host.saveReading(withAnswer(undefined, question, 'green'));
    model.structureProtected = true;
    await host.saveReading(withAnswer(undefined, question, 'blue'));
    expect((await host.validate()).report.trackers[0]?.statusCounts).toEqual(ANSWERED);
  });

  it('refuses a read-only workbook before writing', async () => {
    const model = await fakeFromXlsx(FIXTURE);
    model.readOnly = true;
    const { host } = hostOn(model);
    const refused = await error(host.saveReading({ sheets: { 'Improvement plan': { wordings: { 'Transferred to BAU': 'blue' } } } }));
    expect(officerMessage(refused)).toMatch(/^This workbook is open read-only, so Tracker Check did not save your answer; nothing was changed\./);
    expect(model.findSheet(READING_SHEET)).toBeUndefined();
  });
});
