/**
 * How Excel fails a read that is too large, each seen in practice: over 5 MB a request or response
 * on Excel on the web; past 5,000,000 cells RangeExceedsLimit; a large read on some hosts just a
 * GeneralException (a read that comes back with `values` null is the fourth, handled where read).
 */
const SIZE_CODES = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'RangeExceedsLimit',
  'OperationCellsExceedLimit',
  'GeneralException',
]);

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A failure that a read in smaller blocks may avoid. */
export function isSizeFailure(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && SIZE_CODES.has(code);
}

/** Excel's cap on the cells of one range read. */
export const READ_CELL_LIMIT = 5_000_000;
