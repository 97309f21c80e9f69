import { OPTIONS } from './cli-options.js';
import { EXIT_STATUSES, SERIOUSNESS_WORDS } from './exit-status.js';
import { USAGE } from './parse-args.js';

const EXAMPLES: readonly [string, string][] = [
  ['tracker-check tracker.xlsx', 'a readable report of one tracker'],
  ['tracker-check tracker.xlsx --as-at 31/03/2025', 'as at a given day'],
  ['tracker-check tracker.xlsx --out checked.xlsx', 'a coloured copy with the summary sheet'],
  ['tracker-check trackers/ --out checked/', 'every .xlsx, .xlsm and .csv in a folder, a copy of each'],
  ['tracker-check june.xlsx --since march.xlsx', 'what changed since the March review'],
  ['tracker-check trackers/ --json > report.json', 'one JSON document for a script'],
];

/** `tracker-check --help`: what it does, the options (from OPTIONS), examples and the exit statuses. */
export function helpText(): string {
  const options = [
    ...OPTIONS.map((option) => ({
      flags: `${option.short === undefined ? '' : `-${option.short}, `}--${option.name}${option.value === undefined ? '' : ` ${option.value}`}`,
      help: option.help,
    })),
    { flags: '-h, --help', help: 'print this help' },
  ];
  const width = Math.max(...options.map((option) => option.flags.length)) + 2;
  const exampleWidth = Math.max(...EXAMPLES.map(([command]) => command.length)) + 2;
  return [
    USAGE,
    '',
    'Checks council recommendation and improvement-plan trackers (.xlsx, .xlsm, .csv): leads, dates and',
    'BRAG statuses, with the counts for the board pack. A folder gives every tracker file in it;',
    '.xls, .xlsb and .ods files there are listed as skipped (save them as .xlsx in Excel to check them).',
    '',
    'Options:',
    ...options.map((option) => `  ${option.flags.padEnd(width)}${option.help}`),
    '',
    'Examples:',
    ...EXAMPLES.map(([command, what]) => `  ${command.padEnd(exampleWidth)}${what}`),
    '',
    `Exit status (several files: the most serious of theirs, ${SERIOUSNESS_WORDS}):`,
    ...EXIT_STATUSES.map(({ code, meaning }) => `  ${code}  ${meaning}`),
    '',
  ].join('\n');
}
