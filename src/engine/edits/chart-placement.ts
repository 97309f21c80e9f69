import { barChartHeight, barLabels, columnLabels, columnPoints, doughnutLabels, DOUGHNUT_POINTS, MAX_ROW_POINTS, wholeNumberAxis } from './chart-layout.js';
import type { PlannedChart, PlannedTable, PlannedText } from './summary-plan-types.js';

/** Where a chart goes: the rows it sits in (their heights), its caption beside it, the next free row. */
export interface ChartPlace {
  anchor: PlannedChart['anchor'];
  texts: PlannedText[];
  rowHeights: { row: number; points: number }[];
  next: number;
}

/** The columns a chart spans, right of the caption in column A (0-based, right exclusive). */
export const CHART_COLUMNS = { left: 1, right: 6 };
/** The doughnut is round: narrower, so its legend sits beside it. */
export const DOUGHNUT_COLUMNS = { left: 1, right: 4 };

/** A chart's height in points: the doughnut's fixed size, or enough for every bar to carry its label. */
export function chartHeight(kind: PlannedChart['kind'], bars: number): number {
  if (kind === 'doughnut') return DOUGHNUT_POINTS;
  if (kind === 'stacked-column') return 260;
  return barChartHeight(bars);
}

/**
 * Places a chart under its table, in rows of its own: its caption (the chart's data in words) wrapped in
 * column A, a sentence a row, and the chart beside it. A chart taller than Excel's tallest row spans as
 * many rows as its caption has sentences, so no row under it is left blank.
 */
export function placeChart(row: number, caption: string, heightPoints: number, columns: { left: number; right: number }): ChartPlace {
  const sentences = caption.split(/(?<=\.)\s+(?=[A-Z])/).filter((s) => s !== '');
  const rows = Math.max(1, Math.min(sentences.length, Math.ceil(heightPoints / MAX_ROW_POINTS)));
  const points = Math.min(MAX_ROW_POINTS, Math.ceil(heightPoints / rows));
  const texts: PlannedText[] = [];
  const rowHeights: ChartPlace['rowHeights'] = [];
  for (let i = 0; i < rows; i++) {
    const text = i < rows - 1 ? (sentences[i] ?? '') : sentences.slice(i).join(' ');
    texts.push({ row: row + i, column: 0, text, style: 'caption', span: 1 });
    rowHeights.push({ row: row + i, points });
  }
  return { anchor: { top: row, bottom: row + rows, ...columns }, texts, rowHeights, next: row + rows };
}

/** The chart's value axis and the labels that fit, once the sheet's column widths and row heights are known. */
export function sizeChartLabels(chart: PlannedChart, table: PlannedTable, columnWidths: readonly number[], rowHeights: readonly { row: number; points: number }[]): PlannedChart {
  let width = 0;
  for (let column = chart.anchor.left; column < chart.anchor.right; column++) width += columnPoints(columnWidths[column] ?? 8.43);
  const height = rowHeights.filter((r) => r.row >= chart.anchor.top && r.row < chart.anchor.bottom).reduce((sum, r) => sum + r.points, 0);
  const numbers = (column: number) => table.rows.map((row) => (typeof row[column] === 'number' ? row[column] : 0));
  const series = chart.series.map((s) => numbers(s.column));
  if (chart.kind === 'doughnut') {
    const values = series[0] ?? [];
    const percentages = numbers(2).map((fraction) => Math.round(fraction * 100));
    const pointTexts = values.map((value, index) => [String(value), `${percentages[index] ?? 0}%`]);
    return { ...chart, pointLabels: [doughnutLabels(values, percentages, width, height)], pointTexts };
  }
  const totals = table.rows.map((_, index) => series.reduce((sum, values) => sum + (values[index] ?? 0), 0));
  const valueAxis = wholeNumberAxis(Math.max(0, ...totals));
  const categories = table.rows.map((row) => String(row[0] ?? ''));
  const input = { series, categories, widthPoints: width, heightPoints: height };
  return { ...chart, valueAxis, pointLabels: chart.kind === 'stacked-bar' ? barLabels(input, valueAxis) : columnLabels(input, valueAxis) };
}
