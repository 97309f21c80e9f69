import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { READ_LIMITS } from '../../../src/hosts/file/package-reader/read-limits.js';
import { readWorkbookFile, readXlsx } from '../../../src/hosts/file/read-workbook-file.js';
import { row, si, xlsxFromParts } from '../../support/xlsx-parts.js';

const dir = mkdtempSync(join(tmpdir(), 'read-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tracker = () =>
  xlsxFromParts({
    sheets: [{ name: 'Plan', rows: [row(1, { A: { t: 's', v: 0 } }), row(2, { A: { t: 's', v: 1 } })].join('') }],
    sharedStrings: [si('Recommendation'), si('Publish the plan')],
  });

/** The central directory's record of the first entry whose name ends with `suffix`: where its sizes are. */
function centralRecord(bytes: Uint8Array, suffix: string): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buffer.length - 46; at >= 0; at--) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) continue;
    const name = buffer.subarray(at + 46, at + 46 + buffer.readUInt16LE(at + 28)).toString('latin1');
    if (name.endsWith(suffix)) return at;
  }
  throw new Error(`no ${suffix} in the zip`);
}

describe('the reader refuses what is past its limits, with one sentence', () => {
  it('refuses a pipe without opening it (opening would wait for a writer)', async () => {
    const fifo = join(dir, 'tracker.xlsx');
    execFileSync('mkfifo', [fifo]);
    const read = await readWorkbookFile(fifo);
    expect(read).toStrictEqual({ ok: false, message: `${fifo}: is not a regular file (a pipe or a device); save the workbook to a file and try again` });
  });

  it('refuses a part whose stated size is a zip bomb’s, before inflating it', async () => {
    const bytes = await tracker();
    const record = centralRecord(bytes, 'sheet1.xml');
    Buffer.from(bytes.buffer, bytes.byteOffset).writeUInt32LE(READ_LIMITS.expansionFloorBytes * 4, record + 24);
    const read = await readXlsx('bomb.xlsx', 'bomb.xlsx', bytes);
    expect(read).toStrictEqual({
      ok: false,
      message: 'bomb.xlsx: not read: part xl/worksheets/sheet1.xml expands more than 1,000 times (a zip bomb), past what Tracker Check reads (README, "Limits")',
    });
  });

  it('refuses a part that inflates past the size it states, as damaged', async () => {
    const bytes = await tracker();
    const record = centralRecord(bytes, 'sheet1.xml');
    Buffer.from(bytes.buffer, bytes.byteOffset).writeUInt32LE(10, record + 24);
    const read = await readXlsx('lies.xlsx', 'lies.xlsx', bytes);
    expect(read).toStrictEqual({
      ok: false,
      message: 'lies.xlsx: the workbook is damaged and cannot be opened (xl/worksheets/sheet1.xml inflates past its stated size)',
    });
  });

  it('refuses a cell of more characters than the limit', async () => {
    const bytes = await xlsxFromParts({
      sheets: [{ name: 'Plan', rows: row(1, { A: { t: 's', v: 0 } }) }],
      sharedStrings: [si('x'.repeat(READ_LIMITS.charactersPerCell + 1))],
    });
    const read = await readXlsx('long.xlsx', 'long.xlsx', bytes);
    expect(read).toStrictEqual({
      ok: false,
      message: 'long.xlsx: not read: a shared string holds more than 1,000,000 characters, past what Tracker Check reads (README, "Limits")',
    });
  });

  it('reads a cell of exactly the limit', async () => {
    const bytes = await xlsxFromParts({
      sheets: [{ name: 'Plan', rows: row(1, { A: { t: 's', v: 0 } }) }],
      sharedStrings: [si('x'.repeat(READ_LIMITS.charactersPerCell))],
    });
    const read = await readXlsx('long.xlsx', 'long.xlsx', bytes);
    expect(read.ok && read.workbook.sheets[0]!.cells[0]![0]).toStrictEqual({ kind: 'text', value: 'x'.repeat(READ_LIMITS.charactersPerCell) });
  });
});
