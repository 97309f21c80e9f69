import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { analyseWorkbook } from '../engine/analyse/analyse-workbook.js';
import { isoToday } from '../engine/dates/calendar.js';
import { DEFAULT_PROFILE } from '../engine/profile/default-profile.js';
import { loadProfile } from '../engine/profile/load-profile.js';
import type { Profile } from '../engine/profile/profile-schema.js';
import { workbookReport } from '../engine/report/workbook-report.js';
import { readWorkbookFile } from '../hosts/file/read-workbook-file.js';
import { sameFile, writeCheckedCopy } from '../hosts/file/write-checked-copy.js';
import { parseCliArgs, USAGE } from './parse-args.js';
import { textReport } from './text-report.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
}

/** Exit statuses: 0 no error found, 1 errors found, 2 the input or the arguments could not be used. */
export const EXIT_CLEAN = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNUSABLE = 2;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) return fail(io, `tracker-check: ${args.message} (${USAGE})`);
  if ('help' in args) {
    io.stdout(`${USAGE}\n`);
    return EXIT_CLEAN;
  }
  const { options } = args;

  let profile: Profile = DEFAULT_PROFILE;
  if (options.profile !== undefined) {
    let text: string;
    try {
      text = await readFile(options.profile, 'utf8');
    } catch {
      return fail(io, `tracker-check: cannot read the profile ${options.profile}`);
    }
    const loaded = loadProfile(text);
    if (!loaded.ok) return fail(io, `tracker-check: ${options.profile}: ${loaded.message}`);
    profile = loaded.profile;
  }

  const read = await readWorkbookFile(options.file);
  if (!read.ok) return fail(io, `tracker-check: ${read.message}`);
  if (options.out !== undefined) {
    if (extname(options.out).toLowerCase() !== '.xlsx') {
      return fail(io, `tracker-check: --out takes an .xlsx file name, not "${options.out}"`);
    }
    if (await sameFile(options.file, options.out)) {
      return fail(io, `tracker-check: --out ${options.out} is the input file; the copy needs a new name`);
    }
  }

  const analysis = analyseWorkbook(read.workbook, {
    today: isoToday(io.now()),
    profile,
    ...(options.asAt !== undefined && { asAt: options.asAt }),
  });
  const report = workbookReport(read.workbook.name, analysis);

  let written: string | undefined;
  if (options.out !== undefined) {
    try {
      const copy = await writeCheckedCopy({ input: options.file, output: options.out, analysis, profile });
      written =
        copy.summarySheets.length === 0
          ? `tracker-check: wrote ${options.out} (no tracker found, so nothing was added)`
          : `tracker-check: wrote ${options.out} (status colours on ${quoted(copy.colouredSheets)}; summary ${copy.summarySheets.length === 1 ? 'sheet' : 'sheets'} ${quoted(copy.summarySheets)})`;
    } catch (error) {
      return fail(io, `tracker-check: cannot write ${options.out}: ${writeProblem(error)}`);
    }
  }
  io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${textReport(report, profile)}\n`);
  // On stderr, so that with --json stdout stays one JSON document.
  if (written !== undefined) io.stderr(`${written}\n`);
  return report.issueCounts.error > 0 ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

function writeProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return firstLine(error);
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0] ?? 'unknown error';
}

function fail(io: CliIo, line: string): number {
  io.stderr(`${line}\n`);
  return EXIT_UNUSABLE;
}
