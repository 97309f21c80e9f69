/** DrawingML chart fragments shared by the chart kinds: fills, text, cached references, the chartSpace shell. */

import { NS } from './ooxml-names.js';
import { escapeXml, rgbHex } from './xml-text.js';

export function solidFill(colour: string): string {
  return `<a:solidFill><a:srgbClr val="${rgbHex(colour)}"/></a:solidFill>`;
}

/** Shape properties: a solid fill with an optional outline colour. */
export function shapeProperties(fill: string, outline?: string): string {
  const line = outline ? `<a:ln w="19050">${solidFill(outline)}</a:ln>` : '';
  return `<c:spPr>${solidFill(fill)}${line}</c:spPr>`;
}

/** Text properties (CT_TextBody) for labels and legends: size in hundredths of a point, and a colour if given. */
export function textProperties(size: number, bold = false, colour?: string): string {
  const run = `sz="${size}" b="${bold ? 1 : 0}"`;
  const defaults = colour ? `<a:defRPr ${run}>${solidFill(colour)}</a:defRPr>` : `<a:defRPr ${run}/>`;
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${defaults}</a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;
}

export interface DataLabelOptions {
  /** The series' values: a point whose value is 0 gets no label (no "0" or "0%" drawn on nothing). */
  values: readonly number[];
  /** Which points are labelled (a label that would not fit its segment is left off); all but zeros when absent. */
  shown?: readonly boolean[];
  showValue: boolean;
  showPercent: boolean;
  /** Label text colour for the whole series, or per point (slices of different fills). */
  colour?: string;
  pointColours?: readonly string[];
  /** Bar charts: centre each label in its segment (doughnuts take no position). */
  centred?: boolean;
  /** Each point's label as written lines, in place of the value and percentage the reader would compute. */
  texts?: readonly (readonly string[])[];
}

/** CT_Tx rich text of a label: its lines as paragraphs, bold, in the label's colour. */
function labelTextXml(lines: readonly string[], colour: string | undefined): string {
  const fill = colour ? solidFill(colour) : '';
  const paragraphs = lines.map((line) => `<a:p><a:r><a:rPr lang="en-GB" sz="1000" b="1">${fill}</a:rPr><a:t>${escapeXml(line)}</a:t></a:r></a:p>`).join('');
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/>${paragraphs}</c:rich></c:tx>`;
}

/** CT_DLbls: each point's label in the colour chosen for its fill, count and percentage on separate lines. */
export function dataLabelsXml(options: DataLabelOptions): string {
  const flags =
    `${options.centred ? '<c:dLblPos val="ctr"/>' : ''}<c:showLegendKey val="0"/><c:showVal val="${options.showValue ? 1 : 0}"/>` +
    `<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="${options.showPercent ? 1 : 0}"/><c:showBubbleSize val="0"/>` +
    (options.showValue && options.showPercent ? '<c:separator>\n</c:separator>' : '');
  const noBox = '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>';
  // CT_DLbl order: idx, then delete, or spPr, txPr, dLblPos, the show flags and separator.
  const points = options.values
    .map((value, idx) => {
      if (value === 0 || options.shown?.[idx] === false) return `<c:dLbl><c:idx val="${idx}"/><c:delete val="1"/></c:dLbl>`;
      const colour = options.pointColours?.[idx];
      const lines = options.texts?.[idx];
      if (lines) return `<c:dLbl><c:idx val="${idx}"/>${labelTextXml(lines, colour ?? options.colour)}${noBox}${textProperties(1000, true, colour ?? options.colour)}${flags}</c:dLbl>`;
      return colour ? `<c:dLbl><c:idx val="${idx}"/>${noBox}${textProperties(1000, true, colour)}${flags}</c:dLbl>` : '';
    })
    .join('');
  return `<c:dLbls>${points}${noBox}${textProperties(1000, true, options.colour)}${flags}${options.centred ? '' : '<c:showLeaderLines val="0"/>'}</c:dLbls>`;
}

/** CT_Title with literal rich text. */
export function titleXml(text: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>' +
    '<a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${escapeXml(text)}</a:t></a:r>` +
    '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

/** CT_SerTx with the series name as a literal. */
export function seriesNameXml(name: string): string {
  return `<c:tx><c:v>${escapeXml(name)}</c:v></c:tx>`;
}

/** Category data: a string reference with its cached labels. */
export function categoryXml(reference: string, names: readonly string[]): string {
  const points = names.map((name, idx) => `<c:pt idx="${idx}"><c:v>${escapeXml(name)}</c:v></c:pt>`).join('');
  return (
    `<c:cat><c:strRef><c:f>${escapeXml(reference)}</c:f>` +
    `<c:strCache><c:ptCount val="${names.length}"/>${points}</c:strCache></c:strRef></c:cat>`
  );
}

/** Value data: a numeric reference with its cached numbers (non-finite numbers are left as gaps). */
export function valuesXml(reference: string, values: readonly number[], pointCount: number): string {
  const points = values
    .map((value, idx) => (Number.isFinite(value) ? `<c:pt idx="${idx}"><c:v>${value}</c:v></c:pt>` : ''))
    .join('');
  return (
    `<c:val><c:numRef><c:f>${escapeXml(reference)}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${pointCount}"/>${points}</c:numCache>` +
    '</c:numRef></c:val>'
  );
}

export type LegendPosition = 'r' | 'b' | 't' | 'l';

/** The whole chart part: CT_ChartSpace children in schema order around one plot area. */
export function chartSpaceXml(title: string, plotAreaContent: string, legendPosition: LegendPosition): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.relationships}">` +
    '<c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    titleXml(title) +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${plotAreaContent}</c:plotArea>` +
    `<c:legend><c:legendPos val="${legendPosition}"/><c:overlay val="0"/>${textProperties(900)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    `<c:spPr>${solidFill('FFFFFF')}<a:ln><a:noFill/></a:ln></c:spPr>` +
    textProperties(1000) +
    '</c:chartSpace>'
  );
}
