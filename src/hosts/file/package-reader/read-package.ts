import { colourReadPlan, type ColourReadOptions } from '../../../engine/analyse/colour-read-plan.js';
import { SUMMARY_MARKER_PREFIX, sheetOfReference } from '../../../engine/edits/summary-sheet-names.js';
import { colourKey, type CellColours, type MergedArea, type SheetGrid, type WorkbookGrid } from '../../../engine/grid/sheet-grid.js';
import type { Cell } from '../../../engine/grid/cell.js';
import type { TextBudget } from '../text-budget.js';
import { OFFICE_2013_THEME_COLOURS, themeColours } from '../theme-colours.js';
import { pivotTableAreas } from './pivot-table-parts.js';
import { readSharedStrings } from './shared-strings-part.js';
import { readStylesPart, type CellStyles } from './styles-part.js';
import { readWorkbookPart } from './workbook-part.js';
import { readWorksheetPart, type WorksheetRead } from './worksheet-part.js';
import { readPartRelationships } from './xml-stream.js';
import type { ZipDirectory } from './zip-directory.js';

export type PackageRead = { ok: true; workbook: WorkbookGrid } | { ok: false; refusal: string };

/**
 * A workbook package read into the engine's grids by following its relationships from the package
 * root: the workbook part, then its sheets, shared strings, styles and theme, whatever they are
 * named. Sheets Tracker Check wrote as summaries are left out (they hold tables that would read as
 * a tracker or a register), and only the colours colourReadPlan asks for are resolved.
 */
export async function readWorkbookPackage(zip: ZipDirectory, name: string, budget: TextBudget, options: ColourReadOptions = {}): Promise<PackageRead> {
  const mimetype = zip.entry('mimetype');
  if (mimetype && (await zip.text(mimetype)).trim() === 'application/vnd.oasis.opendocument.spreadsheet') {
    return { ok: false, refusal: 'this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) and try again' };
  }
  const root = (await readPartRelationships(zip, '')).find((rel) => rel.kind === 'officeDocument');
  const workbookPath = root?.target ?? 'xl/workbook.xml';
  if (/\.bin$/i.test(workbookPath) || zip.entry('xl/workbook.bin')) {
    return { ok: false, refusal: 'this is a binary Excel workbook (.xlsb); save it as an Excel workbook (.xlsx) in Excel and try again' };
  }
  const workbookEntry = zip.entry(workbookPath);
  if (!workbookEntry) return { ok: false, refusal: 'this is not an Excel workbook (it has no workbook part); save it as .xlsx or .csv and try again' };

  const relationships = await readPartRelationships(zip, workbookPath);
  const partOf = (kind: string) => {
    const target = relationships.find((rel) => rel.kind === kind)?.target;
    return target === undefined ? undefined : zip.entry(target);
  };
  const workbook = await readWorkbookPart(zip, workbookEntry);
  const themeEntry = partOf('theme');
  const theme = themeEntry ? themeColours(await zip.text(themeEntry)) : OFFICE_2013_THEME_COLOURS;
  const styles = await readStylesPart(zip, partOf('styles'), theme);
  const strings = await readSharedStrings(zip, partOf('sharedStrings'));

  const summaries = new Set<string>();
  for (const { name: definedName, formula } of workbook.definedNames) {
    const sheet = definedName.startsWith(SUMMARY_MARKER_PREFIX) ? sheetOfReference(formula.split(',')[0] ?? '') : undefined;
    if (sheet !== undefined) summaries.add(sheet);
  }

  const reads = new Map<string, WorksheetRead>();
  const sharedCells: Cell[] = [];
  for (const sheet of workbook.sheets) {
    if (summaries.has(sheet.name)) continue;
    const relationship = relationships.find((rel) => rel.id === sheet.relationshipId);
    // A chart sheet or dialog sheet has no cells.
    const entry = relationship?.kind === 'worksheet' ? zip.entry(relationship.target) : undefined;
    if (!entry) continue;
    const read = await readWorksheetPart(zip, entry, {
      name: sheet.name,
      ...(sheet.visibility !== undefined && { visibility: sheet.visibility }),
      strings,
      sharedCells,
      styles,
      date1904: workbook.date1904,
      budget,
    });
    const pivotTables = await pivotTableAreas(zip, entry.name);
    reads.set(sheet.name, pivotTables.length > 0 ? { ...read, grid: { ...read.grid, pivotTables } } : read);
  }
  const grids: WorkbookGrid = { name, sheets: [...reads.values()].map((read) => read.grid) };
  return { ok: true, workbook: withPlannedColours(grids, reads, styles, options) };
}

/**
 * The grids with the colours (and the due columns' number formats) of exactly the cells
 * colourReadPlan names, so the file host gives the engine what the add-in gives it.
 */
function withPlannedColours(workbook: WorkbookGrid, reads: ReadonlyMap<string, WorksheetRead>, styles: CellStyles, options: ColourReadOptions): WorkbookGrid {
  const plan = colourReadPlan(workbook, options);
  if (plan.length === 0) return workbook;
  const bySheet = new Map(plan.map((read) => [read.sheet, read]));
  return {
    ...workbook,
    sheets: workbook.sheets.map((grid): SheetGrid => {
      const planned = bySheet.get(grid.name);
      const read = reads.get(grid.name);
      if (!planned || !read) return grid;
      const colours = new Map<string, CellColours>();
      eachCell(planned.areas, (r, c) => {
        const found = styles.colours(read.styleAt(r, c));
        if (found) colours.set(colourKey(r, c), found);
      });
      const numberFormats = new Map<string, string>();
      eachCell(planned.numberFormatAreas, (r, c) => {
        const format = styles.numberFormat(read.ownStyleAt(r, c));
        if (format) numberFormats.set(colourKey(r, c), format);
      });
      return { ...grid, ...(colours.size > 0 && { colours }), ...(numberFormats.size > 0 && { numberFormats }) };
    }),
  };
}

function eachCell(areas: readonly MergedArea[], visit: (row: number, column: number) => void): void {
  for (const area of areas) for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) visit(r, c);
}
