// Issue 20 (the add-in at any size): when Excel refuses the first colour read for its size, the due
// columns' number formats that rode it are asked for again, so Validate still reads a month-formatted
// due date as the month's end (the in-memory Excel's bench failed with PropertyNotLoaded at 100,000 rows).
import { describe, expect, it } from 'vitest';
import { OfficeTrackerHost } from '../../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, fakeWorkbook } from '../../support/fake-excel/index.js';

const ROWS = 3_000;
/** 1 January 2025 as an Excel serial day, shown "mmm-yy": due at the end of January. */
const JANUARY = 45658;

describe('a colour read refused for its size', () => {
  it('is read again in halves with the number formats, and nothing is read as overdue in its month', async () => {
    const rows: (string | number)[][] = [['Action', 'Lead', 'Status', 'Target date']];
    const formats: (string | null)[][] = [[null, null, null, null]];
    for (let n = 1; n <= ROWS; n++) {
      rows.push([`${n}. Review the plan`, 'Ann Lee', 'On track', JANUARY]);
      formats.push([null, null, null, 'mmm-yy']);
    }
    const model = fakeWorkbook({ sheets: [{ name: 'Actions', rows, numberFormats: formats }] });
    const excel = createFakeExcel(model, { payloadLimitBytes: 150_000 });
    const outcome = await new OfficeTrackerHost(excel.run, () => new Date('2025-01-15T12:00:00Z')).validate();
    expect(excel.stats.syncs.some((sync) => sync.error === 'RequestPayloadSizeLimitExceeded' || sync.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(outcome.report.trackers.map((tracker) => tracker.items)).toStrictEqual([ROWS]);
    expect(outcome.report.trackers[0]?.issues.filter((issue) => issue.code === 'overdue')).toStrictEqual([]);
  }, 60_000);
});
