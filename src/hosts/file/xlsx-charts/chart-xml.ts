/** The chart part (xl/charts/chartK.xml) for one ChartSpec. */

import type { ChartSpec } from './chart-spec.js';
import { chartSpaceXml } from './chart-xml-parts.js';
import { doughnutChartXml } from './doughnut-chart-xml.js';
import { stackedBarChartXml } from './stacked-bar-chart-xml.js';

export function chartPartXml(spec: ChartSpec): string {
  switch (spec.kind) {
    case 'doughnut':
      return chartSpaceXml(spec.title, doughnutChartXml(spec), 'r');
    case 'stacked-bar':
      return chartSpaceXml(spec.title, stackedBarChartXml(spec), 'b');
    case 'stacked-column':
      return chartSpaceXml(spec.title, stackedBarChartXml(spec, 'col'), 'b');
  }
}
