import type { Cell } from '../grid/cell.js';

/** One recommendation or action, with any continuation rows folded in. */
export interface TrackerRecord {
  /** The sheet row the record starts on (1-based). */
  row: number;
  /** The number the tracker gives it: the id column, else the "12." leading the item text. */
  id?: string;
  item: string;
  lead: string;
  progress: string;
  area: string;
  /** The text of each rated column, the status first. */
  ratingTexts: string[];
  /** The due-date cell, as read. */
  dueCell: Cell;
  /** The revised due-date cell, where the tracker has one beside the original. */
  revisedDueCell?: Cell;
  /** Rows read as part of this record (its own first). */
  rows: number[];
}
