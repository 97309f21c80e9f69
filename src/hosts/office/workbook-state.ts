import type { SheetVisibility } from '../../engine/grid/sheet-grid.js';
import { isSummaryMarker } from '../../engine/edits/ownership.js';
import { sheetOfReference } from '../../engine/edits/summary-sheet-names.js';
import type { RequirementCheck } from './requirements.js';

export interface SheetState {
  name: string;
  /** Position among the tabs, from 0. */
  position: number;
  visibility: SheetVisibility;
  /** Protected (Review > Protect Sheet): Tracker Check changes nothing on it. */
  protected: boolean;
}

/** A summary marker: a workbook-level name on the A1 of a summary sheet Tracker Check wrote. */
export interface SummaryMarker {
  name: string;
  /** The sheet it marks; undefined when the marker is broken (its sheet deleted: it reads #REF!). */
  sheet: string | undefined;
}

/** What the first sync learns about the workbook, before any cell is read. */
export interface WorkbookState {
  name: string;
  /** Open read-only (ExcelApi 1.8); false where Excel cannot say. */
  readOnly: boolean;
  /** Review > Protect Workbook (ExcelApi 1.7): no sheet may be added, deleted or renamed; false where Excel cannot say. */
  structureProtected: boolean;
  sheets: SheetState[];
  markers: SummaryMarker[];
  /** Every table and defined name, lower-cased: they share one namespace in Excel. */
  takenNames: Set<string>;
  /** Table names by the sheet they are on. */
  tablesBySheet: Map<string, string[]>;
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/**
 * Reads the workbook's sheets (with visibility and protection), read-only state, names and tables
 * in one sync. Loads the caller queued before calling ride the same sync.
 */
export async function readWorkbookState(context: Excel.RequestContext, supports: RequirementCheck): Promise<WorkbookState> {
  const workbook = context.workbook;
  const readOnly = supports('ExcelApi', '1.8');
  workbook.load(readOnly ? 'name,readOnly' : 'name');
  const structure = supports('ExcelApi', '1.7') ? workbook.protection : undefined;
  structure?.load('protected');
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected');
  const names = workbook.names;
  names.load('items/name,items/type,items/value');
  const tables = workbook.tables;
  tables.load('items/name,items/worksheet/name');
  await context.sync();

  const sheets = worksheets.items.map((sheet, position) => ({
    name: sheet.name,
    position,
    visibility: VISIBILITY[sheet.visibility] ?? 'visible',
    protected: sheet.protection.protected,
  }));
  const sheetNames = new Set(sheets.map((s) => s.name.toLowerCase()));
  const markers = names.items
    .filter((item) => isSummaryMarker(item.name))
    .map((item): SummaryMarker => {
      const value = String(item.value);
      // A deleted summary leaves its marker as #REF! (type Error): sheetOfReference would give "#REF".
      const sheet = item.type === 'Error' || value.startsWith('#REF!') ? undefined : sheetOfReference(value);
      return { name: item.name, sheet: sheet !== undefined && sheetNames.has(sheet.toLowerCase()) ? sheet : undefined };
    });
  const tablesBySheet = new Map<string, string[]>();
  for (const table of tables.items) tablesBySheet.set(table.worksheet.name, [...(tablesBySheet.get(table.worksheet.name) ?? []), table.name]);
  const takenNames = new Set([...names.items.map((n) => n.name), ...tables.items.map((t) => t.name)].map((n) => n.toLowerCase()));
  return { name: workbook.name, readOnly: readOnly && workbook.readOnly, structureProtected: structure?.protected ?? false, sheets, markers, takenNames, tablesBySheet };
}

/** The sheets the add-in's own summaries are on, which are never read as trackers. */
export function summarySheets(state: WorkbookState): Set<string> {
  return new Set(state.markers.flatMap((marker) => (marker.sheet === undefined ? [] : [marker.sheet])));
}
