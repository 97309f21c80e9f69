/** The chart part (xl/charts/chartK.xml) for one ChartSpec. */

import type { ChartSpec } from './chart-spec.js';
import { chartSpaceXml, type LegendPosition } from './chart-xml-parts.js';
import { doughnutChartXml } from './doughnut-chart-xml.js';
import { stackedBarChartXml } from './stacked-bar-chart-xml.js';

export function chartPartXml(spec: ChartSpec): string {
  switch (spec.kind) {
    case 'doughnut':
      return chartSpaceXml(spec.title, doughnutChartXml(spec), legendOf(spec, 'r'));
    case 'stacked-bar':
      return chartSpaceXml(spec.title, stackedBarChartXml(spec), legendOf(spec, 't'));
    case 'stacked-column':
      return chartSpaceXml(spec.title, stackedBarChartXml(spec, 'col'), legendOf(spec, 't'));
  }
}

/** The legend names each category in the order it is drawn: above bars (their segments run left to right in its order), right of a doughnut. */
function legendOf(spec: ChartSpec, fallback: LegendPosition): LegendPosition {
  if (spec.legend === undefined) return fallback;
  return spec.legend === 'top' ? 't' : 'r';
}
