// Issue 20: a review snapshot larger than one request is written in blocks, each request under
// Excel's 5 MB payload limit, and replaces the reviews kept only once it is whole.
import { describe, expect, it } from 'vitest';
import { REVIEWS_SHEET } from '../../../src/engine/compare/review-snapshot-format.js';
import { OfficeTrackerHost } from '../../../src/hosts/office/office-tracker-host.js';
import { snapshotBlocks } from '../../../src/hosts/office/write-review-snapshots.js';
import { createFakeExcel, DEFAULT_PAYLOAD_LIMIT, fakeWorkbook, inspect } from '../../support/fake-excel/index.js';

const ITEMS = 3_000;
/** A long update on every row: the snapshot carries each, about 2.5 KB a row with its formats. */
const UPDATE = 'Work is under way with partners; the board had a full report in the period, and the next steps are agreed with the service leads. '.repeat(9);

function bigTracker() {
  const rows: string[][] = [['Action', 'Lead', 'Progress', 'Status']];
  for (let n = 1; n <= ITEMS; n++) rows.push([`${n}. Action number ${n}`, 'Ann Lee', `${UPDATE}(${n})`, n % 2 ? 'Green' : 'Amber']);
  const model = fakeWorkbook({ sheets: [{ name: 'Actions', rows }] });
  const excel = createFakeExcel(model, { excelApi: '1.13' });
  return { model, excel, at: (iso: string) => new OfficeTrackerHost(excel.run, () => new Date(`${iso}T12:00:00Z`), undefined, () => true) };
}

describe('a review snapshot larger than one request', () => {
  it('is cut into blocks of at most the request budget, every row kept in order', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ['2025-03-31', 'Actions', i + 2, `${i}`, 'x'.repeat(100)]);
    const blocks = snapshotBlocks(rows, 2_000);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.flat()).toStrictEqual(rows);
    for (const block of blocks) expect(block.reduce((n, row) => n + 2 * JSON.stringify(row).length + 16, 0)).toBeLessThanOrEqual(2_000);
  });

  it('is written a block a request, under the payload limit, and a second review is added to the first', async () => {
    const { model, excel, at } = bigTracker();
    await at('2025-03-31').buildSummary();
    expect(Math.max(...excel.stats.syncs.map((sync) => sync.requestBytes))).toBeLessThan(DEFAULT_PAYLOAD_LIMIT);
    expect(inspect(model).values(REVIEWS_SHEET)).toHaveLength(ITEMS + 1);

    excel.stats.reset();
    const june = await at('2025-06-30').buildSummary();
    expect(Math.max(...excel.stats.syncs.map((sync) => sync.requestBytes))).toBeLessThan(DEFAULT_PAYLOAD_LIMIT);
    const dates = inspect(model).values(REVIEWS_SHEET).slice(1).map((row) => row[0]);
    expect(dates).toStrictEqual([...Array(ITEMS).fill('2025-03-31'), ...Array(ITEMS).fill('2025-06-30')]);
    expect(inspect(model).sheetNames().at(-1)).toBe(REVIEWS_SHEET);
    expect(inspect(model).sheetNames().filter((name) => name.startsWith(REVIEWS_SHEET))).toStrictEqual([REVIEWS_SHEET]);
    expect(june.analysis.comparedWith).toBe('2025-03-31');
  }, 120_000);
});
