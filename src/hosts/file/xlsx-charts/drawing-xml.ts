/** The spreadsheet drawing part (xl/drawings/drawingN.xml): one twoCellAnchor graphic frame per chart. */

import type { ChartAnchor } from './chart-spec.js';
import { NS } from './ooxml-names.js';
import { escapeXml, findStartTags, readAttributes } from './xml-text.js';

export interface PlacedChart {
  anchor: ChartAnchor;
  /** Relationship id, in the drawing's rels, of the chart part. */
  chartRelId: string;
  /** Drawing-unique shape id (cNvPr id). */
  shapeId: number;
  name: string;
  /** Alt text title and description (WCAG 1.1.1), read out by screen readers in Excel. */
  altTitle?: string;
  description?: string;
}

function cellCorner(tag: 'from' | 'to', col: number, row: number): string {
  const whole = (n: number, what: string): number => {
    if (!Number.isInteger(n) || n < 0) throw new Error(`Chart anchor ${tag}${what} must be a whole number ≥ 0, not ${n}.`);
    return n;
  };
  return (
    `<xdr:${tag}><xdr:col>${whole(col, 'Col')}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${whole(row, 'Row')}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/**
 * One anchor. With `declareNamespaces` it carries its own xdr/a/c/r declarations, so it can be appended to a drawing
 * part written by someone else whatever prefixes that part uses.
 */
export function chartAnchorXml(chart: PlacedChart, declareNamespaces: boolean): string {
  const { anchor } = chart;
  const declarations = declareNamespaces ? ` xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}"` : '';
  return (
    `<xdr:twoCellAnchor editAs="oneCell"${declarations}>` +
    cellCorner('from', anchor.fromCol, anchor.fromRow) +
    cellCorner('to', anchor.toCol, anchor.toRow) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${chart.shapeId}" name="${escapeXml(chart.name)}"${altText(chart)}/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.chart}">` +
    `<c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.relationships}" r:id="${escapeXml(chart.chartRelId)}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** CT_NonVisualDrawingProps' descr and title attributes, when the chart has them. */
function altText(chart: PlacedChart): string {
  const descr = chart.description ? ` descr="${escapeXml(chart.description)}"` : '';
  const title = chart.altTitle ? ` title="${escapeXml(chart.altTitle)}"` : '';
  return descr + title;
}

/** A new drawing part holding the given charts. */
export function drawingPartXml(charts: readonly PlacedChart[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}">` +
    charts.map((chart) => chartAnchorXml(chart, false)).join('') +
    '</xdr:wsDr>'
  );
}

/** An existing drawing part with the given charts appended after its own anchors. */
export function appendToDrawingXml(drawingXml: string, charts: readonly PlacedChart[]): string {
  const close = /<\/(?:[\w.-]+:)?wsDr>\s*$/.exec(drawingXml);
  if (!close) throw new Error('Existing drawing part has no closing </wsDr>.');
  const anchors = charts.map((chart) => chartAnchorXml(chart, true)).join('');
  return drawingXml.slice(0, close.index) + anchors + drawingXml.slice(close.index);
}

/** The next free shape id in a drawing part (ids must be unique within it). */
export function nextShapeId(drawingXml: string | undefined): number {
  if (!drawingXml) return 2;
  const ids = findStartTags(drawingXml, 'cNvPr').map((tag) => Number(readAttributes(tag).get('id') ?? 0));
  return Math.max(1, ...ids.filter(Number.isFinite)) + 1;
}
