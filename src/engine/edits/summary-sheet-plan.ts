import { formatLongDate } from '../text/format-date.js';
import { BRAG_CATEGORIES, type Rating } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import { boardSummary, type BoardSummary, type GroupRow } from '../summary/board-summary.js';
import { planSummary } from '../summary/plan-summary.js';
import { capitalise } from '../text/number-words.js';
import { chartMarks } from './chart-marks.js';
import { CHART_COLUMNS, chartHeight, DOUGHNUT_COLUMNS, placeChart, sizeChartLabels } from './chart-placement.js';
import type { PlannedChart, PlannedTable, PlannedText, SummarySheetPlan } from './summary-plan-types.js';
import { movementSection } from './movement-section.js';
import { trendPoints, trendSection } from './trend-section.js';
import type { ReviewSnapshot } from '../compare/read-review-snapshots.js';
import { leadChartCaption, leadChartDescription, statusChartDescription, type ChartGroups } from './chart-descriptions.js';
import { summaryMarkerName, summarySheetName } from './summary-sheet-names.js';
import { summaryPageHeader, summaryTitle } from './summary-titles.js';
import { paragraphLines, summaryColumnWidths } from './summary-column-widths.js';
import { dataQualityLine, dueHeading, noDueItemsSentence, unlistedNote, type PackOrigin } from './summary-wording.js';
import { dueTable, exceptionsTable } from './summary-item-tables.js';

export type { PlanValue, PlannedChart, PlannedTable, PlannedText, SummarySheetPlan } from './summary-plan-types.js';

/** How each kind of text looks, the same in the add-in and in the file the command line writes. */
export const SUMMARY_TEXT_STYLES: Record<PlannedText['style'], { size: number; bold: boolean; wrap: boolean; colour: string }> = {
  title: { size: 18, bold: true, wrap: false, colour: '#0B0C0C' },
  subtitle: { size: 11, bold: false, wrap: false, colour: '#505A5F' },
  heading: { size: 13, bold: true, wrap: false, colour: '#0B0C0C' },
  /** A line of the paragraph: the engine breaks it into lines, a row each, so no cell is merged to wrap it. */
  paragraph: { size: 12, bold: false, wrap: false, colour: '#0B0C0C' },
  note: { size: 11, bold: false, wrap: false, colour: '#0B0C0C' },
  /** A chart's data in words, wrapped in the first column of the rows the chart sits in. */
  caption: { size: 11, bold: false, wrap: true, colour: '#0B0C0C' },
};

/** The page's columns: the widest table's; text and charts stay within them, so the page prints one page wide at full size. */
const TABLE_COLUMNS = 6;

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
export function summarySheetPlan(
  summary: BoardSummary,
  profile: Profile,
  sourceHeaderRow: number,
  kept: readonly ReviewSnapshot[] = [],
  origin: PackOrigin = 'pane',
): SummarySheetPlan {
  const { plan } = summary;
  const sheetName = plan ? PLAN_SHEET_NAME : summarySheetName(summary.sheet);
  const key = plan ? 'WholePlan' : summary.sheet.replace(/[^A-Za-z0-9]/g, '').slice(0, 20) || 'Tracker';
  const label = (rating: Rating) => (rating === 'unrated' ? 'No recognised status' : profile.categories[rating].label);
  const context: LayoutContext = { summary, key, label, kept, origin, sourceHeaderRow };
  // The column widths come from the tables, whose content does not depend on where they sit; the paragraph's
  // lines depend on the widths, and everything under it on how many lines it takes.
  const first = layOutPage(context, [summary.paragraph]);
  const columnWidths = summaryColumnWidths(first.tables, TABLE_COLUMNS);
  const { texts, tables, charts, rowHeights } = layOutPage(context, paragraphLines(summary.paragraph, columnWidths));
  const sized = charts.map((chart) => {
    const table = tables.find((t) => t.name === chart.table);
    return table ? sizeChartLabels(chart, table, columnWidths, rowHeights) : chart;
  });
  return {
    sheetName,
    sourceSheet: summary.sheet,
    markerName: summaryMarkerName(summary.sheet),
    texts,
    tables,
    charts: sized,
    columnWidths,
    rowHeights,
    print: { landscape: true, fitToPagesWide: 1, header: summaryPageHeader(summary) },
    palette: profile.palette,
    chartMarks: chartMarks(profile.palette),
  };
}

interface LayoutContext {
  summary: BoardSummary;
  key: string;
  label: (rating: Rating) => string;
  kept: readonly ReviewSnapshot[];
  origin: PackOrigin;
  sourceHeaderRow: number;
}

interface PageLayout {
  texts: PlannedText[];
  tables: PlannedTable[];
  charts: PlannedChart[];
  rowHeights: SummarySheetPlan['rowHeights'];
}

/** A section heading's row: taller than the rest, its text at the bottom, so the space above it needs no blank row. */
const HEADING_ROW_POINTS = 30;

/**
 * The page, row by row with no blank row between (Excel's accessibility checker reads a blank row inside
 * the used range as the end of the data): title, as-at line, the paragraph a line a row, then each section
 * under its heading: status with its doughnut, the movement and trend where there are reviews to compare,
 * the trackers of a plan, the leads, the areas, the exceptions, the due dates, and data quality.
 */
function layOutPage(context: LayoutContext, paragraph: readonly string[]): PageLayout {
  const { summary, key, label, kept, origin } = context;
  const { plan } = summary;
  const texts: PlannedText[] = [];
  const tables: PlannedTable[] = [];
  const charts: PlannedChart[] = [];
  const rowHeights: SummarySheetPlan['rowHeights'] = [];
  const many = capitalise(summary.noun.many);
  const heading = (row: number, text: string) => {
    texts.push({ row, column: 0, text, style: 'heading', span: TABLE_COLUMNS });
    rowHeights.push({ row, points: HEADING_ROW_POINTS });
  };
  const note = (row: number, text: string) => texts.push({ row, column: 0, text, style: 'note', span: TABLE_COLUMNS });

  texts.push({ row: 0, column: 0, text: summaryTitle(summary), style: 'title', span: TABLE_COLUMNS });
  texts.push({
    row: 1,
    column: 0,
    text: `As at ${formatLongDate(summary.asAt)}. Source: ${
      plan ? `${plan.sheets.length} trackers (sheets ${plan.sheets.map((s) => `"${s}"`).join(', ')})` : `sheet "${summary.sheet}", header row ${context.sourceHeaderRow}`
    }, ${summary.total} ${summary.total === 1 ? summary.noun.one : summary.noun.many}.`,
    style: 'subtitle',
    span: TABLE_COLUMNS,
  });
  paragraph.forEach((line, index) => texts.push({ row: 2 + index, column: 0, text: line, style: 'paragraph', span: TABLE_COLUMNS }));

  let row = 2 + paragraph.length;
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
  const chartUnder = (top: number, chart: Omit<PlannedChart, 'anchor' | 'pointLabels'>, captionText: string, bars: number): number => {
    const place = placeChart(top, captionText, chartHeight(chart.kind, bars), chart.kind === 'doughnut' ? DOUGHNUT_COLUMNS : CHART_COLUMNS);
    charts.push({ ...chart, anchor: place.anchor, pointLabels: [] });
    texts.push(...place.texts);
    rowHeights.push(...place.rowHeights);
    return place.next;
  };
  const statusDescription = statusChartDescription(summary);
  row = chartUnder(
    statusTableRow + categories.length + 2,
    {
      kind: 'doughnut',
      title: `${many} by status`,
      description: statusDescription,
      labels: 'count-and-percent',
      table: `TC_${key}_Status`,
      series: [{ column: 1 }],
      pointRatings: categories,
      legend: 'right',
    },
    statusDescription,
    categories.length,
  );

  if (summary.since) {
    const section = movementSection(summary.since, row, key, TABLE_COLUMNS, MAX_LISTED_ROWS, label);
    texts.push(...section.texts);
    tables.push(...section.tables);
    for (const text of section.texts) if (text.style === 'heading') rowHeights.push({ row: text.row, points: HEADING_ROW_POINTS });
    row = section.next;
  }
  const nowCounts = { blue: 0, green: 0, amber: 0, red: 0, unrated: 0 };
  for (const line of summary.headline) nowCounts[line.rating] = line.count;
  const points = trendPoints(kept, plan ? plan.sheets : [summary.sheet], { asAt: summary.asAt, counts: nowCounts });
  if (points.length > 1) {
    const section = trendSection(points, row, key, many, label);
    heading(row, section.heading);
    tables.push(section.table);
    row = chartUnder(section.table.row + section.table.rows.length + 1, section.chart, section.chart.description, points.length);
  }
  const barChart = (title: string, table: PlannedTable, groups: ChartGroups | undefined, groupCount: number) => {
    heading(table.row - 1, title);
    tables.push(table);
    return chartUnder(
      table.row + table.rows.length + 1,
      {
        kind: 'stacked-bar',
        title: `${many} by ${groups?.word ?? 'lead'}`,
        description: leadChartDescription(summary, groups),
        labels: 'count',
        table: table.name,
        series: BRAG_CATEGORIES.map((rating, index) => ({ column: index + 1, rating })),
        legend: 'top',
      },
      leadChartCaption(summary, groups),
      groupCount,
    );
  };
  if (plan) {
    row = barChart('By tracker', groupTable(`TC_${key}_Trackers`, 'Tracker', plan.byTracker, row + 1, label), { rows: plan.byTracker, word: 'tracker' }, plan.byTracker.length);
  }
  row = barChart('By lead', groupTable(`TC_${key}_Leads`, 'Lead', summary.byLead, row + 1, label), undefined, summary.byLead.length);

  if (summary.byArea.length > 0) {
    heading(row, 'By area');
    tables.push(groupTable(`TC_${key}_Areas`, 'Area', summary.byArea, row + 1, label));
    row += summary.byArea.length + 2;
  }

  heading(row, 'Exceptions: delayed, not in progress or without a status');
  if (summary.exceptions.length === 0) {
    note(row + 1, `Every ${summary.noun.one} is completed or on track.`);
    row += 2;
  } else {
    // Red first, then amber, then unrated: the order a board reads them in, and one fill per run.
    const listed = [...summary.exceptions].sort((a, b) => ATTENTION.indexOf(a.rating) - ATTENTION.indexOf(b.rating)).slice(0, MAX_LISTED_ROWS);
    tables.push(exceptionsTable(`TC_${key}_Exceptions`, row + 1, listed, summary, label));
    row = noteUnlisted(texts, row + listed.length + 2, summary.exceptions.length - listed.length, origin);
  }

  heading(row, dueHeading(summary));
  const dueRows = [...summary.overdue.map((d) => ({ ...d, when: 'Overdue' })), ...summary.dueSoon.map((d) => ({ ...d, when: 'Due by next quarter end' }))];
  if (dueRows.length === 0) {
    note(row + 1, noDueItemsSentence(summary));
    row += 2;
  } else {
    const listed = dueRows.slice(0, MAX_LISTED_ROWS);
    tables.push(dueTable(`TC_${key}_Due`, row + 1, listed, summary, label));
    row = noteUnlisted(texts, row + listed.length + 2, dueRows.length - listed.length, origin);
  }

  heading(row, 'Data quality');
  note(row + 1, dataQualityLine(summary, origin));
  return { texts, tables, charts, rowHeights };
}

/**
 * A summary sheet per tracker and, for a plan of several trackers, one for the whole plan after them;
 * `kept`: the reviews kept in the workbook, for the status at each review.
 */
export function summarySheetPlans(trackers: readonly TrackerAnalysis[], profile: Profile, kept: readonly ReviewSnapshot[] = [], origin: PackOrigin = 'pane'): SummarySheetPlan[] {
  const plans = trackers.map((tracker) => summarySheetPlan(boardSummary(tracker), profile, tracker.context.layout.headerRow, kept, origin));
  const whole = planSummary(trackers, profile);
  return whole ? [...plans, summarySheetPlan(whole, profile, 0, kept, origin)] : plans;
}

/** Notes, in the row after a list, how many rows it leaves out; returns the next free row. */
function noteUnlisted(texts: PlannedText[], row: number, unlisted: number, origin: PackOrigin): number {
  if (unlisted <= 0) return row;
  texts.push({ row, column: 0, text: unlistedNote(unlisted, origin), style: 'note', span: TABLE_COLUMNS });
  return row + 1;
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
