import type { CellEdit } from '../../engine/edits/fix-plan.js';

/** The confirmation question: 'Change "In progress – some delays" to "In progress, some delays" in D25?' */
export function fixQuestion(edits: readonly CellEdit[]): string {
  const [only] = edits;
  if (edits.length === 1 && only) return `Change "${only.from}" to "${only.to}" in ${only.cell}?`;
  return `Change these ${edits.length} cells to the suggested wording?`;
}

/** One line per cell, for a "Fix all" confirmation. */
export function editLine(edit: CellEdit): string {
  return `${edit.sheet}, ${edit.cell}: "${edit.from}" → "${edit.to}"`;
}

export const UNDO_WARNING = "Excel's Undo cannot undo this; use Revert.";

export function cellsList(edits: readonly CellEdit[]): string {
  return edits.map((edit) => edit.cell).join(', ');
}

/** After a fix: what changed. */
export function appliedText(applied: readonly CellEdit[]): string {
  const [only] = applied;
  if (applied.length === 1 && only) return `Changed ${only.cell} to "${only.to}".`;
  return `Changed ${applied.length} cells (${cellsList(applied)}).`;
}

/** Cells a fix or a revert left alone because someone had changed them meanwhile. */
export function skippedText(skipped: readonly CellEdit[]): string {
  return `${cellsList(skipped)} ${skipped.length === 1 ? 'was' : 'were'} left alone: ${skipped.length === 1 ? 'it has' : 'they have'} changed since Tracker Check read ${skipped.length === 1 ? 'it' : 'them'}.`;
}

/** "Revert D25", or "Revert 3 cells (D25, D26, D27)": the button names what it puts back. */
export function revertLabel(applied: readonly CellEdit[]): string {
  const [only] = applied;
  return applied.length === 1 && only ? `Revert ${only.cell}` : `Revert ${applied.length} cells (${cellsList(applied)})`;
}

export function revertedText(reverted: readonly CellEdit[]): string {
  return `Put back ${cellsList(reverted)} as ${reverted.length === 1 ? 'it was' : 'they were'}.`;
}
