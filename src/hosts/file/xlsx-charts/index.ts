/** Native Excel charts for .xlsx files written by exceljs (which has no chart API): see addChartsToXlsx. */

export type { ChartAnchor, ChartSeriesSpec, ChartSpec } from './chart-spec.js';
export { addChartsToXlsx } from './add-charts-to-xlsx.js';
