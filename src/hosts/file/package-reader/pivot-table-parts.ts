import type { SheetArea } from '../../../engine/grid/sheet-grid.js';
import { areaOf } from './worksheet-part.js';
import { isMain, attribute, parsePart, readPartRelationships } from './xml-stream.js';
import type { ZipDirectory } from './zip-directory.js';

/** The areas a worksheet's pivot tables cover, from each pivot table part's <location ref="A3:F8">: never a tracker. */
export async function pivotTableAreas(zip: ZipDirectory, worksheetPath: string): Promise<SheetArea[]> {
  const areas: SheetArea[] = [];
  for (const relationship of await readPartRelationships(zip, worksheetPath)) {
    const entry = relationship.kind === 'pivotTable' ? zip.entry(relationship.target) : undefined;
    if (!entry) continue;
    let area: SheetArea | undefined;
    await parsePart(zip, entry, {
      open(tag) {
        if (area === undefined && isMain(tag, 'location')) area = areaOf(attribute(tag, 'ref') ?? '') ?? area;
      },
    });
    if (area) areas.push(area);
  }
  return areas;
}
