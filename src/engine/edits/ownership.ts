/**
 * What Tracker Check made in a workbook, told by what it is rather than by a private list, so the
 * add-in and the command line each recognise the other's work (and their own after an officer
 * renamed, moved or deleted a sheet):
 * - the wording lists: workbook names `TrackerCheck_…` whose target is on the lists sheet;
 * - the colouring rules: conditional formats whose formula looks a cell up in one of those lists;
 * - the summary sheets: the sheet a `TrackerCheck_Summary_…` marker name points at (its A1).
 * Both hosts replace exactly these and nothing else; no record is kept beside them (a record kept
 * by sheet name goes stale when a sheet is renamed, and conditional-format ids are only positions).
 */

import { COLOUR_LISTS_SHEET } from '../grid/own-sheets.js';
import { sheetOfReference, SUMMARY_MARKER_PREFIX } from './summary-sheet-names.js';


const LIST_NAME_PREFIX = 'TrackerCheck_';
export type ListKind = 'blue' | 'green' | 'amber' | 'red' | 'known';
const LIST_NAME = String.raw`TrackerCheck_\d+_\d+_(?:blue|green|amber|red|known)`;
const LIST_NAME_IN_FORMULA = new RegExp(String.raw`(?<![\w.])${LIST_NAME}(?![\w.])`, 'i');
const WHOLE_LIST_NAME = new RegExp(`^${LIST_NAME}$`, 'i');

/** The name of one wording list: tracker and rated column counted from 1. */
export function listName(tracker: number, column: number, kind: ListKind): string {
  return `${LIST_NAME_PREFIX}${tracker}_${column}_${kind}`;
}

/**
 * A workbook name Tracker Check made for a wording list: named as its lists are, pointing at the
 * lists sheet (or at nothing, "#REF!", once that sheet was deleted).
 */
export function isOwnListName(name: string, reference: string): boolean {
  if (!WHOLE_LIST_NAME.test(name)) return false;
  const bare = reference.replace(/^=/, '');
  return bare.startsWith('#REF!') || sheetOfReference(bare)?.toLowerCase() === COLOUR_LISTS_SHEET.toLowerCase();
}

/** A colouring rule Tracker Check made: its formula looks the cell up in one of its wording lists. */
export function isOwnRule(formula: string): boolean {
  return LIST_NAME_IN_FORMULA.test(formula);
}

export function isSummaryMarker(name: string): boolean {
  return name.startsWith(SUMMARY_MARKER_PREFIX);
}
