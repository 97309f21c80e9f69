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
    help: "the review's day: 31/03/2025, 31 March 2025 or 2025-03-31 (default: the progress header's period, else today)",
    set: (options, value) => {
      const reading = readAsAt(value);
      if (!reading.ok) return reading.message;
      options.asAt = reading.date;
      return undefined;
    },
  },
  {
    name: 'profile',
    value: 'PROFILE.json',
    help: 'a profile that changes the status words, column words, baseline date or colours',
    set: (options, value) => {
      options.profile = value;
      return undefined;
    },
  },
  {
    name: 'out',
    value: 'OUT.xlsx|FOLDER',
    help: 'write a coloured copy with a summary sheet: an .xlsx name for one file, or a folder (made if missing)',
    set: (options, value) => {
      options.out = value;
      return undefined;
    },
  },
  {
    name: 'answers',
    value: 'ANSWERS.json',
    help: "answers to Tracker Check's questions (review date, header row, columns, wordings); with --out, saved in the copy",
    set: (options, value) => {
      options.answers = value;
      return undefined;
    },
  },
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
  {
    name: 'since',
    value: 'EARLIER.xlsx',
    help: 'the same tracker at an earlier review (.xlsx or .csv): what changed since then; one file only',
    set: (options, value) => {
      options.since = value;
      return undefined;
    },
  },
];
