import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../../src/engine/analyse/analyse-workbook.js';
import { workbookReport } from '../../../src/engine/report/workbook-report.js';
import { readXlsx } from '../../../src/hosts/file/read-workbook-file.js';
import { TEXT_LIMIT } from '../../../src/hosts/file/text-budget.js';
import { row, si, xlsxFromParts } from '../../support/xlsx-parts.js';

const RUN = 'The council should review its plan and report progress to the board each quarter, with named leads. '; // 100 characters
const RUNS = 1_000; // 100,000 characters in one shared string

/**
 * A small file that expands: one 100 KB rich-text shared string (a thousand runs, each in bold or
 * not) used as the item text of every row.
 */
async function bomb(rows: number): Promise<Uint8Array> {
  const rich = `<si>${Array.from({ length: RUNS }, (_, i) => `<r>${i % 2 ? '<rPr><b/></rPr>' : ''}<t xml:space="preserve">${RUN}</t></r>`).join('')}</si>`;
  const body = [row(1, { A: { t: 's', v: 1 }, B: { t: 's', v: 2 }, C: { t: 's', v: 3 }, D: { t: 's', v: 4 } })];
  for (let r = 2; r <= rows + 1; r++) body.push(row(r, { A: { v: r - 1 }, B: { t: 's', v: 0 }, C: { t: 's', v: 5 }, D: { t: 's', v: 6 } }));
  return xlsxFromParts({
    sheets: [{ name: 'Tracker', rows: body.join('') }],
    sharedStrings: [rich, si('No.'), si('Recommendation'), si('Lead'), si('Status'), si('Ann Lee'), si('Completed')],
  });
}

describe('a rich-text bomb', () => {
  it('is read and reported correctly when it stays under the limit', async () => {
    const bytes = await bomb(200); // 20 million characters of item text
    expect(bytes.length).toBeLessThan(100_000);
    const read = await readXlsx('bomb.xlsx', 'bomb.xlsx', bytes);
    if (!read.ok) throw new Error(read.message);
    const items = read.workbook.sheets[0]!.cells.slice(1).map((cells) => cells[1]);
    expect(items).toHaveLength(200);
    expect(items[0]).toStrictEqual({ kind: 'text', value: RUN.repeat(RUNS) });
    expect(new Set(items.map((cell) => cell?.kind === 'text' && cell.value.length))).toStrictEqual(new Set([100_000]));

    const report = workbookReport('bomb.xlsx', analyseWorkbook(read.workbook, { today: '2025-03-31' }));
    expect(report.trackers.map((tracker) => [tracker.items, tracker.statusCounts.blue])).toStrictEqual([[200, 200]]);
  });

  it('is refused with one line once its cells would hold more text than the limit', async () => {
    const rows = Math.ceil(TEXT_LIMIT / (RUN.length * RUNS)) + 1;
    const bytes = await bomb(rows);
    expect(bytes.length).toBeLessThan(1_000_000);
    const read = await readXlsx('bomb.xlsx', 'bomb.xlsx', bytes);
    expect(read).toStrictEqual({
      ok: false,
      message: "bomb.xlsx: its cells hold more than 200,000,000 characters of text in all, more than Tracker Check reads; copy the tracker's sheets into a new workbook and try again",
    });
  });
});
