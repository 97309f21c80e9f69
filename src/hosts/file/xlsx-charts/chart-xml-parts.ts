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

/** Text properties (CT_TextBody) for labels and legends: size in hundredths of a point. */
export function textProperties(size: number, bold = false): string {
  return (
    '<c:txPr><a:bodyPr/><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`
  );
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
