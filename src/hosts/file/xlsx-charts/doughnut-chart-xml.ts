/** The plot-area content of a doughnut chart (CT_DoughnutChart): one ring, a coloured slice per category. */

import type { ChartSpec } from './chart-spec.js';
import { categoryXml, seriesNameXml, shapeProperties, textProperties, valuesXml } from './chart-xml-parts.js';

// Slices are outlined in white so neighbouring colours stay distinct.
const SLICE_OUTLINE = 'FFFFFF';

/** CT_DLbls: percentages on each slice, with labels for slices that are empty now deleted so "0%" is not drawn. */
function percentLabelsXml(values: readonly number[]): string {
  const hidden = values
    .map((value, idx) => (value === 0 ? `<c:dLbl><c:idx val="${idx}"/><c:delete val="1"/></c:dLbl>` : ''))
    .join('');
  return (
    `<c:dLbls>${hidden}<c:numFmt formatCode="0%" sourceLinked="0"/>` +
    '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    textProperties(1000, true) +
    '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="1"/><c:showBubbleSize val="0"/><c:showLeaderLines val="1"/></c:dLbls>'
  );
}

export function doughnutChartXml(spec: ChartSpec): string {
  const pointCount = spec.categoryNames.length;
  const series = spec.series
    .map((ser, idx) => {
      // CT_PieSer order: idx, order, tx, spPr, explosion, dPt*, dLbls, cat, val.
      const seriesFill = ser.colour ? shapeProperties(ser.colour, SLICE_OUTLINE) : '';
      const points = (ser.pointColours ?? [])
        .slice(0, pointCount)
        .map(
          (colour, pointIdx) =>
            // CT_DPt order: idx, invertIfNegative, marker, bubble3D, explosion, spPr.
            `<c:dPt><c:idx val="${pointIdx}"/><c:bubble3D val="0"/>${shapeProperties(colour, SLICE_OUTLINE)}</c:dPt>`,
        )
        .join('');
      const labels = spec.showPercent ? percentLabelsXml(ser.cachedValues) : '';
      return (
        `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/>${seriesNameXml(ser.name)}${seriesFill}${points}${labels}` +
        `${categoryXml(spec.categories, spec.categoryNames)}${valuesXml(ser.values, ser.cachedValues, pointCount)}</c:ser>`
      );
    })
    .join('');
  // CT_DoughnutChart order: varyColors, ser*, dLbls, firstSliceAng, holeSize.
  return (
    `<c:doughnutChart><c:varyColors val="1"/>${series}` +
    '<c:firstSliceAng val="0"/><c:holeSize val="55"/></c:doughnutChart>'
  );
}
