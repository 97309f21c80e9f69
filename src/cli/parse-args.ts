import { OPTIONS, type CliOptions, type OptionSpec } from './cli-options.js';

export type { CliOptions } from './cli-options.js';

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: true; help: true } | { ok: false; message: string };

const HELP = { name: 'help', short: 'h' } as const;

export const USAGE = `usage: tracker-check FILE|FOLDER... ${OPTIONS.map((option) => `[--${option.name}${option.value === undefined ? '' : ` ${option.value}`}]`).join(' ')}`;

/**
 * Reads the arguments against OPTIONS: `--name value`, `--name=value`, `-r`; `--` ends the options.
 * Anything else starting with "-" is refused by name, with the nearest real option, rather than
 * taken for a file.
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { paths: [], json: false, recursive: false };
  const given = new Set<string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      options.paths.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.paths.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const written = equals === -1 ? arg : arg.slice(0, equals);
    if (written === `--${HELP.name}` || written === `-${HELP.short}`) return { ok: true, help: true };
    const option = optionNamed(written);
    if (option === undefined) return { ok: false, message: unknownOption(written) };
    if (option.value === undefined) {
      if (equals !== -1) return { ok: false, message: `--${option.name} takes no value` };
      option.set(options, '');
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else {
      const next = argv[index + 1];
      if (next !== undefined && !(next.startsWith('-') && next !== '-' && optionNamed(next.split('=')[0] ?? '') !== undefined)) {
        value = next;
        index += 1;
      }
    }
    if (value === undefined || value === '') return { ok: false, message: `--${option.name} needs a value: ${option.value}` };
    if (given.has(option.name)) return { ok: false, message: `--${option.name} is given twice` };
    given.add(option.name);
    const problem = option.set(options, value);
    if (problem !== undefined) return { ok: false, message: problem };
  }
  if (options.paths.length === 0) return { ok: false, message: 'no file given' };
  return { ok: true, options };
}

function optionNamed(written: string): OptionSpec | undefined {
  if (written.startsWith('--')) return OPTIONS.find((option) => option.name === written.slice(2));
  return OPTIONS.find((option) => option.short !== undefined && written === `-${option.short}`);
}

/** "unknown option --jsn; did you mean --json?", or just its name when no option is near it. */
function unknownOption(written: string): string {
  const nearest = nearestOption(written.replace(/^-+/, '').toLowerCase());
  return nearest === undefined ? `unknown option ${written}` : `unknown option ${written}; did you mean --${nearest}?`;
}

/** The option a mistyped name was meant to be: the only one it begins, or the one within a couple of typing slips. */
function nearestOption(typed: string): string | undefined {
  const names = [...OPTIONS.map((option) => option.name), HELP.name];
  const canonical = typed.replace(/_/g, '-');
  if (names.includes(canonical)) return canonical; // -json, --as_at
  const prefixed = typed.length >= 2 ? names.filter((name) => name.startsWith(typed)) : [];
  if (prefixed.length === 1) return prefixed[0];
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(canonical, name);
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  return best !== undefined && best.distance <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

/** Levenshtein distance, with a swap of two neighbouring letters counted as one slip. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i]!;
      const above = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}
