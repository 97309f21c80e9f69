import type { IsoDate } from '../dates/calendar.js';
import type { DateReading } from '../dates/read-date.js';
import type { SheetGrid } from '../grid/sheet-grid.js';
import type { LeadRegisterIndex } from '../leads/lead-names.js';
import type { LeadReference } from '../leads/lead-reference.js';
import type { Rating } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import type { StatusKey } from '../key/status-key.js';
import type { AnsweredLookup, CellRating } from '../vocabulary/rate-cell.js';
import type { TrackerLayout } from './tracker-layout.js';
import type { TrackerRecord } from './tracker-record.js';

/** A due date and where it came from: the due column, or a timescale in the item text. */
export interface DueDate {
  date: IsoDate;
  derivedFrom?: string;
  /** Taken from the revised date beside the original. */
  revised?: boolean;
}

/** Everything the rules and the summary read about one tracker, worked out once. */
export interface TrackerContext {
  grid: SheetGrid;
  layout: TrackerLayout;
  profile: Profile;
  asAt: IsoDate;
  /** Header text by sheet column index. */
  headers: Map<number, string>;
  records: TrackerRecord[];
  /** Per record, the rating of each rated column (status first) and what gave it. */
  cellRatings: CellRating[][];
  /** Per record, the rating of each rated column (status first). */
  ratings: Rating[][];
  /** Per record, whether its status says it no longer applies ("N/A", "Withdrawn"): nothing is due on it. */
  notApplicable: boolean[];
  /** The tracker's own key, where it has one. */
  key: StatusKey | undefined;
  /** The officer's answers for this sheet's wordings and colours, where they gave any. */
  answers: AnsweredLookup | undefined;
  /** Per record, its leads with references followed. */
  leads: string[][];
  unresolvedLeads: Map<number, LeadReference>;
  /** Per record, the due-date cell as read (when the tracker has a due column). */
  dueReadings: (DateReading | undefined)[];
  /** Per record, the revised due-date cell as read (when the tracker has a revised date column). */
  revisedReadings: (DateReading | undefined)[];
  /** Per record, the due date that applies, if any. */
  due: (DueDate | undefined)[];
  register: LeadRegisterIndex | undefined;
}
