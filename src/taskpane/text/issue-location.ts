import type { Issue } from '../../engine/issues/issue-codes.js';

/** Where an issue is, in words: "Recommendations, cell D25", or "Recommendations, row 27" for a whole row. */
export function issueLocation(issue: Pick<Issue, 'sheet' | 'cell' | 'row'>): string {
  return issue.cell === undefined ? `${issue.sheet}, row ${issue.row}` : `${issue.sheet}, cell ${issue.cell} (row ${issue.row})`;
}

/** The range to select for an issue: its cell, or its whole row when it has no single cell. */
export function issueRange(issue: Pick<Issue, 'cell' | 'row'>): string {
  return issue.cell ?? `${issue.row}:${issue.row}`;
}
