import { parseArgs } from 'node:util';
import { isoDate, type IsoDate } from '../engine/dates/calendar.js';

export interface CliOptions {
  /** Files and folders, as given. */
  paths: string[];
  json: boolean;
  recursive: boolean;
  asAt?: IsoDate;
  profile?: string;
  out?: string;
  /** The same tracker at an earlier review, to compare with. */
  since?: string;
  /** A Word document for the committee report: the paragraph, the status chart and the tables. */
  report?: string;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: true; help: true } | { ok: false; message: string };

export const USAGE =
  'usage: tracker-check FILE|FOLDER... [--json] [--as-at YYYY-MM-DD] [--profile PROFILE.json] [--out OUT.xlsx|FOLDER] [--recursive] [--since EARLIER.xlsx] [--report REPORT.docx]';

export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        'as-at': { type: 'string' },
        profile: { type: 'string' },
        out: { type: 'string' },
        since: { type: 'string' },
        report: { type: 'string' },
        recursive: { type: 'boolean', short: 'r' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, help: true };
  if (positionals.length === 0) return { ok: false, message: 'no file given' };
  const options: CliOptions = { paths: positionals, json: values.json === true, recursive: values.recursive === true };
  if (values['as-at'] !== undefined) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values['as-at']);
    const date = match && isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (!date) return { ok: false, message: `--as-at takes a date written YYYY-MM-DD, not "${values['as-at']}"` };
    options.asAt = date;
  }
  if (values.profile !== undefined) options.profile = values.profile;
  if (values.out !== undefined) options.out = values.out;
  if (values.since !== undefined) options.since = values.since;
  if (values.report !== undefined) {
    if (!/\.docx$/i.test(values.report)) return { ok: false, message: `--report writes a Word document: give a .docx name, not "${values.report}"` };
    options.report = values.report;
  }
  return { ok: true, options };
}
