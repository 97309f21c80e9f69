/**
 * What the workbook reader refuses to read, each checked before the memory for it is spent: a file
 * past one of these is refused with one sentence (exit 2), never read until the heap runs out.
 * The figures are far above any real tracker (the 200,000-row bench tracker holds about a million
 * cells) and keep a refused read within a few seconds and a few hundred MB: the grid's rows are
 * arrays as wide as their last value, so the populated range is what the grid costs (8 bytes a cell).
 */
export const READ_LIMITS = {
  /** The file itself (the zip, compressed). */
  fileBytes: 256 * 1024 * 1024,
  /** All the parts read, decompressed, added up. */
  decompressedBytes: 2 * 1024 * 1024 * 1024,
  /** A part larger than this decompressed must not expand more than `expansionRatio` times its compressed size. */
  expansionFloorBytes: 16 * 1024 * 1024,
  expansionRatio: 1000,
  /** Cells holding a value, per sheet. */
  cellsPerSheet: 4_000_000,
  /** Rows × columns of the rectangle from A1 to the last row and column that hold a value, per sheet. */
  populatedRange: 10_000_000,
  /** Characters in one cell's text (Excel itself keeps 32,767; generated files can hold more). */
  charactersPerCell: 1_000_000,
  /** Merged areas per sheet. */
  mergedAreas: 200_000,
  /** Rows of merged areas inside the populated range, added up over a sheet's areas (the engine looks merges up row by row). */
  mergedRows: 4_000_000,
} as const;

/** A limit the workbook passes: `what` completes "its …", e.g. "sheet "Plan" holds more than 4,000,000 cells". */
export class ReadLimitExceeded extends Error {
  constructor(readonly what: string) {
    super(what);
  }
}

/** A package that breaks the zip or SpreadsheetML format in a way no reader can get past. */
export class DamagedPackage extends Error {}

export function count(value: number): string {
  return value.toLocaleString('en-GB');
}
