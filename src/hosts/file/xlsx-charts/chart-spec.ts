/** What a caller asks for: one native Excel chart placed over a block of cells. */

/** Cell-corner anchors, 0-based: the chart spans from the top-left of (fromCol, fromRow) to the top-left of (toCol, toRow). */
export interface ChartAnchor {
  fromCol: number;
  fromRow: number;
  toCol: number;
  toRow: number;
}

export interface ChartSeriesSpec {
  /** Shown in the legend (stacked bar) or as the series name (doughnut). */
  name: string;
  /** Sheet range reference for the values, e.g. "'Summary – Recommendations'!$B$8:$B$11". */
  values: string;
  /** The values as they stand now, written into the chart's cache so readers draw without recalculating. */
  cachedValues: number[];
  /** RRGGBB fill for the whole series. */
  colour?: string;
  /** RRGGBB fill per category (doughnut slices), in category order. */
  pointColours?: string[];
}

export interface ChartSpec {
  kind: 'doughnut' | 'stacked-bar';
  title: string;
  anchor: ChartAnchor;
  /** Sheet range reference for the category labels, e.g. "'Summary – Recommendations'!$A$8:$A$11". */
  categories: string;
  /** The category labels as they stand now (written into the chart's cache). */
  categoryNames: string[];
  series: ChartSeriesSpec[];
  /** Doughnut only: label each slice with its percentage. */
  showPercent?: boolean;
}
