import type { MergedArea, WorkbookGrid } from '../grid/sheet-grid.js';
import { lastRow } from '../grid/sheet-grid.js';
import { detectSheet } from '../detect/detect-sheet.js';
import { findStatusKey, KEY_SHEET_NAME } from '../key/find-key.js';
import { DEFAULT_PROFILE } from '../profile/default-profile.js';
import { statusVocabulary } from '../vocabulary/status-vocabulary.js';
import type { AnalyseOptions } from './analyse-workbook.js';

/** The cells of one sheet whose fill and font colours (and, for due dates, number formats) the engine needs. */
export interface ColourRead {
  sheet: string;
  /** Rectangles in sheet coordinates (1-based rows, 0-based columns), ends included. */
  areas: MergedArea[];
  /** Rectangles whose number formats the engine needs: the due dates, where a month format means the month's end. */
  numberFormatAreas: MergedArea[];
}

/**
 * Which cells' colours to read: the rated columns of every tracker and the cells of its key.
 * Colours are costly to read in Excel (a response per cell), so hosts read only these, and a host
 * that could read more still gives the engine only these, so both hosts agree. The key is found
 * from its text, so this needs no colours itself.
 */
export type ColourReadOptions = Pick<AnalyseOptions, 'profile' | 'layouts'>;

export function colourReadPlan(workbook: WorkbookGrid, options: ColourReadOptions): ColourRead[] {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const vocabulary = statusVocabulary(profile);
  const keySheets = workbook.sheets.filter((grid) => KEY_SHEET_NAME.test(grid.name));
  const bySheet = new Map<string, MergedArea[]>();
  const formats = new Map<string, MergedArea[]>();
  const add = (sheet: string, areas: readonly MergedArea[]) => bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), ...areas]);
  for (const grid of workbook.sheets) {
    const chosen = options.layouts?.find((layout) => layout.sheet === grid.name);
    const detection = chosen ? { kind: 'tracker' as const, layout: chosen } : detectSheet(grid, profile);
    if (detection.kind !== 'tracker') continue;
    const { layout } = detection;
    const bottom = lastRow(grid);
    if (bottom > layout.headerRow) {
      add(grid.name, layout.ratedColumns.map((column) => ({ top: layout.headerRow + 1, left: column, bottom, right: column })));
      const dated = [layout.columns.due, layout.revisedDue].filter((column) => column !== undefined);
      if (dated.length > 0) formats.set(grid.name, dated.map((column) => ({ top: layout.headerRow + 1, left: column, bottom, right: column })));
      if (!bySheet.has(grid.name)) add(grid.name, []);
    }
    const key = findStatusKey(grid, layout, keySheets, vocabulary);
    for (const { sheet, area } of key?.areas ?? []) add(sheet, [area]);
  }
  return [...bySheet].map(([sheet, areas]) => ({ sheet, areas: distinct(areas), numberFormatAreas: formats.get(sheet) ?? [] }));
}

function distinct(areas: readonly MergedArea[]): MergedArea[] {
  const seen = new Set<string>();
  return areas.filter((a) => {
    const id = `${a.top}:${a.left}:${a.bottom}:${a.right}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
