import type { IsoDate } from '../engine/dates/calendar.js';
import { readAsAt } from './as-at-date.js';

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
  /** The officer's answers to the questions (the JSON of the saved reading). */
  answers?: string;
  /** A Word document for the committee report: the paragraph, the status chart and the tables. */
  report?: string;
}

/**
 * One option of the command: what the parser accepts, what `--help` says, and how it sets the
 * options. Adding an option is one entry in OPTIONS (and its field in CliOptions).
 */
export interface OptionSpec {
  name: string;
  short?: string;
  /** The placeholder of the value it takes ("FILE"); none for a switch. */
  value?: string;
  /** One line for --help. */
  help: string;
  /** Records it; returns why the value cannot be used, if it cannot. */
  set: (options: CliOptions, value: string) => string | undefined;
}

/** An option that names a file or folder, kept as given in its field of CliOptions. */
function pathOption(name: string, value: string, help: string, field: 'profile' | 'out' | 'answers' | 'since'): OptionSpec {
  return {
    name,
    value,
    help,
    set: (options, path) => {
      options[field] = path;
      return undefined;
    },
  };
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'json',
    help: 'print one JSON document on stdout instead of the readable report',
    set: (options) => {
      options.json = true;
      return undefined;
    },
  },
  {
    name: 'as-at',
    value: 'DATE',
    help: "the review's day: 31/03/2025, 31 March 2025 or 2025-03-31 (default: the answers saved in the workbook, else the date it states, else a heading's period, else today)",
    set: (options, value) => {
      const reading = readAsAt(value);
      if (!reading.ok) return reading.message;
      options.asAt = reading.date;
      return undefined;
    },
  },
  pathOption('profile', 'PROFILE.json', 'a profile that changes the status words, column words, baseline date or colours', 'profile'),
  pathOption('out', 'OUT.xlsx|FOLDER', 'write a coloured copy with a summary sheet: an .xlsx name for one file, or a folder (made if missing)', 'out'),
  pathOption('answers', 'ANSWERS.json', "answers to Tracker Check's questions (review date, header row, columns, wordings); with --out, saved in the copy", 'answers'),
  {
    name: 'report',
    value: 'REPORT.docx',
    help: 'also write the committee report as a Word document: the paragraph, the status chart and the tables',
    set: (options, value) => {
      if (!/\.docx$/i.test(value)) return `--report writes a Word document: give a .docx name, not "${value}"`;
      options.report = value;
      return undefined;
    },
  },
  {
    name: 'recursive',
    short: 'r',
    help: 'search the folders given below too',
    set: (options) => {
      options.recursive = true;
      return undefined;
    },
  },
  pathOption('since', 'EARLIER.xlsx', 'the same tracker at an earlier review (.xlsx or .csv): what changed since then; one file only', 'since'),
];
