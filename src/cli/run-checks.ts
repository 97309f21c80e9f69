// The checking itself, loaded by runCli only once the arguments are good: --help and a wrong
// argument answer without loading the engine or the workbook reader.
import { readFile } from 'node:fs/promises';
import { isoToday } from '../engine/dates/calendar.js';
import { DEFAULT_PROFILE } from '../engine/profile/default-profile.js';
import type { Profile } from '../engine/profile/profile-schema.js';
import type { OfficerReading } from '../engine/reading/officer-reading.js';
import type { WorkbookReport } from '../engine/report/workbook-report.js';
import { changedSince, type InputSnapshot } from '../hosts/file/read-input.js';
import { addToTotal, emptyTotal, type BatchEntry, type BatchReport } from './batch-total.js';
import { checkFile, type CheckSettings } from './check-file.js';
import { collectInputs, type InputEntry, type SkippedFile } from './collect-inputs.js';
import { copyTargets, type ReadPath } from './copy-targets.js';
import { EXIT_CLEAN, EXIT_ERRORS_FOUND, EXIT_NO_TRACKER, EXIT_UNUSABLE, worseExit } from './exit-status.js';
import { readEarlier } from './read-earlier.js';
import type { CliOptions } from './parse-args.js';
import { fail, say } from './fail.js';
import type { CliIo } from './run-cli.js';
import { ProgressLine } from './progress.js';
import { textReport, textTotal } from './text-report.js';
import { visible, visibleJson } from './visible-text.js';
import { writeCopy } from './write-copy.js';

type CopyPlan = { targets: Map<string, string>; intoFolder: boolean } | undefined;

/** The files the arguments name, checked and reported. */
export async function runChecks(options: CliOptions, io: CliIo): Promise<number> {

  const profile = await profileFrom(options.profile);
  if (!profile.ok) return fail(io, profile.message);

  const inputs = await collectInputs(options.paths, options.recursive);
  let copies: CopyPlan;
  if (options.out !== undefined) {
    const planned = await copyTargets(options.out, inputs, readPathsOf(options));
    if (!planned.ok) return fail(io, planned.message);
    copies = planned;
  }

  const settings: CheckSettings = {
    today: isoToday(io.now()),
    profile: profile.profile,
    ...(options.asAt !== undefined && { asAt: options.asAt }),
  };
  if (options.answers !== undefined) {
    const answers = await answersFrom(options.answers);
    if (!answers.ok) return fail(io, answers.message);
    settings.reading = answers.reading;
  }
  const [only] = inputs.entries;
  if (options.since !== undefined) {
    if (inputs.batch) return fail(io, '--since compares one file with its earlier review: give one file, not several or a folder');
    const earlier = await readEarlier(options.since, settings);
    if (!earlier.ok) return fail(io, earlier.message);
    settings.since = earlier.since;
  }
  if (options.report !== undefined && inputs.batch) return fail(io, '--report writes one committee report: give one file, not several or a folder');
  if (!inputs.batch && only !== undefined && 'relative' in only) return runOne(only.path, only.relative, options, settings, copies, io);
  return runBatch(inputs.entries, inputs.skipped, options, settings, copies, io);
}

/** One file: today's one-file report, or one stderr line when it cannot be read. */
async function runOne(path: string, shownAs: string, options: CliOptions, settings: CheckSettings, copies: CopyPlan, io: CliIo): Promise<number> {
  const checked = await checkFile(path, shownAs, settings);
  if (!checked.ok) return fail(io, checked.message);
  io.stdout(options.json ? `${visibleJson(checked.report)}\n` : `${textReport(checked.report, settings.profile)}\n`);
  const target = copies?.targets.get(path);
  // After the report, on stderr, so that the report is never lost with the copy and --json's stdout stays one document.
  const copy = target === undefined ? undefined : await writeCopy(path, checked.input, target, checked.analysis, settings.profile, copies!.intoFolder, settings.reading);
  for (const line of copy?.lines ?? []) say(io, line);
  await sayIfChanged(io, path, checked.input, copy !== undefined);
  let written = copy?.ok !== false;
  if (options.report !== undefined) {
    // Loaded only here: a check without --report never pays for the Word writer.
    const { writeReport } = await import('./write-report.js');
    const report = await writeReport(options.report, checked.analysis, settings.profile);
    say(io, report.line);
    written &&= report.ok;
  }
  return written ? exitFor(checked.report) : EXIT_UNUSABLE;
}

/** Several files (or a folder): each in turn, a file that cannot be read reported in its place, then what was skipped and the total. */
async function runBatch(entries: readonly InputEntry[], skipped: readonly SkippedFile[], options: CliOptions, settings: CheckSettings, copies: CopyPlan, io: CliIo): Promise<number> {
  const progress = new ProgressLine(entries.length, io.stderrIsTerminal === true && io.clock !== undefined, io.clock ?? (() => 0), io.stderr);
  const total = emptyTotal();
  const documents: BatchEntry[] = [];
  let unreadable = 0;
  let firstUnreadable: string | undefined;
  let worst = EXIT_CLEAN;

  for (const [index, entry] of entries.entries()) {
    progress.next(index, entry.path);
    const checked = 'problem' in entry ? { ok: false as const, message: entry.problem } : await checkFile(entry.path, entry.path, settings);
    const result: BatchEntry = checked.ok ? checked.report : { file: entry.path, error: checked.message };
    let code = checked.ok ? exitFor(checked.report) : EXIT_UNUSABLE;
    let copyLines: string[] = [];
    const target = copies?.targets.get(entry.path);
    if (checked.ok && target !== undefined) {
      const copy = await writeCopy(entry.path, checked.input, target, checked.analysis, settings.profile, copies!.intoFolder, settings.reading);
      copyLines = copy.lines;
      if (!copy.ok) code = EXIT_UNUSABLE;
    }

    progress.clear();
    if (options.json) documents.push(result);
    else io.stdout(`${'error' in result ? visible(result.error) : textReport(result, settings.profile)}\n\n`);
    for (const line of copyLines) say(io, line);
    if (checked.ok) await sayIfChanged(io, entry.path, checked.input, target !== undefined);
    addToTotal(total, result);
    if (!checked.ok) {
      unreadable += 1;
      firstUnreadable ??= checked.message;
    }
    worst = worseExit(worst, code);
  }
  progress.clear();

  if (options.json) {
    const report: BatchReport = { files: documents, skipped: skipped.map(({ path, reason }) => ({ file: path, reason })), total };
    io.stdout(`${visibleJson(report)}\n`);
  } else {
    if (skipped.length > 0) io.stdout(`${skippedLines(skipped)}\n\n`);
    io.stdout(`${textTotal(total, unreadable, settings.profile)}\n`);
  }
  // Nothing at all could be checked (an empty folder, a folder of broken links): stderr says why, as for one file.
  if (unreadable === entries.length && firstUnreadable !== undefined) {
    say(io, `tracker-check: ${unreadable === 1 ? firstUnreadable : `none of the ${unreadable} files could be read (the first: ${firstUnreadable})`}`);
  }
  return worst;
}

/** The answers file --answers names: the JSON of the saved reading (README, "Questions and answers"). */
async function answersFrom(path: string): Promise<{ ok: true; reading: OfficerReading } | { ok: false; message: string }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return { ok: false, message: `cannot read the answers ${path}${error instanceof SyntaxError ? ': it is not JSON' : ''}` };
  }
  const { parseOfficerReading } = await import('../engine/reading/officer-reading.js');
  const parsed = parseOfficerReading(json);
  return parsed.ok ? parsed : { ok: false, message: `${path}: ${parsed.message}` };
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

/** The files the command reads besides its inputs: none of them may be written over. */
function readPathsOf(options: CliOptions): ReadPath[] {
  const read: ReadPath[] = [];
  if (options.since !== undefined) read.push({ option: '--since', path: options.since });
  if (options.profile !== undefined) read.push({ option: '--profile', path: options.profile });
  return read;
}

/** 3 when no tracker was found (nothing was checked, so it is not a clean pass), else 1 or 0 by the errors found. */
function exitFor(report: WorkbookReport): number {
  if (report.trackers.length === 0) return EXIT_NO_TRACKER;
  return report.issueCounts.error > 0 ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}

function skippedLines(skipped: readonly SkippedFile[]): string {
  return [`Skipped, not checked (${skipped.length}):`, ...skipped.map(({ path, reason }) => `  ${path}: ${reason}`)].join('\n');
}

/** A file saved over while it was checked: the report (and the copy) are of the file as first read. */
async function sayIfChanged(io: CliIo, path: string, input: InputSnapshot, copied: boolean): Promise<void> {
  if (!(await changedSince(path, input.identity))) return;
  say(io, `tracker-check: ${path} changed while it was being checked; the report${copied ? ' and the copy are' : ' is'} of the file as it was first read`);
}
