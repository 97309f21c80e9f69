import { OfficerError } from './officer-error.js';
import { errorCode, isSizeFailure } from './read-failures.js';

/**
 * What went wrong, in words an officer can act on. Excel's error codes are stable; its messages
 * are not meant for officers.
 */
export function officerMessage(error: unknown): string {
  if (error instanceof OfficerError) return error.message;
  switch (errorCode(error)) {
    case 'AccessDenied':
      return 'Excel would not let Tracker Check change the workbook: a sheet is protected or the workbook is read-only. Unprotect the sheet (Review > Unprotect Sheet) or open an editable copy, then try again. Nothing was changed.';
    case 'InvalidOperationInCellEditMode':
      return 'Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.';
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedOperation':
      return 'This version of Excel is too old for Tracker Check. It needs Microsoft 365, Excel 2021 or later, or Excel on the web.';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return 'The workbook is too large for Excel on the web to send in one go. Try again in Excel for Windows or Mac, or use the tracker-check command on a copy of the file.';
    case 'ItemNotFound':
      return 'A sheet Tracker Check was working on has been renamed or deleted. Validate again.';
    default:
      return `Tracker Check could not finish: ${plainReason(error)}. Try again, and if it keeps happening, save a copy and run the tracker-check command on it.`;
  }
}

/** A read of one sheet that failed, naming the sheet. */
export function readFailureMessage(sheet: string, error: unknown): string {
  const code = errorCode(error);
  const start = `Tracker Check could not read the sheet '${sheet}'`;
  if (code === 'ItemNotFound') return `${start}: it was renamed or deleted while being read. Validate again.`;
  if (code === 'InvalidOperationInCellEditMode') return `${start}: Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.`;
  if (isSizeFailure(error)) {
    return `${start}: it is too large for Excel to send, even a few rows at a time. Delete the unused rows and columns below and to the right of the tracker, or run the tracker-check command on a copy of the file.`;
  }
  return `${start}: ${plainReason(error)}. Nothing was changed. Try again, and if it keeps happening, save a copy and run the tracker-check command on it.`;
}

/** Excel's own message, first line only, without a trailing full stop: never a stack. */
function plainReason(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' && message.trim() !== '' ? message : String(error);
  return (text.split('\n')[0] ?? '').replace(/\.\s*$/, '');
}
