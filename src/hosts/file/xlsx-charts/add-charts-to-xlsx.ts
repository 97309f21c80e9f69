/** Wires chart parts into an .xlsx package: chart parts, the sheet's drawing, relationships and content types. */

import JSZip from 'jszip';
import type { ChartSpec } from './chart-spec.js';
import { chartPartXml } from './chart-xml.js';
import { addOverride, CONTENT_TYPES_PATH } from './content-types.js';
import { appendToDrawingXml, drawingPartXml, nextShapeId, type PlacedChart } from './drawing-xml.js';
import { CONTENT_TYPE, REL_TYPE } from './ooxml-names.js';
import { addRelationship, EMPTY_RELATIONSHIPS, readRelationships, relativeTarget, relsPathFor, resolveTarget } from './package-relationships.js';
import { findWorksheetPart } from './workbook-sheets.js';
import { existingDrawingRelId, insertDrawingElement } from './worksheet-drawing.js';
import { freePartPath, readPart, readRequiredPart } from './zip-text.js';

function checkSpec(spec: ChartSpec): void {
  if (spec.series.length === 0) throw new Error(`Chart "${spec.title}" has no series.`);
  for (const ser of spec.series) {
    if (ser.cachedValues.length !== spec.categoryNames.length) {
      throw new Error(
        `Chart "${spec.title}" series "${ser.name}" has ${ser.cachedValues.length} cached values for ${spec.categoryNames.length} categories.`,
      );
    }
  }
}

interface SheetDrawing {
  path: string;
  /** The part's current XML when the sheet already had a drawing. */
  existingXml: string | undefined;
}

/** The sheet's drawing part: the one it already points at, or a new one wired into the sheet and its rels. */
async function sheetDrawing(zip: JSZip, sheetPath: string): Promise<SheetDrawing> {
  const sheetXml = await readRequiredPart(zip, sheetPath);
  const sheetRelsPath = relsPathFor(sheetPath);
  const sheetRels = await readPart(zip, sheetRelsPath);
  const existingRelId = existingDrawingRelId(sheetXml);
  if (existingRelId !== undefined) {
    const rel = sheetRels ? readRelationships(sheetRels).find((candidate) => candidate.id === existingRelId) : undefined;
    if (!rel || rel.external) throw new Error(`Sheet part ${sheetPath} has a <drawing> whose relationship cannot be followed.`);
    const path = resolveTarget(sheetPath, rel.target);
    return { path, existingXml: await readRequiredPart(zip, path) };
  }
  const path = freePartPath(zip, 'xl/drawings/drawing', '.xml');
  const added = addRelationship(sheetRels, REL_TYPE.drawing, relativeTarget(sheetPath, path));
  zip.file(sheetRelsPath, added.xml);
  zip.file(sheetPath, insertDrawingElement(sheetXml, added.id));
  return { path, existingXml: undefined };
}

/**
 * A copy of the workbook with native Excel charts drawn on the sheet named `sheetName`.
 * Charts already in the package are left alone; new parts take the next free drawingN / chartK names.
 */
export async function addChartsToXlsx(xlsx: Uint8Array, sheetName: string, charts: ChartSpec[]): Promise<Uint8Array> {
  charts.forEach(checkSpec);
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = await findWorksheetPart(zip, sheetName);
  if (charts.length === 0) return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });

  const drawing = await sheetDrawing(zip, sheetPath);
  const drawingRelsPath = relsPathFor(drawing.path);
  let drawingRels = (await readPart(zip, drawingRelsPath)) ?? EMPTY_RELATIONSHIPS;
  let contentTypes = await readRequiredPart(zip, CONTENT_TYPES_PATH);
  let shapeId = nextShapeId(drawing.existingXml);

  const placed: PlacedChart[] = [];
  for (const spec of charts) {
    const chartPath = freePartPath(zip, 'xl/charts/chart', '.xml');
    zip.file(chartPath, chartPartXml(spec));
    const rel = addRelationship(drawingRels, REL_TYPE.chart, relativeTarget(drawing.path, chartPath));
    drawingRels = rel.xml;
    contentTypes = addOverride(contentTypes, chartPath, CONTENT_TYPE.chart);
    placed.push({
      anchor: spec.anchor,
      chartRelId: rel.id,
      shapeId,
      name: spec.title || `Chart ${shapeId}`,
      ...(spec.title && { altTitle: spec.title }),
      ...(spec.description && { description: spec.description }),
    });
    shapeId += 1;
  }

  zip.file(drawing.path, drawing.existingXml ? appendToDrawingXml(drawing.existingXml, placed) : drawingPartXml(placed));
  zip.file(drawingRelsPath, drawingRels);
  zip.file(CONTENT_TYPES_PATH, addOverride(contentTypes, drawing.path, CONTENT_TYPE.drawing));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
