import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/run-cli-captured.js';

// An action log and a pivot table of its statuses by lead, made and saved by LibreOffice
// (tests/fixtures/pivot/make-libreoffice-pivot.py).
const PIVOT = fileURLToPath(new URL('../fixtures/pivot/libreoffice-pivot.xlsx', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-pivot-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a LibreOffice pivot table', () => {
  it('is passed over, with the reason; the action log is the one tracker', async () => {
    const result = await runCliCaptured(PIVOT);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Actions: header row 1, 6 items');
    expect(result.stdout).not.toContain('Pivot: header row');
    expect(result.stdout).toContain('Passed over (no tracker): Pivot (a pivot table)');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('0 errors, 0 warnings, 0 notes');
  });

  it('--json lists it under pivotTables', async () => {
    const report = JSON.parse((await runCliCaptured(PIVOT, '--json')).stdout) as Record<string, unknown>;
    expect(report.passedOver).toStrictEqual(['Pivot']);
    expect(report.pivotTables).toStrictEqual([{ sheet: 'Pivot', reason: 'pivot-table' }]);
    expect((report.trackers as { sheet: string }[]).map((tracker) => tracker.sheet)).toStrictEqual(['Actions']);
  });

  it('--out adds no summary of it and no formats on it: its sheet comes out byte for byte', async () => {
    const out = join(dir, 'checked.xlsx');
    const result = await runCliCaptured(PIVOT, '--out', out);
    expect(result.stderr).toMatch(/^tracker-check: wrote .* \(status colours on "Actions"; summary sheet "Summary – Actions"\)\n$/);
    const [before, after] = await Promise.all([JSZip.loadAsync(await readFile(PIVOT)), JSZip.loadAsync(await readFile(out))]);
    expect(await after.file('xl/worksheets/sheet2.xml')?.async('string')).toBe(await before.file('xl/worksheets/sheet2.xml')?.async('string'));
  });
});
