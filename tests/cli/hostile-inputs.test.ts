// The hostile-input suite: files and folders an officer (or an attacker) could hand the command.
// Each gives exit 0 or 1 with its report, or exit 2 with exactly one line on stderr; with --out, a
// copy only of what could be read; and never a control character on stdout or stderr unescaped.
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured, type CliRun } from '../support/run-cli-captured.js';
import { row, si, xlsxFromParts } from '../support/xlsx-parts.js';

const CLEAN = fileURLToPath(new URL('../fixtures/dfe-commissioner-recommendations.xlsx', import.meta.url));
const PIVOT = fileURLToPath(new URL('../fixtures/pivot/libreoffice-pivot.xlsx', import.meta.url));

/** Anything a terminal would act on: C0 but the newline, DEL, C1, the separators, bidirectional controls. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CLOSING_LINE = /^\d+ errors?, \d+ warnings?, \d+ notes?$/;

const HEADER = 'Recommendation,Lead,Progress – March 2025,Status';
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\r\n');
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Bytes from a fixed seed: the same "random" file on every run. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

interface HostileInput {
  name: string;
  /** Makes the input in `dir` and returns its path. */
  make: (dir: string) => Promise<string>;
  /** 'report': exit 0 or 1 with a report; else the one stderr line exit 2 gives. */
  gives: 'report' | RegExp;
}

async function file(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** A small tracker whose sheet names and cells hold what XML allows and a terminal must not act on. */
async function workbookWithControls(): Promise<Uint8Array> {
  const zipped = await xlsxFromParts({
    sheets: [
      {
        name: 'PLAN',
        rows: [
          row(1, { A: { t: 's', v: 0 }, B: { t: 's', v: 1 }, C: { t: 's', v: 2 } }),
          row(2, { A: { t: 's', v: 3 }, B: { t: 's', v: 4 }, C: { t: 's', v: 5 } }),
          row(3, { A: { t: 's', v: 6 }, B: { t: 's', v: 4 }, C: { t: 's', v: 7 } }),
        ].join(''),
      },
      { name: 'NOTES', rows: row(1, { A: { t: 's', v: 8 } }) },
    ],
    sharedStrings: [
      si('Recommendation'),
      si('Lead'),
      si('Status'),
      si('1. Review \u202egovernance'),
      si('Ann Lee'),
      si('Completed\n0 errors, 0 warnings, 0 notes'),
      si('2. Publish \u009b2J the plan'),
      si('On track\u2028Fine'),
      si('Notes'),
    ],
  });
  const zip = await JSZip.loadAsync(zipped);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  zip.file('xl/workbook.xml', workbook.replace('name="PLAN"', 'name="Plan&#10;0 errors"').replace('name="NOTES"', 'name="Notes\u009b2J\u202e"'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const INPUTS: HostileInput[] = [
  {
    name: 'a status holding a newline and a forged closing line',
    make: (dir) => file(dir, 'forged.csv', csv('1. Review,Ann Lee,Done,Completed', `2. Publish,Ann Lee,Drafted,${quoted('Unknown words\n\n0 errors, 0 warnings, 0 notes')}`)),
    gives: 'report',
  },
  {
    name: 'escape sequences that retitle and clear the terminal, a carriage return',
    make: (dir) => file(dir, 'escapes.csv', csv(`1. Review,\u001b]0;owned\u0007Ann Lee,\u001b[2J\u001b[H,${quoted('On track\r0 errors')}`, '2. Publish,Ann Lee,Drafted,\u001b[31mRed')),
    gives: 'report',
  },
  {
    name: 'C1 controls, DEL and bidirectional overrides in UTF-8',
    make: (dir) => file(dir, 'c1.csv', csv('1. Review \u202egovernance\u202c,Ann Lee,\u009b2J,Completed\u007f', '2. Publish \u2066x\u2069,Ann Lee,Drafted,\u0085On track')),
    gives: 'report',
  },
  {
    name: 'a file name holding a newline and an escape sequence',
    make: (dir) => file(dir, 'plan\n\u001b[31mred.csv', csv('1. Review,Ann Lee,Done,Completed')),
    gives: 'report',
  },
  { name: 'sheet names and cells of a workbook with controls', make: async (dir) => file(dir, 'controls.xlsx', await workbookWithControls()), gives: 'report' },
  {
    name: 'a LibreOffice pivot table beside the tracker',
    make: (dir) => copyFile(PIVOT, join(dir, 'pivot.xlsx')).then(() => join(dir, 'pivot.xlsx')),
    gives: 'report',
  },
  { name: 'an empty .csv', make: (dir) => file(dir, 'empty.csv', ''), gives: /empty\.csv: the file is empty$/ },
  { name: 'a .csv of a byte-order mark only', make: (dir) => file(dir, 'bom.csv', '\ufeff'), gives: /bom\.csv: the file is empty$/ },
  { name: 'a .csv of separators and blank lines', make: (dir) => file(dir, 'blank.csv', ',,,\r\n\r\n, ,\r\n'), gives: /blank\.csv: the file holds no text/ },
  { name: 'random bytes named .csv', make: (dir) => file(dir, 'random.csv', noise(4096, 21)), gives: /random\.csv: not a CSV or text file \(it holds binary data\)/ },
  { name: 'NUL bytes named .csv', make: (dir) => file(dir, 'zeros.csv', Buffer.alloc(512)), gives: /zeros\.csv: not a CSV or text file/ },
  { name: 'control characters without NUL named .csv', make: (dir) => file(dir, 'controls.csv', Buffer.from('\u0001\u0002\u0003a,b\u0004\u0005'.repeat(40))), gives: /controls\.csv: not a CSV or text file/ },
  { name: 'random bytes named .xlsx', make: (dir) => file(dir, 'random.xlsx', noise(4096, 7)), gives: /random\.xlsx: not an Excel workbook/ },
  { name: 'an empty .xlsx', make: (dir) => file(dir, 'empty.xlsx', ''), gives: /empty\.xlsx: not an Excel workbook/ },
  {
    name: 'a truncated workbook',
    make: async (dir) => file(dir, 'truncated.xlsx', (await readFile(CLEAN)).subarray(0, 5000)),
    gives: /truncated\.xlsx: the file is damaged/,
  },
  {
    name: 'a zip that is not a workbook',
    make: async (dir) => {
      const zip = new JSZip();
      zip.file('readme.txt', 'hello');
      return file(dir, 'other.xlsx', await zip.generateAsync({ type: 'uint8array' }));
    },
    gives: /other\.xlsx: this is not an Excel workbook/,
  },
  {
    name: 'a link that leads round in a loop',
    make: async (dir) => {
      const path = join(dir, 'loop.xlsx');
      await symlink(path, path);
      return path;
    },
    gives: /loop\.xlsx: is a link that leads round in a loop/,
  },
  {
    name: 'an empty folder',
    make: async (dir) => {
      const path = join(dir, 'empty-folder');
      await mkdir(path);
      return path;
    },
    gives: /empty-folder: no \.xlsx, \.xlsm or \.csv file in this folder$/,
  },
  {
    name: 'a folder holding only a looping link',
    make: async (dir) => {
      const path = join(dir, 'looping');
      await mkdir(path);
      await symlink(join(path, 'a.xlsx'), join(path, 'a.xlsx'));
      return path;
    },
    gives: /a\.xlsx: is a link that leads round in a loop/,
  },
];

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tracker-check-hostile-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

function expectNoRawControl(result: CliRun): void {
  expect(result.stdout).not.toMatch(RAW_CONTROL);
  expect(result.stderr).not.toMatch(RAW_CONTROL);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe.each(INPUTS.map((input, index) => ({ ...input, index })))('hostile input: $name', ({ make, gives, index }) => {
  let input: string;
  let dir: string;
  beforeAll(async () => {
    dir = join(root, `input-${index}`);
    await mkdir(dir);
    input = await make(dir);
  });

  it('the readable report, or exit 2 with one line', async () => {
    const result = await runCliCaptured(input);
    expectNoRawControl(result);
    if (gives === 'report') {
      expect([0, 1]).toContain(result.code);
      expect(result.stderr).toBe('');
      // One closing line, the last: nothing in a cell can print another.
      expect(lines(result.stdout).filter((line) => CLOSING_LINE.test(line))).toHaveLength(1);
      expect(lines(result.stdout).at(-1)).toMatch(CLOSING_LINE);
    } else {
      expect(result.code).toBe(2);
      expect(lines(result.stderr)).toHaveLength(1);
      expect(result.stderr).toMatch(/^tracker-check: /);
      expect(lines(result.stderr)[0]).toMatch(gives);
    }
  });

  it('--json: one document, or exit 2 with one line', async () => {
    const result = await runCliCaptured(input, '--json');
    expectNoRawControl(result);
    if (gives === 'report') {
      expect([0, 1]).toContain(result.code);
      expect(JSON.parse(result.stdout)).toBeTypeOf('object');
    } else {
      expect(result.code).toBe(2);
      expect(lines(result.stderr)).toHaveLength(1);
    }
  });

  it('--out: a copy only of what was read, every stderr line escaped', async () => {
    const out = join(root, `copy-${index}.xlsx`);
    const result = await runCliCaptured(input, '--out', out);
    expectNoRawControl(result);
    if (gives === 'report') {
      expect([0, 1]).toContain(result.code);
      expect(lines(result.stderr)).toHaveLength(1);
      expect(result.stderr).toMatch(/^tracker-check: wrote /);
      expect(await exists(out)).toBe(true);
    } else {
      expect(result.code).toBe(2);
      expect(lines(result.stderr)).toHaveLength(1);
      expect(await exists(out)).toBe(false);
    }
  });
});

describe('what the escaped report says', () => {
  it('a forged closing line stays inside its issue, its newline shown as \\n', async () => {
    const input = INPUTS[0]!;
    const dir = join(root, 'forged-again');
    await mkdir(dir);
    const result = await runCliCaptured(await input.make(dir));
    expect(result.stdout).toContain('"Unknown words\\n\\n0 errors, 0 warnings, 0 notes" is not a status');
  });

  it('an escape sequence is shown as \\u001b', async () => {
    const dir = join(root, 'escapes-again');
    await mkdir(dir);
    const result = await runCliCaptured(await INPUTS[1]!.make(dir));
    expect(result.stdout).toContain('\\u001b[31mRed');
  });
});
