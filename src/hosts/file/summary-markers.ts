import type ExcelJS from 'exceljs';
import { sheetOfReference } from '../../engine/edits/summary-sheet-names.js';

/**
 * The sheets Tracker Check wrote as summaries, by marker name: each is marked by a workbook-level
 * defined name "TrackerCheck_Summary_…" on its A1 (the add-in and `--out` write the same marker).
 */
export function markedSummarySheets(workbook: ExcelJS.Workbook, prefix: string): Map<string, string> {
  const marked = new Map<string, string>();
  for (const { name, ranges } of workbook.definedNames.model) {
    if (!name.startsWith(prefix)) continue;
    // exceljs keeps a quoted sheet name's doubled apostrophes; sheetOfReference undoes them.
    const sheet = ranges[0] === undefined ? undefined : sheetOfReference(ranges[0]);
    if (sheet !== undefined) marked.set(name, sheet);
  }
  return marked;
}
