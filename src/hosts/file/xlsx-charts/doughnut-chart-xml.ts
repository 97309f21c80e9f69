/** The plot-area content of a doughnut chart (CT_DoughnutChart): one ring, a coloured slice per category. */

import { DOUGHNUT_HOLE_PERCENT } from '../../../engine/edits/chart-layout.js';
import type { ChartSpec } from './chart-spec.js';
import { categoryXml, dataLabelsXml, seriesNameXml, shapeProperties, valuesXml } from './chart-xml-parts.js';

// Slices are outlined in white, so neighbouring colours stay distinct, unless the spec gives a darker edge.
const SLICE_OUTLINE = 'FFFFFF';

export function doughnutChartXml(spec: ChartSpec): string {
  const pointCount = spec.categoryNames.length;
  const series = spec.series
    .map((ser, idx) => {
      // CT_PieSer order: idx, order, tx, spPr, explosion, dPt*, dLbls, cat, val.
      const seriesFill = ser.colour ? shapeProperties(ser.colour, ser.outline ?? SLICE_OUTLINE) : '';
      const points = (ser.pointColours ?? [])
        .slice(0, pointCount)
        .map(
          (colour, pointIdx) =>
            // CT_DPt order: idx, invertIfNegative, marker, bubble3D, explosion, spPr.
            `<c:dPt><c:idx val="${pointIdx}"/><c:bubble3D val="0"/>${shapeProperties(colour, ser.pointOutlines?.[pointIdx] ?? SLICE_OUTLINE)}</c:dPt>`,
        )
        .join('');
      const showValue = spec.showValues === true;
      const showPercent = spec.showPercent === true;
      const labels =
        showValue || showPercent
          ? dataLabelsXml({
              values: ser.cachedValues,
              showValue,
              showPercent,
              ...(spec.pointLabels?.[idx] && { shown: spec.pointLabels[idx] }),
              ...(ser.pointLabelTexts && { texts: ser.pointLabelTexts }),
              ...(ser.labelColour && { colour: ser.labelColour }),
              ...(ser.pointLabelColours && { pointColours: ser.pointLabelColours }),
            })
          : '';
      return (
        `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/>${seriesNameXml(ser.name)}${seriesFill}${points}${labels}` +
        `${categoryXml(spec.categories, spec.categoryNames)}${valuesXml(ser.values, ser.cachedValues, pointCount)}</c:ser>`
      );
    })
    .join('');
  // CT_DoughnutChart order: varyColors, ser*, dLbls, firstSliceAng, holeSize.
  return (
    `<c:doughnutChart><c:varyColors val="1"/>${series}` +
    `<c:firstSliceAng val="0"/><c:holeSize val="${DOUGHNUT_HOLE_PERCENT}"/></c:doughnutChart>`
  );
}
