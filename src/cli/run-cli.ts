import { readFile } from 'node:fs/promises';
import { analyseWorkbook } from '../engine/analyse/analyse-workbook.js';
import { isoToday } from '../engine/dates/calendar.js';
import { DEFAULT_PROFILE } from '../engine/profile/default-profile.js';
import { loadProfile } from '../engine/profile/load-profile.js';
import type { Profile } from '../engine/profile/profile-schema.js';
import { workbookReport } from '../engine/report/workbook-report.js';
import { readWorkbookFile } from '../hosts/file/read-workbook-file.js';
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
  if (!args.ok) return fail(io, `tracker-check: ${args.message}\n${USAGE}`);
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

  const analysis = analyseWorkbook(read.workbook, {
    today: isoToday(io.now()),
    profile,
    ...(options.asAt !== undefined && { asAt: options.asAt }),
  });
  const report = workbookReport(read.workbook.name, analysis);
  io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${textReport(report, profile)}\n`);
  return report.issueCounts.error > 0 ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

function fail(io: CliIo, line: string): number {
  io.stderr(`${line}\n`);
  return EXIT_UNUSABLE;
}
