// The checking itself, loaded by runCli only once the arguments are good: --help and a wrong
// argument answer without loading the engine or the workbook reader.
import { readFile } from 'node:fs/promises';
import { isoToday } from '../engine/dates/calendar.js';
import { DEFAULT_PROFILE } from '../engine/profile/default-profile.js';
import type { Profile } from '../engine/profile/profile-schema.js';
import type { WorkbookReport } from '../engine/report/workbook-report.js';
import { addToTotal, emptyTotal, type BatchEntry, type BatchReport } from './batch-total.js';
import { checkFile, type CheckSettings } from './check-file.js';
import { collectInputs, type InputEntry } from './collect-inputs.js';
import { copyTargets } from './copy-targets.js';
import { readEarlier } from './read-earlier.js';
import type { CliOptions } from './parse-args.js';
import { EXIT_CLEAN, EXIT_ERRORS_FOUND, EXIT_UNUSABLE, fail } from './exit-status.js';
import type { CliIo } from './run-cli.js';
import { ProgressLine } from './progress.js';
import { textReport, textTotal } from './text-report.js';
import { writeCopy } from './write-copy.js';

type CopyPlan = { targets: Map<string, string>; intoFolder: boolean } | undefined;

/** The files the arguments name, checked and reported. */
export async function runChecks(options: CliOptions, io: CliIo): Promise<number> {
  const profile = await profileFrom(options.profile);
  if (!profile.ok) return fail(io, profile.message);

  const inputs = await collectInputs(options.paths, options.recursive);
  let copies: CopyPlan;
  if (options.out !== undefined) {
    const planned = await copyTargets(options.out, inputs);
    if (!planned.ok) return fail(io, planned.message);
    copies = planned;
  }

  const settings: CheckSettings = {
    today: isoToday(io.now()),
    profile: profile.profile,
    ...(options.asAt !== undefined && { asAt: options.asAt }),
  };
  const [only] = inputs.entries;
  if (options.since !== undefined) {
    if (inputs.batch) return fail(io, '--since compares one file with its earlier review: give one file, not several or a folder');
    const earlier = await readEarlier(options.since, settings);
    if (!earlier.ok) return fail(io, earlier.message);
    settings.since = earlier.since;
  }
  if (!inputs.batch && only !== undefined && 'relative' in only) return runOne(only.path, only.relative, options, settings, copies, io);
  return runBatch(inputs.entries, options, settings, copies, io);
}

/** One file: today's one-file report, or one stderr line when it cannot be read. */
async function runOne(path: string, shownAs: string, options: CliOptions, settings: CheckSettings, copies: CopyPlan, io: CliIo): Promise<number> {
  const checked = await checkFile(path, shownAs, settings);
  if (!checked.ok) return fail(io, checked.message);
  io.stdout(options.json ? `${JSON.stringify(checked.report, null, 2)}\n` : `${textReport(checked.report, settings.profile)}\n`);
  const target = copies?.targets.get(path);
  if (target === undefined) return exitFor(checked.report);
  // After the report, on stderr, so that the report is never lost with the copy and --json's stdout stays one document.
  const copy = await writeCopy(path, target, checked.analysis, settings.profile, copies!.intoFolder);
  io.stderr(`${copy.line}\n`);
  return copy.ok ? exitFor(checked.report) : EXIT_UNUSABLE;
}

/** Several files (or a folder): each in turn, a file that cannot be read reported in its place, then the total. */
async function runBatch(entries: readonly InputEntry[], options: CliOptions, settings: CheckSettings, copies: CopyPlan, io: CliIo): Promise<number> {
  const progress = new ProgressLine(entries.length, io.stderrIsTerminal === true && io.clock !== undefined, io.clock ?? (() => 0), io.stderr);
  const total = emptyTotal();
  const documents: BatchEntry[] = [];
  let unreadable = 0;
  let worst = EXIT_CLEAN;

  for (const [index, entry] of entries.entries()) {
    progress.next(index, entry.path);
    const checked = 'problem' in entry ? { ok: false as const, message: entry.problem } : await checkFile(entry.path, entry.path, settings);
    const result: BatchEntry = checked.ok ? checked.report : { file: entry.path, error: checked.message };
    let code = checked.ok ? exitFor(checked.report) : EXIT_UNUSABLE;
    let copyLine: string | undefined;
    const target = copies?.targets.get(entry.path);
    if (checked.ok && target !== undefined) {
      const copy = await writeCopy(entry.path, target, checked.analysis, settings.profile, copies!.intoFolder);
      copyLine = copy.line;
      if (!copy.ok) code = EXIT_UNUSABLE;
    }

    progress.clear();
    if (options.json) documents.push(result);
    else io.stdout(`${'error' in result ? result.error : textReport(result, settings.profile)}\n\n`);
    if (copyLine !== undefined) io.stderr(`${copyLine}\n`);
    addToTotal(total, result);
    if (!checked.ok) unreadable += 1;
    worst = Math.max(worst, code);
  }
  progress.clear();

  if (options.json) {
    const report: BatchReport = { files: documents, total };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(`${textTotal(total, unreadable, settings.profile)}\n`);
  }
  return worst;
}

type ProfileResult = { ok: true; profile: Profile } | { ok: false; message: string };

/** The default profile, or the one --profile names; its loader (and zod) is loaded only then. */
async function profileFrom(path: string | undefined): Promise<ProfileResult> {
  if (path === undefined) return { ok: true, profile: DEFAULT_PROFILE };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { ok: false, message: `cannot read the profile ${path}` };
  }
  const { loadProfile } = await import('../engine/profile/load-profile.js');
  const loaded = loadProfile(text);
  return loaded.ok ? { ok: true, profile: loaded.profile } : { ok: false, message: `${path}: ${loaded.message}` };
}

function exitFor(report: WorkbookReport): number {
  return report.issueCounts.error > 0 ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}
