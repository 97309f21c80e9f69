import type { MergedArea, WorkbookGrid } from '../grid/sheet-grid.js';
import { lastRow } from '../grid/sheet-grid.js';
import { detectSheet } from '../detect/detect-sheet.js';
import { DEFAULT_PROFILE } from '../profile/default-profile.js';
import type { AnalyseOptions } from './analyse-workbook.js';

/** The cells of one sheet whose fill and font colours the engine needs. */
export interface ColourRead {
  sheet: string;
  /** Rectangles in sheet coordinates (1-based rows, 0-based columns), ends included. */
  areas: MergedArea[];
}

/**
 * Which cells' colours to read: the rated columns of every tracker and the cells of any key.
 * Colours are costly to read in Excel (a response per cell), so hosts read only these, and a host
 * that could read more still gives the engine only these, so both hosts agree.
 */
export function colourReadPlan(workbook: WorkbookGrid, options: Pick<AnalyseOptions, 'profile' | 'layouts'>): ColourRead[] {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const reads: ColourRead[] = [];
  for (const grid of workbook.sheets) {
    const chosen = options.layouts?.find((layout) => layout.sheet === grid.name);
    const detection = chosen ? { kind: 'tracker' as const, layout: chosen } : detectSheet(grid, profile);
    if (detection.kind !== 'tracker') continue;
    const { layout } = detection;
    const bottom = lastRow(grid);
    if (bottom <= layout.headerRow) continue;
    const areas = layout.ratedColumns.map((column) => ({ top: layout.headerRow + 1, left: column, bottom, right: column }));
    if (areas.length > 0) reads.push({ sheet: grid.name, areas });
  }
  return reads;
}
