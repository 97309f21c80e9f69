import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { WorkbookReport } from '../../src/engine/report/workbook-report.js';

const counts = z.object({ blue: z.number(), green: z.number(), amber: z.number(), red: z.number(), unrated: z.number() });

/** A fixture's ground truth, written from the workbook as built, before the tool was run on it. */
export const truthSchema = z.object({
  describes: z.string(),
  asAt: z.string(),
  trackers: z.array(
    z.object({
      sheet: z.string(),
      items: z.number(),
      statusCounts: counts,
      problems: z.array(z.object({ code: z.string(), cell: z.string().optional(), row: z.number().optional() })),
      key: z.object({ sheet: z.string(), entries: z.array(z.object({ written: z.string(), category: z.string() })) }).optional(),
      /** The true role of each column, as Excel's letters. */
      columns: z.record(z.string(), z.string()).optional(),
    }).passthrough(),
  ),
  hidden: z.array(z.string()).optional(),
  /** Register sheets, by name or as the JSON report gives them ({ sheet, column, names }). */
  registers: z.array(z.union([z.string(), z.object({ sheet: z.string() }).passthrough()])).optional(),
  passedOver: z.array(z.string()).optional(),
  total: z.object({ items: z.number(), statusCounts: counts }).optional(),
  /**
   * Where the workbook states its review date. A fixture with one is run as an officer runs it,
   * without --as-at, and must read `asAt` from the sheet; one without is given `asAt`.
   */
  asAtStated: z.object({ sheet: z.string(), cell: z.string(), label: z.string().optional(), text: z.string() }).nullable().optional(),
  /** The questions an officer should be asked (the question fixtures): none for a tracker read with certainty. */
  questions: z.array(z.object({ sheet: z.string().optional(), kind: z.string() }).passthrough()).optional(),
  /** The officer's answers, as the answers file holds them: with them the counts are the truth's. */
  answers: z.unknown().optional(),
});

export type Truth = z.infer<typeof truthSchema>;

export interface Fixture {
  name: string;
  path: string;
  truth: Truth;
}

/** Every workbook in the realistic fixture folders that has a truth beside it. */
export function realisticFixtures(root: string): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const folder of ['statuses', 'layouts', 'reading', 'questions']) {
    const dir = join(root, folder);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.truth.json')).sort()) {
      const base = name.replace(/\.truth\.json$/, '');
      const workbook = names.find((n) => n.startsWith(`${base}.`) && !n.endsWith('.json'));
      if (!workbook) continue;
      const truth = truthSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      fixtures.push({ name: `${folder}/${base}`, path: join(dir, workbook), truth });
    }
  }
  return fixtures;
}

export interface TrackerScore {
  fixture: string;
  sheet: string;
  items: { got: number | undefined; want: number };
  countsRight: boolean;
  missed: string[];
  /** Errors and warnings reported that the truth does not list. */
  falseAlarms: string[];
  keyMissed: string[];
  /** Roles whose column differs from the truth's, as "due: E (want G)". */
  wrongColumns: string[];
  /** Where the review date came from: "given", or "sheet" when read from the workbook as its truth says. */
  dateFrom: string;
  /** How many questions the tracker (and its workbook) asks. */
  asked: number;
  /** Counts exact, or at least one question names a cell or column of this tracker whose answer changes them. */
  noConfidentWrongFigure: boolean;
  /** For the table: whether the counts were exact before any answer (where the fixture has answers). */
  unansweredCountsRight?: boolean;
}

/** How the tool's report compares with a fixture's truth, tracker by tracker. */
export function scoreReport(fixture: string, truth: Truth, report: WorkbookReport): TrackerScore[] {
  return truth.trackers.map((want) => {
    const got = report.trackers.find((t) => t.sheet === want.sheet);
    const place = (p: { code: string; cell?: string | undefined; row?: number | undefined }) => `${p.code}@${p.cell ?? `row ${p.row}`}`;
    const wanted = new Set(want.problems.map(place));
    const reported = (got?.issues ?? []).filter((i) => i.severity !== 'info');
    const reportedPlaces = new Set(reported.map((i) => place(i.cell === undefined ? { code: i.code, row: i.row } : i)));
    const keyGot = new Set((got?.key?.entries ?? []).map((e) => `${e.written}=${e.category}`));
    const wrongColumns = Object.entries(want.columns ?? {})
      .filter(([role, letter]) => got?.columns[role as keyof typeof got.columns] !== letter)
      .map(([role, letter]) => `${role}: ${got?.columns[role as keyof typeof got.columns] ?? '-'} (want ${letter})`);
    const dateFrom = report.asAtSource === 'given' ? 'given' : report.asAt === truth.asAt ? 'sheet' : `WRONG ${report.asAt}`;
    const questions = [...report.questions, ...(got?.questions ?? [])];
    const countsRight = got !== undefined && JSON.stringify(got.statusCounts) === JSON.stringify(ordered(want.statusCounts));
    return {
      fixture,
      sheet: want.sheet,
      wrongColumns,
      dateFrom,
      asked: questions.length,
      noConfidentWrongFigure: countsRight || questions.some((q) => q.kind === 'review-date' || q.sheet === want.sheet),
      items: { got: got?.items, want: want.items },
      countsRight: got !== undefined && JSON.stringify(got.statusCounts) === JSON.stringify(ordered(want.statusCounts)),
      missed: [...wanted].filter((p) => !reportedPlaces.has(p)),
      falseAlarms: [...reportedPlaces].filter((p) => !wanted.has(p)),
      keyMissed: (want.key?.entries ?? []).map((e) => `${e.written}=${e.category}`).filter((e) => !keyGot.has(e)),
    };
  });
}

function ordered(c: z.infer<typeof counts>) {
  return { blue: c.blue, green: c.green, amber: c.amber, red: c.red, unrated: c.unrated };
}

export function scoreTable(scores: readonly TrackerScore[]): string {
  const rows = scores.map((s) => [
    s.fixture,
    s.sheet,
    `${s.items.got ?? '-'}/${s.items.want}`,
    s.countsRight ? 'yes' : 'NO',
    String(s.missed.length),
    String(s.falseAlarms.length),
    s.keyMissed.length === 0 ? 'yes' : 'NO',
    s.wrongColumns.length === 0 ? 'yes' : 'NO',
    s.dateFrom,
    String(s.asked),
    (s.unansweredCountsRight ?? s.countsRight) ? '-' : s.noConfidentWrongFigure ? 'yes' : 'NO',
  ]);
  const header = ['fixture', 'tracker', 'items', 'counts', 'missed', 'false', 'key', 'columns', 'date', 'asks', 'unsure'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
