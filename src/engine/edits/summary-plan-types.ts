/**
 * The shapes of a summary sheet's plan, and nothing else: the sections that build parts of it and
 * the hosts that write it import these without importing the planner, so no import runs in a circle.
 */

import type { Rating } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import type { ChartMark } from './chart-marks.js';

/** Every value the plan writes is data: a host must write strings as text, never as formulas. */
export type PlanValue = string | number;

export interface PlannedText {
  row: number;
  column: number;
  text: string;
  style: 'title' | 'subtitle' | 'heading' | 'paragraph' | 'note' | 'caption';
  /** Columns the text spans (merged and wrapped), 1 for a single cell. */
  span: number;
}

export interface PlannedTable {
  /** A name Excel accepts for a table: letters, digits and underscores. */
  name: string;
  row: number;
  column: number;
  header: string[];
  rows: PlanValue[][];
  /** The BRAG rating each body row stands for, to fill its first cell ("Completed" in blue). */
  rowRatings?: Rating[];
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
  print: { landscape: true; fitToPagesWide: 1; header: string };
  palette: Profile['palette'];
  /** Fill, outline and label colour of each rating in the charts, chosen for contrast (WCAG 1.4.3, 1.4.11). */
  chartMarks: Record<Rating, ChartMark>;
}
