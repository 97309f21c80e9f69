import type { ColumnRole } from '../profile/column-role.js';

/** Where a tracker sits on its sheet. Columns are 0-based sheet column indexes; rows are 1-based. */
export interface TrackerLayout {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<Exclude<ColumnRole, 'status'>, number>>;
  /** Every rated (BRAG) column, the tracker's status first. */
  ratedColumns: number[];
  /** The group row above the column names, when the header has two rows. */
  headerTop?: number;
  /** A revised due date beside the original ("Revised target date"): it wins where it is given. */
  revisedDue?: number;
  /** Each column's whole heading by sheet column, where the header gives more than its own cell. */
  headings?: Record<number, string>;
  /** Whether Tracker Check found the layout or an officer chose it. */
  source: 'detected' | 'chosen';
  /** Other rows that read as well as the header: below it, they are a header repeated, not items. */
  headerRivals?: number[];
  /** The officer named the header row (their saved reading), so it is not asked again. */
  headerAnswered?: boolean;
  /** Why each role's column was chosen, where Tracker Check found it. */
  choices?: ColumnChoice[];
}

/** One role's column as detected: the heading, a short reason, how sure, and the other candidates. */
export interface ColumnChoice {
  role: ColumnRole;
  column: number;
  heading: string;
  why: string;
  /** False where another column could as well hold the role (a tie, or a rating of another kind). */
  certain: boolean;
  alternatives: { column: number; heading: string }[];
}

export function hasRole(layout: TrackerLayout, role: ColumnRole): boolean {
  return role === 'status' ? layout.ratedColumns.length > 0 : layout.columns[role] !== undefined;
}
