import type JSZip from 'jszip';
import { parseCellAddress } from '../../engine/grid/a1.js';
import type { SheetArea } from '../../engine/grid/sheet-grid.js';
import { readRelationships, relsPathFor, resolveTarget } from './xlsx-charts/package-relationships.js';
import { findWorksheetPart } from './xlsx-charts/workbook-sheets.js';
import { findStartTags, readAttributes } from './xlsx-charts/xml-text.js';
import { readPart } from './xlsx-charts/zip-text.js';

/** The relationship from a worksheet to a pivot table on it (the "pivotTable" type, strict or transitional). */
const PIVOT_TABLE_REL = /\/relationships\/pivotTable$/;

/** Whether the package holds any pivot table: only then are the sheets' relationships read for them. */
export function hasPivotTables(zip: JSZip): boolean {
  return Object.keys(zip.files).some((path) => /(?:^|\/)pivotTables\/[^/]+\.xml$/i.test(path));
}

/** The areas the sheet's pivot tables cover, from each pivot table part's <location ref="A3:F8">. */
export async function pivotTableAreas(zip: JSZip, sheetName: string): Promise<SheetArea[]> {
  let sheetPath: string;
  try {
    sheetPath = await findWorksheetPart(zip, sheetName);
  } catch {
    return [];
  }
  const rels = await readPart(zip, relsPathFor(sheetPath));
  if (rels === undefined) return [];
  const areas: SheetArea[] = [];
  for (const rel of readRelationships(rels)) {
    if (rel.external || !PIVOT_TABLE_REL.test(rel.type)) continue;
    const xml = (await readPart(zip, resolveTarget(sheetPath, rel.target))) ?? '';
    const location = findStartTags(xml, 'location')[0];
    const area = location === undefined ? undefined : areaOf(readAttributes(location).get('ref') ?? '');
    if (area) areas.push(area);
  }
  return areas;
}

function areaOf(ref: string): SheetArea | undefined {
  const [from, to = from] = ref.split(':');
  const start = parseCellAddress(from ?? '');
  const end = parseCellAddress(to ?? '');
  if (!start || !end) return undefined;
  return { top: Math.min(start.row, end.row), left: Math.min(start.column, end.column), bottom: Math.max(start.row, end.row), right: Math.max(start.column, end.column) };
}
