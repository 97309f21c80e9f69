/**
 * The shapes of a summary sheet's plan, and nothing else: the sections that build parts of it and
 * the hosts that write it import these without importing the planner, so no import runs in a circle.
 */

import type { Rating } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import type { ChartMark } from './chart-marks.js';
import type { ValueAxis } from './chart-layout.js';

/** Every value the plan writes is data: a host must write strings as text, never as formulas. */
export type PlanValue = string | number;

export interface PlannedText {
  row: number;
  column: number;
  text: string;
  style: 'title' | 'subtitle' | 'heading' | 'paragraph' | 'note' | 'caption';
  /** Columns the text may run across (never merged: it runs over the empty cells beside it), 1 for a single cell. */
  span: number;
}
export interface PlannedTable {
  /** A name Excel accepts for a table: letters, digits and underscores. */
  name: string;
  row: number;
  column: number;
  header: string[];
  rows: PlanValue[][];
  /** The BRAG rating each body row stands for, to fill its cell in `ratingColumn` ("Completed" in blue). */
  rowRatings?: Rating[];
  /** The column `rowRatings` fill: the status word, or the first column. 0 unless given. */
  ratingColumn?: number;
  /** The BRAG rating each column stands for, to fill its header cell (the by-lead table). */
  columnRatings?: (Rating | undefined)[];
  /** Columns holding a fraction to show as a whole percentage. */
  percentColumns?: number[];
  /** Columns of long text, wrapped. */
  wrapColumns?: number[];
}

export interface PlannedChart {
  /** A stacked column per review (the trend); a host that cannot draw a kind leaves it out, the table and caption stay. */
  kind: 'doughnut' | 'stacked-bar' | 'stacked-column';
  title: string;
  /** The chart's data in words: its alt text (WCAG 1.1.1) where the host can set one. */
  description: string;
  /** What each slice or bar segment is labelled with, so no reader depends on colour (WCAG 1.4.1). */
  labels: 'count-and-percent' | 'count';
  /** The table the chart draws from: its first column gives the categories. */
  table: string;
  /** Table columns that are series (by index), each with the rating that colours it. */
  series: { column: number; rating?: Rating }[];
  /** Doughnut: the rating that colours each slice, in row order. */
  pointRatings?: Rating[];
  /** Where the chart sits: 0-based cells, top-left inclusive, bottom-right exclusive. */
  anchor: { top: number; left: number; bottom: number; right: number };
  /** Where the legend, which names the categories in the order they are drawn, sits. */
  legend: 'top' | 'right';
  /** Bars and columns: the value axis, whole numbers from 0. */
  valueAxis?: ValueAxis;
  /** For each series, which points carry a label: only those whose label fits on them. */
  pointLabels: boolean[][];
  /**
   * Doughnut: each slice's label as the table gives it ("7" over "12%"), so the chart's percentages are the
   * table's and the paragraph's (the largest-remainder ones), not the spreadsheet's own rounding.
   */
  pointTexts?: string[][];
}

export interface SummarySheetPlan {
  sheetName: string;
  /** The source tracker's sheet. */
  sourceSheet: string;
  /**
   * The workbook-level defined name that marks the summary sheet (it refers to the sheet's A1),
   * so a rebuild finds and replaces the add-in's own sheet even if it was renamed, and never an
   * officer's sheet that merely has the same name.
   */
  markerName: string;
  texts: PlannedText[];
  tables: PlannedTable[];
  charts: PlannedChart[];
  columnWidths: number[];
  /** Rows given a height (0-based row, points): the rows a chart sits in. */
  rowHeights: { row: number; points: number }[];
  print: { landscape: true; fitToPagesWide: 1; header: string };
  palette: Profile['palette'];
  /** Fill, outline and label colour of each rating in the charts, chosen for contrast (WCAG 1.4.3, 1.4.11). */
  chartMarks: Record<Rating, ChartMark>;
}
