import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured as run } from '../support/run-cli-captured.js';

/** A June review as an .xlsx and the March review of the same tracker as a .csv, renumbered in between. */
const HEADER = ['No.', 'Recommendation', 'Lead', 'Progress – June 2025', 'Status'];
const JUNE = [
  ['1', 'Publish the education strategy', 'Ann Lee', 'Published in May.', 'Completed'],
  ['2', 'Review scrutiny arrangements', 'Ben Holmes', 'Terms agreed; first session held.', 'In progress & on track'],
  ['3', 'Recruit a director of children’s services', 'Ann Lee', 'Interviews in July.', 'Some delays'],
  ['4', 'Set up a young people’s panel', 'Ben Holmes', 'First meeting planned.', 'On track'],
];
const MARCH_CSV = [
  'No.,Recommendation,Lead,Progress – March 2025,Status',
  '1,Publish the education strategy,Ann Lee,Draft with the Board.,On track',
  '2,Train members on scrutiny,Ann Lee,Sessions booked.,On track',
  '3,Review scrutiny arrangements,Ben Holmes,Proposal written.,Some delays',
  '4,Recruit a director of children’s services,Ann Lee,Interviews in July.,On track',
].join('\n');

let dir: string;
let now: string;
let earlier: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-since-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Recommendations');
  sheet.addRow(HEADER);
  for (const row of JUNE) sheet.addRow(row);
  now = join(dir, 'june.xlsx');
  await workbook.xlsx.writeFile(now);
  earlier = join(dir, 'march.csv');
  await writeFile(earlier, MARCH_CSV);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tracker-check NOW --since EARLIER', () => {
  it('--json gives each tracker its since block', async () => {
    const result = await run(now, '--since', earlier, '--json');
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { asAt: string; trackers: { since: unknown; issues: { code: string; cell?: string }[] }[] };
    expect(report.asAt).toBe('2025-06-30');
    expect(report.trackers[0]?.since).toStrictEqual({
      file: 'march.csv',
      sheet: 'march',
      asAt: '2025-03-31',
      improved: 2,
      worsened: 1,
      unchanged: 0,
      unrated: 0,
      added: 1,
      removed: 1,
      completed: 1,
      items: [
        { id: '1', row: 2, from: 'green', to: 'blue', matchedBy: 'id', earlierRow: 2 },
        { id: '2', row: 3, from: 'amber', to: 'green', matchedBy: 'text', earlierId: '3', earlierRow: 4 },
        { id: '3', row: 4, from: 'green', to: 'amber', matchedBy: 'text', earlierId: '4', earlierRow: 5 },
      ],
      addedItems: [{ id: '4', row: 5, rating: 'green' }],
      removedItems: [{ id: '2', row: 3, rating: 'green' }],
    });
    const found = (code: string) => report.trackers[0]?.issues.filter((i) => i.code === code).map((i) => i.cell);
    expect(found('progress-unchanged')).toStrictEqual(['D4']);
    expect(found('status-worsened')).toStrictEqual(['E4']);
  });

  it('the readable report prints the movement', async () => {
    const result = await run(now, '--since', earlier);
    expect(result.stdout).toContain(
      [
        '  Since the 31 March 2025 review (march.csv)',
        '    2 improved (1 completed), 1 worsened, 0 unchanged; 1 added, 1 removed',
        '    Green → Blue           1  1',
        '    Green → Amber          1  3',
        '    Amber → Green          1  2',
        '    2 matched by its text to 3 (row 4) then',
        '    3 matched by its text to 4 (row 5) then',
        '    Added: 4',
        '    Removed: 2',
      ].join('\n'),
    );
  });

  it('without --since there is no comparison and no since block', async () => {
    const result = await run(now, '--json');
    const report = JSON.parse(result.stdout) as { trackers: { since?: unknown; issues: { code: string }[] }[] };
    expect(report.trackers[0]?.since).toBeUndefined();
    expect(report.trackers[0]?.issues.map((i) => i.code)).not.toContain('progress-unchanged');
  });

  it('an earlier file that cannot be read, or several files, exit 2 with one line', async () => {
    const missing = await run(now, '--since', join(dir, 'nowhere.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^tracker-check: --since: .*nowhere\.xlsx.*\n$/);
    const several = await run(now, now, '--since', earlier);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('--since compares one file');
  });
});
