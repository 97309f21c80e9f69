import { formatLongDate } from '../text/format-date.js';
import { BRAG_CATEGORIES, type Rating } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import { boardSummary, type BoardSummary, type GroupRow } from '../summary/board-summary.js';
import { planSummary } from '../summary/plan-summary.js';
import { capitalise } from '../text/number-words.js';
import { chartMarks } from './chart-marks.js';
import type { PlannedChart, PlannedTable, PlannedText, SummarySheetPlan } from './summary-plan-types.js';
import { movementSection } from './movement-section.js';
import { trendPoints, trendSection } from './trend-section.js';
import type { ReviewSnapshot } from '../compare/read-review-snapshots.js';
import { leadChartCaption, leadChartDescription, statusChartDescription } from './chart-descriptions.js';
import { summaryMarkerName, summarySheetName } from './summary-sheet-names.js';

export type { PlanValue, PlannedChart, PlannedTable, PlannedText, SummarySheetPlan } from './summary-plan-types.js';

/** How each kind of text looks, the same in the add-in and in the file the command line writes. */
export const SUMMARY_TEXT_STYLES: Record<PlannedText['style'], { size: number; bold: boolean; wrap: boolean; colour: string }> = {
  title: { size: 18, bold: true, wrap: false, colour: '#0B0C0C' },
  subtitle: { size: 11, bold: false, wrap: false, colour: '#505A5F' },
  heading: { size: 13, bold: true, wrap: false, colour: '#0B0C0C' },
  paragraph: { size: 12, bold: false, wrap: true, colour: '#0B0C0C' },
  note: { size: 11, bold: false, wrap: false, colour: '#0B0C0C' },
  /** A chart's data in words, on one line in the free row under it. */
  caption: { size: 11, bold: false, wrap: false, colour: '#0B0C0C' },
};

const TABLE_COLUMNS = 8;

/** The sheet a whole plan's summary is written to. */
export const PLAN_SHEET_NAME = 'Summary – Whole plan';

/**
 * A board pack lists at most this many exceptions or due items; past it the page says how many
 * more there are. It also keeps the build inside Excel on the web's 5 MB request on huge trackers.
 */
export const MAX_LISTED_ROWS = 100;

const ATTENTION: readonly Rating[] = ['red', 'amber', 'unrated', 'green', 'blue'];

/**
 * The board-pack page for one tracker, as a plan any host can lay out: title, as-at date,
 * the paragraph, the headline table and doughnut, the by-lead table and stacked bar, the
 * exceptions, the due dates, and a data-quality line; with reviews kept in the workbook, the status at
 * each of them and now.
 */
export function summarySheetPlan(summary: BoardSummary, profile: Profile, sourceHeaderRow: number, kept: readonly ReviewSnapshot[] = []): SummarySheetPlan {
  const { plan } = summary;
  const sheetName = plan ? PLAN_SHEET_NAME : summarySheetName(summary.sheet);
  const key = plan ? 'WholePlan' : summary.sheet.replace(/[^A-Za-z0-9]/g, '').slice(0, 20) || 'Tracker';
  const texts: PlannedText[] = [];
  const tables: PlannedTable[] = [];
  const charts: PlannedChart[] = [];
  const many = capitalise(summary.noun.many);
  const heading = (row: number, text: string) => texts.push({ row, column: 0, text, style: 'heading', span: TABLE_COLUMNS });
  const label = (rating: Rating) => (rating === 'unrated' ? 'No recognised status' : profile.categories[rating].label);

  texts.push({ row: 0, column: 0, text: `${many}: progress summary`, style: 'title', span: TABLE_COLUMNS });
  texts.push({
    row: 1,
    column: 0,
    text: `As at ${formatLongDate(summary.asAt)}. Source: ${
      plan ? `${plan.sheets.length} trackers (sheets ${plan.sheets.map((s) => `"${s}"`).join(', ')})` : `sheet "${summary.sheet}", header row ${sourceHeaderRow}`
    }, ${summary.total} ${summary.total === 1 ? summary.noun.one : summary.noun.many}.`,
    style: 'subtitle',
    span: TABLE_COLUMNS,
  });
  texts.push({ row: 3, column: 0, text: summary.paragraph, style: 'paragraph', span: TABLE_COLUMNS });

  let row = 5;
  heading(row, 'Status');
  const statusTableRow = row + 1;
  const sideBySide = summary.ratings.length > 1;
  const statusHeader = sideBySide
    ? ['Status', ...summary.ratings.flatMap((r) => [`${r.header}: count`, `${r.header}: %`])]
    : ['Status', 'Count', '%'];
  const categories = summary.headline.map((h) => h.rating);
  tables.push({
    name: `TC_${key}_Status`,
    row: statusTableRow,
    column: 0,
    header: statusHeader,
    rows: categories.map((rating) => [
      label(rating),
      ...(sideBySide ? summary.ratings : [{ headline: summary.headline }]).flatMap((r) => {
        const line = r.headline.find((h) => h.rating === rating);
        return [line?.count ?? 0, (line?.percent ?? 0) / 100];
      }),
    ]),
    rowRatings: categories,
    percentColumns: statusHeader.map((_, i) => i).filter((i) => i > 0 && i % 2 === 0),
  });
  texts.push({ row: statusTableRow + categories.length + 1, column: 0, text: `Total: ${summary.total}`, style: 'note', span: 3 });
  const statusDescription = statusChartDescription(summary);
  // Beside the status table: one column wider for each extra rating shown side by side.
  const doughnutAnchor = { top: 5, left: statusHeader.length, bottom: 5 + 12, right: statusHeader.length + 4 };
  charts.push({
    kind: 'doughnut',
    title: `${many} by status`,
    description: statusDescription,
    labels: 'count-and-percent',
    table: `TC_${key}_Status`,
    series: [{ column: 1 }],
    pointRatings: categories,
    anchor: doughnutAnchor,
  });
  caption(texts, doughnutAnchor, statusDescription);

  row = Math.max(statusTableRow + categories.length + 3, 18);
  if (summary.since) {
    const section = movementSection(summary.since, row, key, TABLE_COLUMNS, MAX_LISTED_ROWS, label);
    texts.push(...section.texts);
    tables.push(...section.tables);
    row = section.next;
  }
  const nowCounts = { blue: 0, green: 0, amber: 0, red: 0, unrated: 0 };
  for (const line of summary.headline) nowCounts[line.rating] = line.count;
  const points = trendPoints(kept, plan ? plan.sheets : [summary.sheet], { asAt: summary.asAt, counts: nowCounts });
  if (points.length > 1) {
    const section = trendSection(points, row, key, TABLE_COLUMNS, many, label);
    texts.push(...section.texts);
    tables.push(...section.tables);
    charts.push(...section.charts);
    row = section.next;
  }
  if (plan) {
    heading(row, 'By tracker');
    const trackerTable = groupTable(`TC_${key}_Trackers`, 'Tracker', plan.byTracker, row + 1, label);
    tables.push(trackerTable);
    const left = trackerTable.column + trackerTable.header.length;
    const anchor = { top: row, left, bottom: row + Math.max(14, plan.byTracker.length + 2), right: left + 6 };
    const byTracker = { rows: plan.byTracker, word: 'tracker' };
    charts.push({
      kind: 'stacked-bar',
      title: `${many} by tracker`,
      description: leadChartDescription(summary, byTracker),
      labels: 'count',
      table: trackerTable.name,
      series: BRAG_CATEGORIES.map((rating, index) => ({ column: index + 1, rating })),
      anchor,
    });
    caption(texts, anchor, leadChartCaption(summary, byTracker));
    row += Math.max(plan.byTracker.length + 3, 15);
  }
  heading(row, 'By lead');
  const leadTable = groupTable(`TC_${key}_Leads`, 'Lead', summary.byLead, row + 1, label);
  tables.push(leadTable);
  // Right beside the table rather than past the sheet's sized columns, so the page prints one page wide
  // at a size a board can read.
  const barLeft = leadTable.column + leadTable.header.length;
  const barAnchor = { top: row, left: barLeft, bottom: row + Math.max(14, summary.byLead.length + 2), right: barLeft + 6 };
  charts.push({
    kind: 'stacked-bar',
    title: `${many} by lead`,
    description: leadChartDescription(summary),
    labels: 'count',
    table: leadTable.name,
    series: BRAG_CATEGORIES.map((rating, index) => ({ column: index + 1, rating })),
    anchor: barAnchor,
  });
  caption(texts, barAnchor, leadChartCaption(summary));
  row += Math.max(summary.byLead.length + 3, 15);

  if (summary.byArea.length > 0) {
    heading(row, 'By area');
    tables.push(groupTable(`TC_${key}_Areas`, 'Area', summary.byArea, row + 1, label));
    row += summary.byArea.length + 3;
  }

  heading(row, 'Exceptions: delayed, not in progress or without a status');
  if (summary.exceptions.length === 0) {
    texts.push({ row: row + 1, column: 0, text: `Every ${summary.noun.one} is completed or on track.`, style: 'note', span: TABLE_COLUMNS });
    row += 3;
  } else {
    // Red first, then amber, then unrated: the order a board reads them in, and one fill per run.
    const listed = [...summary.exceptions].sort((a, b) => ATTENTION.indexOf(a.rating) - ATTENTION.indexOf(b.rating)).slice(0, MAX_LISTED_ROWS);
    tables.push({
      name: `TC_${key}_Exceptions`,
      row: row + 1,
      column: 0,
      header: ['No.', 'Lead', 'Status', 'Latest progress'],
      rows: listed.map((e) => [e.id, e.lead, e.status || label(e.rating), e.progress]),
      rowRatings: listed.map((e) => e.rating),
      wrapColumns: [1, 3],
    });
    row += listed.length + 2;
    row = noteUnlisted(texts, row, summary.exceptions.length - listed.length);
  }

  heading(row, `Due dates: overdue, and due by ${formatLongDate(summary.nextQuarterEnd)}`);
  const dueRows = [
    ...summary.overdue.map((d) => [d.id, d.lead, formatLongDate(d.due), 'Overdue', d.status]),
    ...summary.dueSoon.map((d) => [d.id, d.lead, formatLongDate(d.due), 'Due by next quarter end', d.status]),
  ];
  if (dueRows.length === 0) {
    texts.push({ row: row + 1, column: 0, text: 'No open item is overdue or due by the end of next quarter.', style: 'note', span: TABLE_COLUMNS });
    row += 3;
  } else {
    const listed = dueRows.slice(0, MAX_LISTED_ROWS);
    tables.push({ name: `TC_${key}_Due`, row: row + 1, column: 0, header: ['No.', 'Lead', 'Due', 'When', 'Status'], rows: listed, wrapColumns: [1] });
    row += listed.length + 2;
    row = noteUnlisted(texts, row, dueRows.length - listed.length);
  }

  heading(row, 'Data quality');
  texts.push({ row: row + 1, column: 0, text: dataQualityLine(summary), style: 'note', span: TABLE_COLUMNS });

  return {
    sheetName,
    sourceSheet: summary.sheet,
    markerName: summaryMarkerName(summary.sheet),
    texts,
    tables,
    charts,
    columnWidths: [34, 14, 14, 44, 12, 12, 12, 12],
    print: { landscape: true, fitToPagesWide: 1, header: `${many}: progress summary, as at ${formatLongDate(summary.asAt)}` },
    palette: profile.palette,
    chartMarks: chartMarks(profile.palette),
  };
}

/**
 * A summary sheet per tracker and, for a plan of several trackers, one for the whole plan after them;
 * `kept`: the reviews kept in the workbook, for the status at each review.
 */
export function summarySheetPlans(trackers: readonly TrackerAnalysis[], profile: Profile, kept: readonly ReviewSnapshot[] = []): SummarySheetPlan[] {
  const plans = trackers.map((tracker) => summarySheetPlan(boardSummary(tracker), profile, tracker.context.layout.headerRow, kept));
  const whole = planSummary(trackers, profile);
  return whole ? [...plans, summarySheetPlan(whole, profile, 0, kept)] : plans;
}

/**
 * A chart's caption in the row under it, which the layout leaves free, from the sheet's left edge so
 * one unwrapped line has the page's width (a taller row would move the page breaks).
 */
function caption(texts: PlannedText[], anchor: PlannedChart['anchor'], text: string): void {
  texts.push({ row: anchor.bottom, column: 0, text, style: 'caption', span: TABLE_COLUMNS });
}

/** Notes how many rows a list leaves out; returns the row after the list and its note. */
function noteUnlisted(texts: PlannedText[], row: number, unlisted: number): number {
  if (unlisted <= 0) return row + 1;
  texts.push({ row, column: 0, text: `…and ${unlisted} more, not listed here: the tracker and Tracker Check's panel have them all.`, style: 'note', span: TABLE_COLUMNS });
  return row + 2;
}

function groupTable(name: string, title: string, groups: GroupRow[], row: number, label: (r: Rating) => string): PlannedTable {
  const hasUnrated = groups.some((g) => g.counts.unrated > 0);
  const ratings: Rating[] = hasUnrated ? [...BRAG_CATEGORIES, 'unrated'] : [...BRAG_CATEGORIES];
  return {
    name,
    row,
    column: 0,
    header: [title, ...ratings.map(label), 'Total'],
    rows: groups.map((g) => [g.name, ...ratings.map((r) => g.counts[r]), g.total]),
    columnRatings: [undefined, ...ratings, undefined],
  };
}

export function dataQualityLine(summary: BoardSummary): string {
  const { error, warning, info } = summary.issueCounts;
  if (error + warning === 0) return 'Validation found no problems in the tracker.';
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `Validation found ${part(error, 'error')} and ${part(warning, 'warning')} (${part(info, 'note')}); see Tracker Check for the cells.`;
}
