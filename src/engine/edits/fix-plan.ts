import type { WorkbookAnalysis } from '../analyse/analyse-workbook.js';
import { parseCellAddress } from '../grid/a1.js';
import { cellText } from '../grid/cell.js';
import { cellAt } from '../grid/sheet-grid.js';
import type { Issue } from '../issues/issue-codes.js';

/** One cell changed from one text to another: a confirmed fix, or the revert of one. */
export interface CellEdit {
  sheet: string;
  cell: string;
  from: string;
  to: string;
}

/**
 * Codes whose suggestion is certain enough to apply in one click, after the officer confirms: a
 * status rewritten to the preferred wording, and a colour-only rating written in words (the fill stays).
 */
export const FIXABLE_CODES = new Set<Issue['code']>(['status-nonstandard', 'status-colour-only']);

export interface Fix {
  issue: Issue;
  edit: CellEdit;
}

/** The one-click fixes: each rewrites a cell to the suggestion, remembering what it held. */
export function certainFixes(analysis: WorkbookAnalysis): Fix[] {
  const fixes: Fix[] = [];
  for (const tracker of analysis.trackers) {
    for (const issue of tracker.issues) {
      if (!FIXABLE_CODES.has(issue.code) || issue.suggestion === undefined || issue.cell === undefined) continue;
      const address = parseCellAddress(issue.cell);
      if (!address) continue;
      const from = cellText(cellAt(tracker.context.grid, address.row, address.column));
      fixes.push({ issue, edit: { sheet: issue.sheet, cell: issue.cell, from, to: issue.suggestion } });
    }
  }
  return fixes;
}
