import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyseWorkbook, type WorkbookAnalysis } from '../../src/engine/analyse/analyse-workbook.js';
import { detectSheet } from '../../src/engine/detect/detect-sheet.js';
import type { WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';
import { renderIssue } from '../../src/engine/issues/issue-messages.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import { workbookReport, type WorkbookReport } from '../../src/engine/report/workbook-report.js';
import { ALL_RULES } from '../../src/engine/rules/all-rules.js';
import { readRecords } from '../../src/engine/tracker/read-records.js';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { writeTrackerFile } from '../make-tracker.js';
import type { BenchSection } from '../section.js';
import { formatCount, formatTable } from '../table.js';
import { formatMs, timeTask, type Timing } from '../timing.js';
import { findStatusKey, KEY_SHEET_NAME } from '../../src/engine/key/find-key.js';
import { statusVocabulary } from '../../src/engine/vocabulary/status-vocabulary.js';

export const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const DEFAULT_REPETITIONS = 5;
/** The engine reads no clock; a fixed day keeps every run's findings the same. */
const TODAY = '2025-04-15';

/** Targets: the engine adds at most 20% to the file read; 100,000 rows are checked in under 1 s. */
export const TARGET_RATIO = 0.2;
export const TARGET_ROWS = 100_000;
export const TARGET_ENGINE_MS = 1000;

/** The engine on real files: analyseWorkbook (detect, validate, count) and workbookReport. */
export function runEngine(workbook: WorkbookGrid): WorkbookReport {
  return workbookReport(workbook.name, analyseWorkbook(workbook, { today: TODAY }));
}

interface SizeResult {
  rows: number;
  read: Timing;
  engine: Timing;
  items: number;
  issues: number;
}

export const engineSection: BenchSection = {
  name: 'engine',
  title: 'Engine on .xlsx files: readWorkbookFile → grid, then analyseWorkbook + workbookReport',
  async run(context) {
    const sizes = context.sizes ?? DEFAULT_SIZES;
    const repetitions = context.repetitions ?? DEFAULT_REPETITIONS;
    const results: SizeResult[] = [];
    let largest: WorkbookGrid | undefined;

    for (const rows of sizes) {
      const path = join(context.tempDir, `tracker-${rows}.xlsx`);
      const built = performance.now();
      await writeTrackerFile(path, { rows });
      context.progress(`  built ${formatCount(rows)}-row tracker in ${formatMs(performance.now() - built)}`);

      const read = await timeTask(async () => {
        const result = await readWorkbookFile(path);
        if (!result.ok) throw new Error(result.message);
        return result.workbook;
      }, { repetitions });
      context.progress(`  read ${formatCount(rows)} rows: ${read.timing.samples.map(formatMs).join(', ')}`);
      const engine = await timeTask(() => runEngine(read.result), { repetitions });
      context.progress(`  engine ${formatCount(rows)} rows: ${engine.timing.samples.map(formatMs).join(', ')}`);

      const report = engine.result;
      const items = report.trackers.reduce((sum, tracker) => sum + tracker.items, 0);
      if (items !== rows) context.print(`  ! ${formatCount(rows)}-row tracker read as ${formatCount(items)} items`);
      results.push({ rows, read: read.timing, engine: engine.timing, items, issues: report.trackers.reduce((sum, t) => sum + t.issues.length, 0) });
      largest = read.result;
    }

    context.print(`median of ${repetitions} runs after one warm-up`);
    context.print(formatTable(
      ['rows', 'file read', 'engine', 'engine/read', 'target ≤ 20%', 'issues found'],
      results.map((r) => [
        formatCount(r.rows),
        formatMs(r.read.median),
        formatMs(r.engine.median),
        `${((r.engine.median / r.read.median) * 100).toFixed(1)}%`,
        r.engine.median / r.read.median <= TARGET_RATIO ? 'met' : 'missed',
        formatCount(r.issues),
      ]),
    ));
    const atTarget = results.find((r) => r.rows === TARGET_ROWS);
    context.print(
      atTarget === undefined
        ? `target: ${formatCount(TARGET_ROWS)} rows validated in under ${formatMs(TARGET_ENGINE_MS)} (not measured: no ${formatCount(TARGET_ROWS)}-row size)`
        : `target: ${formatCount(TARGET_ROWS)} rows validated in under ${formatMs(TARGET_ENGINE_MS)}: ${formatMs(atTarget.engine.median)}, ${atTarget.engine.median < TARGET_ENGINE_MS ? 'met' : 'missed'}`,
    );

    if (largest !== undefined) {
      context.print();
      context.print(`where the engine spends its time at ${formatCount(results[results.length - 1]!.rows)} rows (median of ${repetitions})`);
      context.print(formatTable(
        ['phase', 'median', 'fastest'],
        (await enginePhases(largest, repetitions)).map(([phase, t]) => [phase, formatMs(t.median), formatMs(t.min)]),
      ));
    }
  },
};

/**
 * The engine's steps timed one by one, through its own exports: detection, reading records, each
 * rule, rendering messages and the report. "context" is what analyseTracker spends around them
 * (ratings, leads, due dates, sorting).
 */
async function enginePhases(workbook: WorkbookGrid, repetitions: number): Promise<[string, { median: number; min: number }][]> {
  const median = async (task: () => unknown): Promise<Timing> => (await timeTask(task, { repetitions })).timing;
  const analysis: WorkbookAnalysis = analyseWorkbook(workbook, { today: TODAY });
  const phases: [string, { median: number; min: number }][] = [];
  const detect = await median(() => workbook.sheets.map((grid) => detectSheet(grid, DEFAULT_PROFILE)));
  phases.push(['detect (every sheet)', detect]);
  const analyse = await median(() => analyseWorkbook(workbook, { today: TODAY }));
  const accounted = { median: detect.median, min: detect.min };
  const add = (phase: string, t: Timing): void => {
    phases.push([phase, t]);
    accounted.median += t.median;
    accounted.min += t.min;
  };
  const trackers = analysis.trackers;
  const keySheets = workbook.sheets.filter((grid) => KEY_SHEET_NAME.test(grid.name));
  const vocabulary = statusVocabulary(DEFAULT_PROFILE);
  add('find the key', await median(() => trackers.map((t) => findStatusKey(t.context.grid, t.context.layout, keySheets, vocabulary))));
  add('readRecords', await median(() => trackers.map((t) => readRecords(t.context.grid, t.context.layout))));
  for (const rule of ALL_RULES) add(`rule ${rule.name}`, await median(() => trackers.map((t) => rule(t.context))));
  const findings = trackers.map((t) => [...readRecords(t.context.grid, t.context.layout).findings, ...ALL_RULES.flatMap((rule) => rule(t.context))]);
  add('render issues', await median(() => findings.map((list) => list.map(renderIssue))));
  phases.push([
    'context (ratings by key, words and colour, leads, due dates, sort)',
    { median: Math.max(0, analyse.median - accounted.median), min: Math.max(0, analyse.min - accounted.min) },
  ]);
  phases.push(['analyseWorkbook total', analyse]);
  phases.push(['workbookReport', await median(() => workbookReport(workbook.name, analysis))]);
  return phases;
}
