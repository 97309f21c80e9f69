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
  /** RRGGBB outline of the series' bars (white separates neighbours; a darker edge for a pale fill). */
  outline?: string;
  /** RRGGBB outline per category (doughnut slices). */
  pointOutlines?: string[];
  /** RRGGBB text of the series' data labels, chosen to contrast with its fill. */
  labelColour?: string;
  /** RRGGBB text of each slice's label (doughnut). */
  pointLabelColours?: string[];
  /** Each point's label as written lines (doughnut: the count over the table's percentage), instead of the values. */
  pointLabelTexts?: string[][];
}

export interface ChartSpec {
  kind: 'doughnut' | 'stacked-bar' | 'stacked-column';
  title: string;
  /** Alt text: the chart's data in words (xdr:cNvPr descr; its title goes in the title attribute). */
  description?: string;
  anchor: ChartAnchor;
  /** Sheet range reference for the category labels, e.g. "'Summary – Recommendations'!$A$8:$A$11". */
  categories: string;
  /** The category labels as they stand now (written into the chart's cache). */
  categoryNames: string[];
  series: ChartSeriesSpec[];
  /** Doughnut: label each slice with its count and percentage. */
  showPercent?: boolean;
  /** Label each bar segment or slice with its value (empty ones are left unlabelled). */
  showValues?: boolean;
  /** Per series, per point: whether its label is drawn (only where it fits); all of them when absent. */
  pointLabels?: boolean[][];
  /** Where the legend sits: above the plot (bars, in the order the segments run) or to the right. */
  legend?: 'top' | 'right';
  /** Bars and columns: a whole-number value axis from 0 to max in steps of majorUnit. */
  valueAxis?: { max: number; majorUnit: number };
}
