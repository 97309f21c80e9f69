/**
 * How big a summary chart is drawn and which of its labels are drawn, worked out from the page
 * rather than left to the spreadsheet: a value axis in whole numbers (no "0.5 of an action"), bars
 * thick enough for a label at one lead and at thirty, and a label only where it fits on its bar or
 * slice, so none spills onto the white plot where its white text could not be read. A segment too
 * small for its label keeps its count in the table above the chart.
 */

/** A column `width` units wide, in points, as Excel sizes it (7-pixel digits plus 5 pixels of padding). */
export function columnPoints(width: number): number {
  return ((Math.round(width * 7) + 5) * 3) / 4;
}

/** Excel's tallest row, in points: a chart taller than this spans several rows. */
export const MAX_ROW_POINTS = 409;

/** Chart text sizes, in points. */
const LABEL_POINTS = 9;
const AXIS_POINTS = 9;
/** Room for the title, the legend above the plot and the value axis under it. */
const BAR_CHART_FRAME = 96;
/** The gap between bars, as a percentage of a bar's thickness (CT_GapAmount). */
export const BAR_GAP_PERCENT = 50;
/** Each bar's share of the chart's height, from one lead to many. */
const BAR_PITCH = { most: 24, least: 18 };
/** The doughnut: its height, and its hole as a percentage of its size. */
export const DOUGHNUT_POINTS = 230;
export const DOUGHNUT_HOLE_PERCENT = 50;

/** A label's width in points: bold digits at the label size, with a little padding. */
function labelWidth(text: string): number {
  return text.length * LABEL_POINTS * 0.62 + 6;
}

/** The value axis: from 0 to `max` in steps of `majorUnit`, both whole numbers. */
export interface ValueAxis {
  max: number;
  majorUnit: number;
}

/** A whole-number axis that holds `largest` in at most about eight steps of 1, 2, 5, 10, 20, 25, 50… */
export function wholeNumberAxis(largest: number): ValueAxis {
  const top = Math.max(1, Math.ceil(largest));
  let unit = 1;
  for (let scale = 1; ; scale *= 10) {
    const found = [1, 2, 2.5, 5].map((f) => f * scale).find((step) => Number.isInteger(step) && top / step <= 8);
    if (found !== undefined) {
      unit = found;
      break;
    }
  }
  return { max: Math.ceil(top / unit) * unit, majorUnit: unit };
}

/** The height of a stacked bar chart of `bars` bars, in points. */
export function barChartHeight(bars: number): number {
  const pitch = bars <= 8 ? BAR_PITCH.most : BAR_PITCH.least;
  return BAR_CHART_FRAME + Math.max(2, bars) * pitch;
}

export interface BarLabelInput {
  /** Each series' values, one per bar. */
  series: readonly (readonly number[])[];
  /** The bars' names, down the category axis. */
  categories: readonly string[];
  widthPoints: number;
  heightPoints: number;
}

/**
 * Which segment of a stacked bar chart is labelled: where the label fits inside the segment, across and
 * up and down. Empty segments never are.
 */
export function barLabels(input: BarLabelInput, axis: ValueAxis): boolean[][] {
  const longestName = Math.max(0, ...input.categories.map((name) => name.length));
  const axisLabels = Math.min(longestName * AXIS_POINTS * 0.55, input.widthPoints * 0.35);
  const plotWidth = Math.max(1, input.widthPoints - axisLabels - 30);
  const bars = Math.max(1, input.categories.length);
  const plotHeight = Math.max(1, input.heightPoints - BAR_CHART_FRAME);
  const thickness = plotHeight / bars / (1 + BAR_GAP_PERCENT / 100);
  const tallEnough = thickness >= LABEL_POINTS + 3;
  return input.series.map((values) =>
    values.map((value) => value > 0 && tallEnough && (value / axis.max) * plotWidth >= labelWidth(String(value))),
  );
}

/**
 * Which slice of a doughnut is labelled (its count over its percentage): where the slice's arc, at the
 * middle of the ring, is longer than the label is wide and the ring is deeper than two lines.
 */
export function doughnutLabels(values: readonly number[], percentages: readonly number[], widthPoints: number, heightPoints: number): boolean[] {
  const total = values.reduce((sum, v) => sum + v, 0);
  // The ring sits left of the legend, under the title.
  const outer = Math.min(heightPoints - 50, widthPoints * 0.6) / 2;
  const inner = (outer * DOUGHNUT_HOLE_PERCENT) / 100;
  const middle = (outer + inner) / 2;
  const deepEnough = outer - inner >= 2 * (LABEL_POINTS + 2);
  return values.map((value, index) => {
    if (value <= 0 || total === 0 || !deepEnough) return false;
    const arc = (value / total) * 2 * Math.PI * middle;
    const label = Math.max(labelWidth(String(value)), labelWidth(`${percentages[index] ?? 0}%`));
    return arc >= label;
  });
}

/** Which segment of a stacked column chart (reviews along the bottom) is labelled: where it is tall and wide enough. */
export function columnLabels(input: BarLabelInput, axis: ValueAxis): boolean[][] {
  const columns = Math.max(1, input.categories.length);
  const plotWidth = Math.max(1, input.widthPoints - 40);
  const thickness = plotWidth / columns / (1 + BAR_GAP_PERCENT / 100);
  const plotHeight = Math.max(1, input.heightPoints - BAR_CHART_FRAME);
  return input.series.map((values) =>
    values.map((value) => value > 0 && thickness >= labelWidth(String(value)) && (value / axis.max) * plotHeight >= LABEL_POINTS + 3),
  );
}
