import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/run-cli-captured.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/dfe-commissioner-recommendations.xlsx', import.meta.url));
const TRACKER_PART = 'xl/worksheets/sheet1.xml';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-protected-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The sample with its parts edited as Excel writes protection. */
async function protectedSample(name: string, edit: { workbook?: (xml: string) => string; tracker?: (xml: string) => string }): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(SAMPLE));
  for (const [path, change] of [['xl/workbook.xml', edit.workbook] as const, [TRACKER_PART, edit.tracker] as const]) {
    if (change) zip.file(path, change((await zip.file(path)?.async('string')) ?? ''));
  }
  const path = join(dir, name);
  await writeFile(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return path;
}

const lockStructure = (xml: string) => xml.replace('<sheets>', '<workbookProtection workbookAlgorithmName="SHA-512" lockStructure="1"/><sheets>');
const protectSheet = (xml: string) => xml.replace('</sheetData>', '</sheetData><sheetProtection algorithmName="SHA-512" sheet="1" objects="1" scenarios="1"/>');

async function sheetNames(path: string): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(await readFile(path))).file('xl/workbook.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((match) => match[1] ?? '');
}

async function part(path: string, name: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(await readFile(path))).file(name)?.async('string');
}

describe('--out honours protection as the add-in does', () => {
  it('a locked structure: the report, the copy with no sheet added (nor colours, which need the lists sheet), one line saying so', async () => {
    const input = await protectedSample('locked.xlsx', { workbook: lockStructure });
    const out = join(dir, 'locked-checked.xlsx');
    const result = await runCliCaptured(input, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Recommendations: header row 4, 24 items');
    expect(result.stderr.split('\n').filter(Boolean)).toStrictEqual([
      `tracker-check: wrote ${out} (nothing was added)`,
      `tracker-check: not added to ${out}, as Excel would refuse them: the summary sheets and the status colours: the workbook's structure is protected (Review > Protect Workbook)`,
    ]);
    expect(await sheetNames(out)).toStrictEqual(['Recommendations', 'Leads', 'Notes']);
    expect(await part(out, TRACKER_PART)).toBe(await part(input, TRACKER_PART));
  });

  it('a protected tracker sheet: the summary is added, no conditional format on the sheet, one line saying so', async () => {
    const input = await protectedSample('protected-sheet.xlsx', { tracker: protectSheet });
    const out = join(dir, 'protected-sheet-checked.xlsx');
    const result = await runCliCaptured(input, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').filter(Boolean)).toStrictEqual([
      `tracker-check: wrote ${out} (summary sheet "Summary – Recommendations")`,
      `tracker-check: not added to ${out}, as Excel would refuse them: status colours on "Recommendations": the sheet is protected (Review > Unprotect Sheet)`,
    ]);
    expect(await sheetNames(out)).toContain('Summary – Recommendations');
    expect(await part(out, TRACKER_PART)).toBe(await part(input, TRACKER_PART));
  });

  it('protection that locks neither (windows only, a sheet protection switched off) adds everything', async () => {
    const input = await protectedSample('windows-only.xlsx', {
      workbook: (xml) => xml.replace('<sheets>', '<workbookProtection lockWindows="1" lockStructure="0"/><sheets>'),
      tracker: (xml) => xml.replace('</sheetData>', '</sheetData><sheetProtection sheet="0"/>'),
    });
    const out = join(dir, 'windows-only-checked.xlsx');
    const result = await runCliCaptured(input, '--out', out);
    expect(result.stderr).toBe(`tracker-check: wrote ${out} (status colours on "Recommendations"; summary sheet "Summary – Recommendations")\n`);
  });
});
