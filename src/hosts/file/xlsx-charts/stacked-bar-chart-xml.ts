/** The plot-area content of a horizontal stacked bar chart (CT_BarChart + category and value axes). */

import { BAR_GAP_PERCENT } from '../../../engine/edits/chart-layout.js';
import type { ChartSpec } from './chart-spec.js';
import { categoryXml, dataLabelsXml, seriesNameXml, shapeProperties, textProperties, valuesXml } from './chart-xml-parts.js';

// Segments are outlined in white, so neighbouring colours stay distinct, unless the spec gives a darker edge.
const SEGMENT_OUTLINE = 'FFFFFF';

const CATEGORY_AXIS_ID = 500100001;
const VALUE_AXIS_ID = 500100002;

/**
 * Bars run across, their categories down the left, first at the top; columns stand up, their
 * categories (reviews, oldest first) along the bottom.
 */
const AXES = {
  bar: { categoryPos: 'l', order: 'maxMin', valuePos: 'b', crosses: 'max' },
  col: { categoryPos: 'b', order: 'minMax', valuePos: 'l', crosses: 'autoZero' },
} as const;
type Direction = keyof typeof AXES;

function categoryAxisXml(direction: Direction): string {
  const axes = AXES[direction];
  // CT_CatAx order: axId, scaling, delete, axPos, …, numFmt, majorTickMark, minorTickMark, tickLblPos, spPr, txPr,
  // crossAx, crosses, auto, lblAlgn, lblOffset, noMultiLvlLbl. maxMin lists the first category at the top.
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="${axes.order}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${axes.categoryPos}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    textProperties(900) +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
  );
}

function valueAxisXml(direction: Direction, axis: ChartSpec['valueAxis']): string {
  const axes = AXES[direction];
  // CT_Scaling order: logBase, orientation, max, min. A whole-number axis: never "0.5" of an action.
  const scale = axis ? `<c:max val="${axis.max}"/><c:min val="0"/>` : '';
  const unit = axis ? `<c:majorUnit val="${axis.majorUnit}"/>` : '';
  // CT_ValAx order: axId, scaling, delete, axPos, majorGridlines, numFmt, majorTickMark, minorTickMark, tickLblPos,
  // spPr, txPr, crossAx, crosses, crossBetween. crosses=max keeps this axis at the bottom under the reversed categories.
  return (
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/>${scale}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${axes.valuePos}"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    '<c:numFmt formatCode="0" sourceLinked="0"/>' +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    textProperties(900) +
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="${axes.crosses}"/><c:crossBetween val="between"/>${unit}</c:valAx>`
  );
}

/** A stacked bar chart (`bar`, the by-lead chart) or stacked column chart (`col`, the trend across reviews). */
export function stackedBarChartXml(spec: ChartSpec, direction: Direction = 'bar'): string {
  const pointCount = spec.categoryNames.length;
  const series = spec.series
    .map((ser, idx) => {
      // CT_BarSer order: idx, order, tx, spPr, invertIfNegative, pictureOptions, dPt*, dLbls, trendline, errBars, cat, val.
      const fill = ser.colour ? shapeProperties(ser.colour, ser.outline ?? SEGMENT_OUTLINE) : '';
      const labels = spec.showValues
        ? dataLabelsXml({
            values: ser.cachedValues,
            showValue: true,
            showPercent: false,
            centred: true,
            ...(spec.pointLabels?.[idx] && { shown: spec.pointLabels[idx] }),
            ...(ser.labelColour && { colour: ser.labelColour }),
          })
        : '';
      return (
        `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/>${seriesNameXml(ser.name)}${fill}` +
        `<c:invertIfNegative val="0"/>${labels}` +
        `${categoryXml(spec.categories, spec.categoryNames)}${valuesXml(ser.values, ser.cachedValues, pointCount)}</c:ser>`
      );
    })
    .join('');
  // CT_BarChart order: barDir, grouping, varyColors, ser*, dLbls, gapWidth, overlap, serLines*, axId, axId.
  return (
    `<c:barChart><c:barDir val="${direction}"/><c:grouping val="stacked"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="${BAR_GAP_PERCENT}"/><c:overlap val="100"/>` +
    `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/></c:barChart>` +
    categoryAxisXml(direction) +
    valueAxisXml(direction, spec.valueAxis)
  );
}
