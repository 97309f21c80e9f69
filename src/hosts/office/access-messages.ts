/**
 * The one plain message when Tracker Check may not change part of the workbook: which sheet (or
 * the whole workbook), why, and what to do. Nothing it may not change is touched.
 */

const UNPROTECT = 'unprotect it (Review > Unprotect Sheet)';
const EDITABLE = 'open an editable copy (or ask the owner for edit access)';

function sheetList(sheets: readonly string[]): string {
  const quoted = sheets.map((s) => `'${s}'`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** Validate: the findings are all listed; the colouring was left out where it may not be written. */
export function colouringSkippedMessage(readOnly: boolean, protectedSheets: readonly string[]): string | undefined {
  if (readOnly) return `This workbook is open read-only, so Tracker Check coloured no status cells; every finding is listed. To colour them, ${EDITABLE} and validate again.`;
  if (protectedSheets.length === 0) return undefined;
  const one = protectedSheets.length === 1;
  return `The sheet${one ? '' : 's'} ${sheetList(protectedSheets)} ${one ? 'is' : 'are'} protected, so Tracker Check did not colour ${one ? 'its' : 'their'} status cells; every finding is listed. To colour them, ${one ? UNPROTECT : 'unprotect them (Review > Unprotect Sheet)'} and validate again.`;
}

/** Validate: Excel refused the colouring after all (the protection changed meanwhile, say). */
export function colouringRefusedMessage(reason: string): string {
  return `Tracker Check could not colour the status cells; every finding is listed. ${reason}`;
}

const UNLOCK_STRUCTURE = "turn off the workbook's protection (Review > Protect Workbook)";

/** Validate: the colouring needs its hidden lists sheet, and the workbook's structure forbids adding it. */
export function colouringStructureMessage(): string {
  return `This workbook's structure is protected, so Tracker Check could not add the hidden sheet its colouring needs and coloured no status cells; every finding is listed. To colour them, ${UNLOCK_STRUCTURE} and validate again.`;
}

/** Build summary: a summary is a sheet added (or replaced), which structure protection forbids. */
export function summaryStructureMessage(): string {
  return `This workbook's structure is protected, so Tracker Check wrote no summary sheet and changed nothing. To build the summary, ${UNLOCK_STRUCTURE} and try again.`;
}

export function summaryReadOnlyMessage(): string {
  return `This workbook is open read-only, so Tracker Check wrote no summary sheet and changed nothing. To build the summary, ${EDITABLE} and try again.`;
}

/** A fix or a revert refused before anything was written. */
export function editRefusedMessage(readOnly: boolean, protectedSheets: readonly string[], cells: readonly string[]): string {
  const which = cells.length === 1 ? `cell ${cells[0]}` : `cells ${cells.join(', ')}`;
  if (readOnly) return `This workbook is open read-only, so Tracker Check did not change ${which}; nothing was changed. To fix it, ${EDITABLE} and try again.`;
  const one = protectedSheets.length === 1;
  return `The sheet${one ? '' : 's'} ${sheetList(protectedSheets)} ${one ? 'is' : 'are'} protected, so Tracker Check did not change ${which}; nothing was changed. To fix it, ${one ? UNPROTECT : 'unprotect them (Review > Unprotect Sheet)'} and try again.`;
}

/** An answer to a question not saved: the workbook may not take the sheet that keeps the answers, or is read-only. */
export function readingRefusedMessage(readOnly: boolean): string {
  if (readOnly) return `This workbook is open read-only, so Tracker Check did not save your answer; nothing was changed. To answer, ${EDITABLE} and try again.`;
  return "This workbook's structure is protected (Review > Protect Workbook), so Tracker Check could not add the hidden sheet that keeps your answers; nothing was changed. To answer, unprotect the workbook's structure (Review > Protect Workbook) and try again.";
}
