import type { ColourRead } from '../../engine/analyse/colour-read-plan.js';
import { colourKey, type CellColours, type MergedArea, type SheetGrid, type WorkbookGrid } from '../../engine/grid/sheet-grid.js';
import { readFailureMessage } from './officer-message.js';
import { OfficerError } from './officer-error.js';
import { isSizeFailure } from './read-failures.js';

const COLOUR_OPTIONS: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true }, font: { color: true } } };

/**
 * Cells of colour per sync. Each cell comes back as about 80 bytes of JSON
 * ({"format":{"fill":{"color":"#FFFFFF","pattern":"None"},"font":{"color":"#000000"}}}), so this
 * many stay under Excel on the web's 5 MB response: a rated column of 55,000 rows is one sync.
 */
export const COLOUR_CELLS_PER_SYNC = 55_000;

/** A rectangle of one sheet whose colours are read in one getCellProperties call. */
interface Piece {
  sheet: string;
  area: MergedArea;
}

const cellsIn = (a: MergedArea): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);

/** Splits an area into row blocks of at most `cells` cells (a whole row at least). */
function rowBlocks(sheet: string, area: MergedArea, cells: number): Piece[] {
  const rows = Math.max(1, Math.floor(cells / (area.right - area.left + 1)));
  const pieces: Piece[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) pieces.push({ sheet, area: { ...area, top, bottom: Math.min(area.bottom, top + rows - 1) } });
  return pieces;
}

/** The pieces in batches of at most `cells` cells, in plan order. */
function batches(pieces: readonly Piece[], cells: number): Piece[][] {
  const out: Piece[][] = [];
  let current: Piece[] = [];
  let size = 0;
  for (const piece of pieces) {
    if (current.length > 0 && size + cellsIn(piece.area) > cells) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(piece);
    size += cellsIn(piece.area);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A cell's properties as the grid's colours: no fill for pattern None; an automatic (black) font has no colour, as in the file host. */
function coloursOf(properties: Excel.CellProperties | undefined): CellColours | undefined {
  const fill = properties?.format?.fill;
  const font = properties?.format?.font?.color;
  const fillColour = fill?.pattern === 'Solid' && typeof fill.color === 'string' ? fill.color.toUpperCase() : undefined;
  const fontColour = typeof font === 'string' && font.toUpperCase() !== '#000000' ? font.toUpperCase() : undefined;
  if (fillColour === undefined && fontColour === undefined) return undefined;
  return { ...(fillColour !== undefined && { fill: fillColour }), ...(fontColour !== undefined && { font: fontColour }) };
}

/**
 * Reads the fill and font colours of exactly the cells the engine's plan names (ExcelApi 1.9
 * getCellProperties), every area in one sync unless the plan passes COLOUR_CELLS_PER_SYNC cells.
 * A batch that fails for its size, or comes back null, is read again in halves.
 */
export async function readPlannedColours(context: Excel.RequestContext, workbook: WorkbookGrid, plan: readonly ColourRead[]): Promise<WorkbookGrid> {
  const pieces = plan.flatMap((read) => read.areas.flatMap((area) => rowBlocks(read.sheet, area, COLOUR_CELLS_PER_SYNC)));
  const pending = batches(pieces, COLOUR_CELLS_PER_SYNC);
  const found = new Map<string, Map<string, CellColours>>();
  // The due columns' number formats ride the first colour sync: one string per cell, small.
  const formatReads = plan.flatMap((read) =>
    read.numberFormatAreas.map((area) => ({
      sheet: read.sheet,
      area,
      range: context.workbook.worksheets
        .getItem(read.sheet)
        .getRangeByIndexes(area.top - 1, area.left, area.bottom - area.top + 1, area.right - area.left + 1)
        .load('numberFormat'),
    })),
  );
  if (pending.length === 0 && formatReads.length > 0) await context.sync();
  let formatsLoaded = pending.length === 0 || formatReads.length === 0;
  while (pending.length > 0) {
    const batch = pending.shift() ?? [];
    const results = batch.map(({ sheet, area }) =>
      context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(area.top - 1, area.left, area.bottom - area.top + 1, area.right - area.left + 1)
        .getCellProperties(COLOUR_OPTIONS),
    );
    let failure: unknown;
    try {
      await context.sync();
      formatsLoaded = true;
    } catch (error) {
      failure = error;
      if (!isSizeFailure(error)) throw new OfficerError(readFailureMessage(batch[0]?.sheet ?? '', error));
      // A refused request loads nothing: the number formats ride the next one instead.
      if (!formatsLoaded) for (const { range } of formatReads) range.load('numberFormat');
    }
    if (failure !== undefined || results.some((r) => r.value === null)) {
      const cells = batch.reduce((n, p) => n + cellsIn(p.area), 0);
      const [only] = batch;
      if (batch.length === 1 && only && only.area.top === only.area.bottom) throw new OfficerError(readFailureMessage(only.sheet, failure ?? { code: 'RangeExceedsLimit' }));
      const half = Math.max(1, Math.floor(cells / 2));
      pending.unshift(...batches(batch.flatMap((p) => rowBlocks(p.sheet, p.area, half)), half));
      continue;
    }
    batch.forEach(({ sheet, area }, index) => {
      const colours = found.get(sheet) ?? new Map<string, CellColours>();
      found.set(sheet, colours);
      results[index]?.value.forEach((row, i) =>
        row.forEach((properties, j) => {
          const cell = coloursOf(properties);
          if (cell) colours.set(colourKey(area.top + i, area.left + j), cell);
        }),
      );
    });
  }
  const formats = new Map<string, Map<string, string>>();
  for (const { sheet, area, range } of formatReads) {
    const bySheet = formats.get(sheet) ?? new Map<string, string>();
    formats.set(sheet, bySheet);
    (range.numberFormat as unknown[][] | null)?.forEach((row, i) =>
      row.forEach((format, j) => {
        if (typeof format === 'string' && format !== 'General') bySheet.set(colourKey(area.top + i, area.left + j), format);
      }),
    );
  }
  return {
    ...workbook,
    sheets: workbook.sheets.map((grid): SheetGrid => {
      const colours = found.get(grid.name);
      const numberFormats = formats.get(grid.name);
      return {
        ...grid,
        ...(colours && colours.size > 0 && { colours }),
        ...(numberFormats && numberFormats.size > 0 && { numberFormats }),
      };
    }),
  };
}
