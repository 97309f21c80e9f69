import type { IsoDate } from '../dates/calendar.js';
import type { BragCategory } from '../profile/brag.js';
import type { ColumnRole } from '../profile/column-role.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What each check found, by stable code: the facts a message is rendered from. */
export interface IssueParams {
  'missing-column': { role: ColumnRole };
  'duplicate-id': { id: string; firstRow: number };
  'lead-missing': Record<string, never>;
  'lead-reference-unresolved': { reference: string; target?: string };
  'status-missing': { header: string };
  'status-unknown': { text: string; header: string; nearest?: string };
  'date-invalid': { text: string };
  'cell-error': { error: string; header: string };
  'lead-unknown': { name: string };
  'status-nonstandard': { text: string; category: BragCategory };
  'status-colour-only': { category: BragCategory; shownBy: 'fill' | 'font' | 'emoji'; text?: string };
  'status-colour-conflict': { text: string; category: BragCategory; fill: BragCategory };
  'progress-missing': { header: string };
  'date-missing': { placeholder?: string };
  'date-no-year': { text: string; date: IsoDate };
  overdue: { due: IsoDate; asAt: IsoDate; derivedFrom?: string; revised?: boolean };
  'status-not-applicable': { text: string; header: string };
  'blank-row': Record<string, never>;
  'repeated-header': Record<string, never>;
  'continuation-row': { recordRow: number; id?: string };
  'status-contradicts-progress': { category: BragCategory; status: string; words: string; says: 'slipped' | 'completed' };
  'progress-unchanged': { header: string; earlier: EarlierReviewName };
  'status-worsened': { from: BragCategory; to: BragCategory; fromText: string; earlier: EarlierReviewName };
  'status-jumped': { from: BragCategory; to: BragCategory; steps: number; earlier: EarlierReviewName };
}

/** The earlier review an item is compared with, as a message names it. */
export type EarlierReviewName = { asAt: IsoDate; column?: undefined } | { column: string; asAt?: IsoDate };

export type IssueCode = keyof IssueParams;

export const ISSUE_SEVERITY: { readonly [C in IssueCode]: Severity } = {
  'missing-column': 'error',
  'duplicate-id': 'error',
  'lead-missing': 'error',
  'lead-reference-unresolved': 'error',
  'status-missing': 'error',
  'status-unknown': 'error',
  'date-invalid': 'error',
  'cell-error': 'error',
  'lead-unknown': 'warning',
  'status-nonstandard': 'warning',
  'status-colour-only': 'warning',
  'status-colour-conflict': 'warning',
  'progress-missing': 'warning',
  'date-missing': 'warning',
  'date-no-year': 'warning',
  overdue: 'warning',
  'status-contradicts-progress': 'warning',
  'progress-unchanged': 'warning',
  'status-not-applicable': 'info',
  'blank-row': 'info',
  'repeated-header': 'info',
  'continuation-row': 'info',
  'status-worsened': 'info',
  'status-jumped': 'info',
};

/** Codes only a comparison of two reviews gives (two files, or an earlier rating column beside the status). */
export const COMPARING_CODES: readonly IssueCode[] = ['progress-unchanged', 'status-worsened', 'status-jumped'];

export const ISSUE_CODES = Object.keys(ISSUE_SEVERITY) as IssueCode[];

/** A finding before it is put into words: where it is, what it is, and the facts behind it. */
export type Finding = {
  [C in IssueCode]: {
    code: C;
    sheet: string;
    row: number;
    cell?: string;
    /** The item the row belongs to, as the tracker numbers it ("12"). */
    itemId?: string;
    params: IssueParams[C];
    /** The value that would put it right, where one is certain or likely. */
    suggestion?: string;
  };
}[IssueCode];

/** An issue as reported: a finding with its severity and a message for an officer. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  cell?: string;
  row: number;
  message: string;
  suggestion?: string;
  /** The facts behind the message, by code (IssueParams), so no reader has to parse the English back. */
  params: Finding['params'];
}
