import { MAX_LISTED_ROWS } from '../../src/engine/edits/summary-sheet-plan.js';
import { performance } from 'node:perf_hooks';
import { excelSerialFromIso } from '../../src/engine/dates/calendar.js';
import { OfficeTrackerHost } from '../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, fakeWorkbook, type CellInput, type FakeExcelStats, type WorkbookDescription } from '../../tests/support/fake-excel/index.js';
import { HEADERS, REGISTER_SHEET, TRACKER_SHEET } from '../make-tracker.js';
import type { BenchSection } from '../section.js';
import { formatCount, formatTable } from '../table.js';
import { formatMs } from '../timing.js';

export const DEFAULT_ADAPTER_SIZES = [10, 10_000, 50_000, 100_000];
/** The row count of the extra case with long progress notes, read past the 5 MB response limit. */
const LONG_NOTES_ROWS = 50_000;
const NOW = () => new Date('2025-04-15T12:00:00Z');

/**
 * The council's wordings, weighted as bench/make-tracker.ts weighs them (a tracker a year in):
 * of every 20 rows, 6 completed, 7 on track, 4 with delays, 3 not started.
 */
const STATUS_CYCLE: readonly string[] = [
  ...Array<string>(6).fill('Completed'),
  ...Array<string>(7).fill('In progress & On track'),
  ...Array<string>(4).fill('In progress, some delays'),
  ...Array<string>(3).fill('Not started'),
];
const LEADS = ['Susanne Leece', 'Anna Berry', 'Ben Holmes', 'Priya Shah', 'Tom Gallagher', 'Helen Okafor', 'Rachel Dunn', 'David Osei'];
const ACTIONS = ['Review the MTFS', 'Review the risk register', 'Review the capital plan', 'Review scrutiny', 'Review the asset plan'];
const NOTES = ['To Cabinet in May.', 'Plan agreed.', 'Posts advertised.', 'Delayed.'];
/** ~300 characters: a paragraph of progress, as long trackers carry. */
const LONG_NOTE =
  'A report went to Cabinet in March setting out the proposed approach, which was agreed. The project board has met six times and a delivery plan is in place. ' +
  'Consultation with staff closed on 14 February with 212 responses received; comments are being taken in and a revised plan goes to the board in May.';

interface Case {
  rows: number;
  longNotes: boolean;
}

interface Measured {
  syncs: number;
  commands: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  failedSyncs: number;
  /** The largest response refused as over the limit, in bytes (0 when none was). */
  refusedResponseBytes: number;
  /** Commands in the sync that sets the status colouring (conditional formats). */
  colouringCommands: number;
  ms: number;
  /** The error code when the operation failed (e.g. a sync over 5 MB the adapter did not split). */
  error?: string;
}

/**
 * A tracker of `rows` short rows (about 35 characters of recommendation, one lead, a short
 * progress note, a status, a due date): about 100 bytes a row in the response, so 50,000 rows
 * read in one sync under 5 MB. With `longNotes` each note is about 300 characters.
 */
export function trackerDescription({ rows, longNotes }: Case): WorkbookDescription {
  const cells: CellInput[][] = [['Corporate Peer Challenge – Action plan tracker'], [...HEADERS]];
  const formats: (string | null)[][] = [[], []];
  for (let n = 1; n <= rows; n++) {
    const due = excelSerialFromIso(`${2024 + (n % 2)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`);
    cells.push([
      `${n}. ${ACTIONS[n % ACTIONS.length]!} by March`,
      LEADS[n % LEADS.length]!,
      longNotes ? LONG_NOTE : NOTES[n % NOTES.length]!,
      STATUS_CYCLE[n % STATUS_CYCLE.length]!,
      due,
    ]);
    formats.push([null, null, null, null, 'dd/mm/yyyy']);
  }
  return {
    name: `tracker-${rows}.xlsx`,
    sheets: [
      { name: TRACKER_SHEET, rows: cells, numberFormats: formats },
      { name: REGISTER_SHEET, rows: [['Lead officer', 'Job title'], ...LEADS.map((lead) => [lead, 'Director'])] },
    ],
  };
}

function measured(stats: FakeExcelStats, ms: number, error?: string): Measured {
  return {
    ...(error !== undefined && { error }),
    syncs: stats.syncCount,
    commands: stats.commandCount,
    maxRequestBytes: stats.maxRequestBytes,
    maxResponseBytes: Math.max(0, ...stats.syncs.filter((s) => s.error === undefined).map((s) => s.responseBytes)),
    refusedResponseBytes: Math.max(0, ...stats.syncs.filter((s) => s.error !== undefined).map((s) => s.responseBytes)),
    failedSyncs: stats.syncs.filter((s) => s.error !== undefined).length,
    colouringCommands: stats.syncs
      .filter((s) => s.labels.some((label) => label.startsWith('ConditionalFormatCollection')))
      .reduce((n, s) => n + s.commands, 0),
    ms,
  };
}

/** One operation on a fresh in-memory Excel holding the tracker. */
async function measure(description: WorkbookDescription, operation: 'validate' | 'buildSummary'): Promise<Measured> {
  const excel = createFakeExcel(fakeWorkbook(description));
  const host = new OfficeTrackerHost(excel.run, NOW);
  const start = performance.now();
  let outcome;
  try {
    outcome = operation === 'validate' ? await host.validate() : await host.buildSummary();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return measured(excel.stats, performance.now() - start, typeof code === 'string' ? code : String(error));
  }
  const ms = performance.now() - start;
  const items = outcome.report.trackers.reduce((sum, tracker) => sum + tracker.items, 0);
  const rows = description.sheets[0]!.rows!.length - 2;
  if (items !== rows) throw new Error(`${operation}: a ${rows}-row tracker read as ${items} items`);
  return measured(excel.stats, ms);
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

export const adapterSection: BenchSection = {
  name: 'adapter',
  title: 'Office adapter on the in-memory Excel: OfficeTrackerHost.validate() and .buildSummary(), syncs and commands',
  async run(context) {
    const cases: Case[] = [...(context.sizes ?? DEFAULT_ADAPTER_SIZES).map((rows) => ({ rows, longNotes: false })), { rows: LONG_NOTES_ROWS, longNotes: true }];
    const lines: string[][] = [];
    for (const c of cases) {
      const description = trackerDescription(c);
      const label = `${formatCount(c.rows)}${c.longNotes ? ' (300-char notes)' : ''}`;
      const validate = await measure(description, 'validate');
      const summary = await measure(description, 'buildSummary');
      context.progress(`  ${label} rows: validate ${formatMs(validate.ms)}, build summary ${formatMs(summary.ms)}`);
      lines.push([
        label,
        String(validate.syncs),
        formatCount(validate.commands),
        formatCount(validate.colouringCommands),
        kb(validate.maxRequestBytes),
        kb(validate.maxResponseBytes),
        validate.failedSyncs === 0 ? '0' : `${validate.failedSyncs} (${kb(validate.refusedResponseBytes)} KB)`,
        validate.error ?? 'ok',
        String(summary.syncs),
        formatCount(summary.commands),
        kb(summary.maxRequestBytes),
        summary.error ?? 'ok',
      ]);
    }
    context.print('each operation on a fresh in-memory Excel (5 MB request/response limit, as Excel on the web);');
    context.print('syncs = context.sync() calls by the adapter (Excel.run\'s own final sync not counted); a sync refused as over 5 MB counts');
    context.print(formatTable(
      [
        'rows', 'validate: syncs', 'commands', 'colouring cmds', 'largest request KB', 'largest response KB', 'refused >5 MB', 'result',
        'build summary: syncs', 'commands', 'largest request KB', 'result',
      ],
      lines,
    ));
    context.print('largest request counts a refused request; largest response is of the syncs Excel accepted (a refused one is shown beside the refusal)');
    context.print(`note: build summary lists at most ${MAX_LISTED_ROWS} exceptions and due items, and fills each run of one rating once, so its commands stay near-constant`);
    context.print('target: syncs and colouring commands do not grow with rows (until the 5 MB limit)');
  },
};
