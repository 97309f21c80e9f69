/**
 * What went wrong, in words an officer can act on. Excel's error codes are stable; its messages
 * are not meant for officers.
 */
export function officerMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
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
      return `Tracker Check could not finish: ${(error as Error)?.message ?? String(error)}. Try again, and if it keeps happening, save a copy and run the tracker-check command on it.`;
  }
}
