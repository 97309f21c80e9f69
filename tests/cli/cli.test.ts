import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_STATUSES } from '../../src/cli/exit-status.js';
import { OPTIONS } from '../../src/cli/cli-options.js';
import { USAGE } from '../../src/cli/parse-args.js';
import { ARGUMENTS_HINT } from '../../src/cli/run-cli.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLEAN_XLSX = join(ROOT, 'tests/fixtures/dfe-commissioner-recommendations.xlsx');
const SLIDES_XLSX = join(ROOT, 'tests/fixtures/dfe-commissioner-slides-paste.xlsx');

const run = runCliCaptured;

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** A plain sentence: no stack frames, no "Error:" dump. */
function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/\bError:/);
}

function parseJson(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text);
  expect(parsed).toBeTypeOf('object');
  return parsed as Record<string, unknown>;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exit statuses', () => {
  it('0 on the clean sample, which has only warnings and notes', async () => {
    const result = await run(CLEAN_XLSX);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Recommendations: header row 4, 24 items');
    expect(result.stdout).toContain('0 errors, 3 warnings, 1 note');
  });

  it('1 on the slides paste, which has an error', async () => {
    const result = await run(SLIDES_XLSX);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('lead-reference-unresolved');
  });

  it('0 and the help on --help: the usage, every option, examples and the exit statuses', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const help = result.stdout;
    expect(help.startsWith(`${USAGE}\n`)).toBe(true);
    for (const option of OPTIONS) expect(help).toMatch(new RegExp(`^  (-\\w, )?--${option.name}( \\S+)?  +\\S`, 'm'));
    expect(help).toMatch(/^  -h, --help +print this help$/m);
    expect(help).toContain('Examples:\n  tracker-check tracker.xlsx ');
    expect(help).toContain('tracker-check tracker.xlsx --as-at 31/03/2025');
    for (const { code, meaning } of EXIT_STATUSES) expect(help).toContain(`  ${code}  ${meaning}\n`);
    expect(EXIT_STATUSES.map(({ code }) => code)).toEqual([0, 1, 2, 3]);
    expect((await run('-h')).stdout).toBe(help);
    expect((await run(CLEAN_XLSX, '--json', '--help')).stdout).toBe(help);
  });
});

describe('exit 2: an input that cannot be used gives exactly one stderr line', () => {
  async function expectUnusable(argv: string[], says: RegExp): Promise<void> {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/^tracker-check: .*\n$/);
    expect(result.stderr).toMatch(says);
    expectNoStackTrace(result.stderr);
  }

  it('a missing file', async () => {
    await expectUnusable([join(dir, 'no-such-tracker.xlsx')], /no such file/);
  });

  it('a text file named .xlsx', async () => {
    const path = join(dir, 'notes.xlsx');
    await writeFile(path, 'Recommendation,Lead,Status\n1. Review,Ann Lee,Completed\n');
    await expectUnusable([path], /not an Excel workbook/);
  });

  it('a truncated zip', async () => {
    const path = join(dir, 'truncated.xlsx');
    const whole = await readFile(CLEAN_XLSX);
    await writeFile(path, whole.subarray(0, Math.floor(whole.length / 2)));
    await expectUnusable([path], /damaged/);
  });

  it('a password-protected workbook', async () => {
    const path = join(dir, 'protected.xlsx');
    const bytes = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
    Buffer.from('EncryptionInfo', 'utf16le').copy(bytes, 1024);
    await writeFile(path, bytes);
    await expectUnusable([path], /password-protected/);
  });

  it('an old .xls workbook (the same signature, no encryption)', async () => {
    const path = join(dir, 'old.xlsx');
    const bytes = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
    await writeFile(path, bytes);
    await expectUnusable([path], /old \.xls/);
  });

  it('a profile that is not valid JSON', async () => {
    const path = join(dir, 'bad-profile.json');
    await writeFile(path, '{ "categories": ');
    await expectUnusable([CLEAN_XLSX, '--profile', path], /bad-profile\.json: the profile is not valid JSON/);
  });
});

describe('exit 2: arguments that cannot be used give one error line, then the usage', () => {
  // The usage line follows the error line here; nothing else is written.
  async function expectBadArguments(argv: string[], says: RegExp): Promise<void> {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const written = lines(result.stderr);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^tracker-check: /);
    expect(written[0]).toMatch(says);
    expect(written[0]).toContain(ARGUMENTS_HINT);
    expectNoStackTrace(result.stderr);
  }

  it.each([
    ['2025-02-30', /--as-at 2025-02-30 is not a date: February 2025 has 28 days/],
    ['31/02/2025', /--as-at 31\/02\/2025 is not a date: February 2025 has 28 days/],
    ['06/30/2025', /--as-at 06\/30\/2025 is not a date: there is no month 30 \(dates are read day first/],
    ['04/03/2025', /--as-at 04\/03\/2025 could be 4 March 2025 \(day first, as in the UK\) or 3 April 2025 \(month first\); write it 2025-03-04 or 4 March 2025/],
    ['March 2025', /--as-at March 2025 names a period, not one day \(it ends 31 March 2025\); give the day/],
    ['next week', /--as-at takes a date such as 31\/03\/2025, 31 March 2025 or 2025-03-31, not "next week"/],
  ])('--as-at %s, with its reason', async (asAt, says) => {
    await expectBadArguments([CLEAN_XLSX, '--as-at', asAt], says);
  });

  it('no file argument', async () => {
    await expectBadArguments(['--json'], /no file given/);
  });

  it('an unknown option, by its name alone when no option is near it', async () => {
    await expectBadArguments([CLEAN_XLSX, '--colour'], /^tracker-check: unknown option --colour \(/);
  });

  it.each([
    ['--jsn', 'json'],
    ['--josn', 'json'],
    ['-json', 'json'],
    ['--as_at', 'as-at'],
    ['--asat', 'as-at'],
    ['--recursiv', 'recursive'],
    ['--sinse', 'since'],
    ['--hlep', 'help'],
  ])('a mistyped option, %s, named with the nearest real one', async (typed, meant) => {
    await expectBadArguments([CLEAN_XLSX, typed], new RegExp(`unknown option ${typed}; did you mean --${meant}\\?`));
  });

  it('an option that needs a value and has none, or is given twice', async () => {
    await expectBadArguments([CLEAN_XLSX, '--out'], /--out needs a value: OUT\.xlsx\|FOLDER/);
    await expectBadArguments([CLEAN_XLSX, '--since', '--json'], /--since needs a value/);
    await expectBadArguments([CLEAN_XLSX, '--as-at', '2025-03-31', '--as-at=2025-06-30'], /--as-at is given twice/);
    await expectBadArguments([CLEAN_XLSX, '--json=yes'], /--json takes no value/);
  });
});

describe('--json', () => {
  it('prints the documented report shape', async () => {
    const result = await run('--json', CLEAN_XLSX);
    expect(result.code).toBe(0);
    const report = parseJson(result.stdout);
    expect(report.file).toBe('dfe-commissioner-recommendations.xlsx');
    expect(report.asAt).toBe('2025-03-31');
    expect(report.issueCounts).toStrictEqual({ error: 0, warning: 3, info: 1 });

    expect(Array.isArray(report.trackers)).toBe(true);
    const trackers = report.trackers as Record<string, unknown>[];
    expect(trackers).toHaveLength(1);
    const tracker = trackers[0] ?? {};
    expect(tracker).toMatchObject({
      sheet: 'Recommendations',
      headerRow: 4,
      columns: { item: 'A', lead: 'B', progress: 'C', status: 'D' },
      items: 24,
      statusCounts: { blue: 5, green: 17, amber: 2, red: 0, unrated: 0 },
    });
    expect(tracker.ratings).toStrictEqual([
      { header: 'Status', column: 'D', counts: { blue: 5, green: 17, amber: 2, red: 0, unrated: 0 } },
    ]);
    const issues = tracker.issues as Record<string, unknown>[];
    expect(issues).toHaveLength(4);
    for (const issue of issues) {
      expect(issue).toMatchObject({ code: expect.any(String), severity: expect.any(String), sheet: 'Recommendations', row: expect.any(Number), message: expect.any(String) });
    }

    const registers = report.registers as Record<string, unknown>[];
    expect(registers.map((r) => [r.sheet, r.column])).toStrictEqual([['Leads', 'A']]);
    expect(registers[0]?.names).toContain('Ben Holmes');
  });

  it.each([['30/06/2025'], ['30.06.25'], ['30 June 2025'], ['30th of June 2025'], ['30-Jun-25'], ['2025-06-30'], ['06/06/2025']])(
    '--as-at %s is read as the day it names',
    async (asAt) => {
      const report = parseJson((await run('--json', `--as-at=${asAt}`, CLEAN_XLSX)).stdout);
      expect(report.asAt).toBe(asAt === '06/06/2025' ? '2025-06-06' : '2025-06-30');
      expect(report.asAtSource).toBe('given');
    },
  );

  it('--as-at 2025-06-30 changes asAt', async () => {
    const given = parseJson((await run('--json', '--as-at', '2025-06-30', CLEAN_XLSX)).stdout);
    expect(given.asAt).toBe('2025-06-30');
    expect(given.asAtSource).toBe('given');
    const fromHeader = parseJson((await run('--json', CLEAN_XLSX)).stdout);
    expect(fromHeader.asAt).toBe('2025-03-31');
    expect(fromHeader.asAtSource).toBe('progress-header');
  });

  it('--profile is read and used', async () => {
    const path = join(dir, 'profile.json');
    // With "In progress – some delays" as the canonical amber, the other spelling is the odd one out.
    await writeFile(path, JSON.stringify({ categories: { amber: { canonical: 'In progress – some delays' } } }));
    const report = parseJson((await run('--json', '--profile', path, CLEAN_XLSX)).stdout);
    const issues = ((report.trackers as Record<string, unknown>[])[0]?.issues ?? []) as Record<string, unknown>[];
    const nonstandard = issues.filter((i) => i.code === 'status-nonstandard');
    expect(nonstandard.map((i) => i.suggestion)).toStrictEqual(['In progress – some delays']);
    expect(nonstandard[0]?.cell).toBe('D21');
  });
});
