import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../../src/hosts/file/read-workbook-file.js';
import { detectSeparator, parseDelimited } from '../../../src/hosts/file/parse-csv.js';
import { row, xlsxFromParts } from '../../support/xlsx-parts.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-text-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBytes(name: string, bytes: Uint8Array) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return readWorkbookFile(path);
}

/** A tracker with the awkward parts: a title row, a comma and a semicolon in text, a quoted line break, non-ASCII text. */
const TABLE = [
  ['Improvement plan – March 2025', '', '', ''],
  ['No.', 'Action', 'Lead', 'Status'],
  ['1', 'Review the plan, then report', 'Zoë Brontë', 'Completed'],
  ['2', 'Agree priorities; publish them', 'Ann Lee', 'On track'],
  ['3', 'Two lines:\nfirst, then second', 'Ann Lee', 'Some delays'],
  ['4', 'Say "why" in the paper', 'Sam Øye', ''],
];

/** The table as Excel saves it with this separator: every record the full width, fields quoted when they must be. */
function delimited(separator: string, newline = '\r\n'): string {
  const field = (value: string) => (/["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value);
  return TABLE.map((record) => record.map(field).join(separator)).join(newline) + newline;
}

const withBom = (bom: number[], body: Uint8Array) => Uint8Array.from([...bom, ...body]);

describe('reading delimited text files', () => {
  it('gives the same grid for the same table in UTF-16 tab, semicolon CSV, tab CSV and UTF-8 CSV, with or without a BOM', async () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const files: [string, Uint8Array][] = [
      ['comma.csv', utf8(delimited(','))],
      ['comma-bom.csv', withBom([0xef, 0xbb, 0xbf], utf8(delimited(',')))],
      ['semicolon.csv', utf8(delimited(';'))],
      ['tab.csv', utf8(delimited('\t', '\n'))],
      ['unicode.txt', withBom([0xff, 0xfe], iconv.encode(delimited('\t'), 'utf16le'))],
      ['unicode-be.txt', withBom([0xfe, 0xff], iconv.encode(delimited('\t'), 'utf16-be'))],
      ['table.tsv', utf8(delimited('\t'))],
    ];
    const grids = [];
    for (const [name, bytes] of files) {
      const result = await readBytes(name, bytes);
      if (!result.ok) throw new Error(result.message);
      grids.push(result.workbook.sheets.map((sheet) => sheet.cells));
    }
    const expected = TABLE.map((record) => record.map((value) => (value === '' ? { kind: 'empty' } : { kind: 'text', value })));
    for (const grid of grids) expect(grid).toStrictEqual([expected]);
  });

  it('names the sheet after the file, extension dropped', async () => {
    const result = await readBytes('Plan 2025.tsv', new TextEncoder().encode(delimited('\t')));
    expect(result.ok && result.workbook.sheets[0]!.name).toBe('Plan 2025');
  });

  it('reads a Windows-1252 CSV with its pound signs and curly quotes', async () => {
    const text = 'Item,Cost,Status\r\nNew “hub” for £2m,"£2,000,000",Completed\r\n';
    const bytes = iconv.encode(text, 'win1252');
    expect(new Uint8Array(bytes).includes(0xa3)).toBe(true); // £ is one byte, not valid UTF-8
    const result = await readBytes('legacy.csv', bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.workbook.sheets[0]!.cells[1]).toStrictEqual([
      { kind: 'text', value: 'New “hub” for £2m' },
      { kind: 'text', value: '£2,000,000' },
      { kind: 'text', value: 'Completed' },
    ]);
  });

  it('refuses a file whose quote never closes, naming the line', async () => {
    const result = await readBytes('broken.csv', new TextEncoder().encode('No.,Action\n1,"Review\n2,Agree\n'));
    expect(result).toStrictEqual({ ok: false, message: `${join(dir, 'broken.csv')}: a quoted field opened on line 2 is never closed; check the quotes there and save it again` });
  });

  it('reads a workbook saved under a .csv name as the workbook it is', async () => {
    const xlsx = await xlsxFromParts({ sheets: [{ name: 'Tracker', rows: row(1, { A: { v: 7 } }) }] });
    const result = await readBytes('really-a-workbook.csv', xlsx);
    expect(result.ok && result.workbook.sheets.map((sheet) => [sheet.name, sheet.cells])).toStrictEqual([['Tracker', [[{ kind: 'number', value: 7 }]]]]);
  });
});

describe('detectSeparator', () => {
  it('prefers the separator that gives records one width over commas in prose', () => {
    expect(detectSeparator('Title\nA;B;C\n1;Plan, then act, then review;x\n2;One, two;y\n')).toBe(';');
    expect(detectSeparator('A\tB\n1\tx, y\n')).toBe('\t');
    expect(detectSeparator('A,B\n1,x; y\n')).toBe(',');
  });

  it('keeps separators, quotes and line breaks inside quoted fields', () => {
    expect(parseDelimited('"a,b";"say ""hi""";"two\r\nlines"\r\n')).toStrictEqual({ ok: true, rows: [['a,b', 'say "hi"', 'two\r\nlines']] });
  });
});
