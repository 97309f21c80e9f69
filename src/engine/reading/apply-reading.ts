import { columnIndex } from '../grid/a1.js';
import { cellText } from '../grid/cell.js';
import { cellAt, columnCount, lastRow, type SheetGrid } from '../grid/sheet-grid.js';
import type { TrackerLayout } from '../tracker/tracker-layout.js';
import type { SheetReading } from './officer-reading.js';

/**
 * The layout with the officer's column answers put in: each role in the column they named. An
 * answer that no longer fits the sheet (a column past its edge, or with no heading) is left out
 * and said in `setAside`, so a stale answer never gives a wrong figure.
 */
export function withAnsweredColumns(grid: SheetGrid, layout: TrackerLayout, answers: SheetReading | undefined): { layout: TrackerLayout; setAside: string[] } {
  const setAside: string[] = [];
  if (answers?.columns === undefined) return { layout, setAside };
  const answered: TrackerLayout = { ...layout, columns: { ...layout.columns }, ratedColumns: [...layout.ratedColumns] };
  const right = grid.left + columnCount(grid) - 1;
  for (const [role, letter] of Object.entries(answers.columns)) {
    const column = columnIndex(letter);
    if (column < grid.left || column > right || cellText(cellAt(grid, layout.headerRow, column)) === '') {
      setAside.push(`${layout.sheet}: the answer that column ${letter.toUpperCase()} is the ${role} was set aside: that column has no heading in row ${layout.headerRow} now.`);
      continue;
    }
    if (role === 'status') answered.ratedColumns = [column, ...answered.ratedColumns.filter((c) => c !== column)];
    else {
      answered.columns[role as keyof TrackerLayout['columns']] = column;
      if (role === 'due' && answered.revisedDue === column) delete answered.revisedDue;
    }
    if (answered.choices) answered.choices = answered.choices.filter((choice) => choice.role !== role);
  }
  return { layout: answered, setAside };
}

/** Whether a header row the officer named still fits the sheet. */
export function headerRowFits(grid: SheetGrid, row: number): boolean {
  return row < lastRow(grid) && row >= grid.top + 1;
}
