import { type EarlierReviewName, type Finding, type Issue, type IssueParams, ISSUE_SEVERITY } from './issue-codes.js';
import type { ColumnRole } from '../profile/column-role.js';
import { formatLongDate } from '../text/format-date.js';

const ROLE_NAMES: Record<ColumnRole, string> = {
  item: 'recommendation or action',
  id: 'reference number',
  lead: 'lead',
  progress: 'progress update',
  status: 'status (BRAG)',
  due: 'due date',
  area: 'area or theme',
};

type Render<C extends keyof IssueParams> = (params: IssueParams[C], finding: Finding) => string;

/** Messages live apart from the checks, so wording can change without touching a rule. */
const MESSAGES: { [C in keyof IssueParams]: Render<C> } = {
  'missing-column': (p) =>
    `No ${ROLE_NAMES[p.role]} column was found in the header row. Name a column "${defaultHeader(p.role)}" or pick the column in Tracker Check.`,
  'duplicate-id': (p) => `Number ${p.id} is used twice: it also numbers the item in row ${p.firstRow}.`,
  'lead-missing': () => 'No lead is named for this item.',
  'lead-reference-unresolved': (p) =>
    p.target === undefined
      ? `"${p.reference}" does not say which item's leads to use: the reference looks cut short.`
      : `"${p.reference}" points to item ${p.target}, whose leads cannot be found: it is not in this tracker, has no lead, or points back here.`,
  'status-missing': (p) => `No status is given in the ${p.header} column.`,
  'status-unknown': (p) =>
    `"${p.text}" is not a status Tracker Check knows, so it is counted as unrated. ${
      p.nearest === undefined ? 'Choose a rating (Blue, Green, Amber or Red), or add the wording to the tracker\'s key.' : `Did you mean "${p.nearest}"?`
    }`,
  'date-invalid': (p) => `"${p.text}" is not a date Tracker Check can read (use a date such as 30/06/2025).`,
  'cell-error': (p) => `The ${p.header} cell shows the Excel error ${p.error}.`,
  'lead-unknown': (p) => `"${p.name}" is not in the register of leads.`,
  'status-nonstandard': (p, f) =>
    `"${p.text}" is written differently from the other ${p.category} statuses${f.suggestion ? ` ("${f.suggestion}")` : ''}.`,
  'status-not-applicable': (p) => `"${p.text}": this item no longer applies, so it is not counted in any rating and nothing is due on it.`,
  'status-colour-only': (p) =>
    `The ${p.category} rating is shown only by ${
      p.shownBy === 'fill' ? 'the cell\'s fill colour' : p.shownBy === 'font' ? `the colour of "${p.text ?? ''}"` : `the emoji "${p.text ?? ''}"`
    }, which a screen reader, a black-and-white print and a pasted board report all lose. Write the rating in words.`,
  'status-colour-conflict': (p) =>
    `"${p.text}" says ${p.category} but the cell is filled ${p.fill}; it is counted as ${p.category}, by its words.`,
  'progress-missing': (p) => `No progress update is given in the ${p.header} column.`,
  'date-missing': (p) =>
    p.placeholder === undefined ? 'No due date is given.' : `The due date is "${p.placeholder}", not yet a date.`,
  'date-no-year': (p) =>
    `"${p.text}" gives no year, so it is read as ${formatLongDate(p.date)}, in the year of the review. Add the year so nobody has to guess.`,
  overdue: (p) =>
    `Due ${formatLongDate(p.due)}${p.derivedFrom ? ` ("${p.derivedFrom}")` : ''}${p.revised ? ' (the revised date)' : ''}, before ${formatLongDate(p.asAt)}, and not completed.`,
  'blank-row': () => 'This row inside the tracker is blank.',
  'repeated-header': () => 'This row repeats the header row and is not counted as an item.',
  'continuation-row': (p) =>
    `This row continues ${p.id === undefined ? 'the item' : `item ${p.id}`} in row ${p.recordRow} and is read as part of it.`,
  'status-contradicts-progress': (p) =>
    p.says === 'slipped'
      ? `Rated ${p.category}${p.status ? ` ("${p.status}")` : ''}, but the update says "${p.words}". Check whether the rating or the update is right.`
      : `Rated red${p.status ? ` ("${p.status}")` : ''}, but the update says "${p.words}". If it is complete, rate it blue.`,
  'progress-unchanged': (p) =>
    `The ${p.header} is word for word the one at ${earlierName(p.earlier)}: say what has happened since.`,
  'status-worsened': (p) => `Moved down from ${p.from}${p.fromText ? ` ("${p.fromText}")` : ''} at ${earlierName(p.earlier)} to ${p.to}.`,
  'status-jumped': (p) =>
    `Moved ${p.steps > 0 ? 'up' : 'down'} ${Math.abs(p.steps) === 2 ? 'two' : 'three'} categories at once, from ${p.from} to ${p.to}, since ${earlierName(p.earlier)}: check the update says why.`,
};

function earlierName(earlier: EarlierReviewName): string {
  if (earlier.column !== undefined) return `the earlier rating ("${earlier.column}")`;
  return `the ${formatLongDate(earlier.asAt)} review`;
}

function defaultHeader(role: ColumnRole): string {
  return { item: 'Recommendation', id: 'No.', lead: 'Lead', progress: 'Progress', status: 'Status', due: 'Target date', area: 'Area' }[role];
}

export function renderIssue(finding: Finding): Issue {
  const render = MESSAGES[finding.code] as Render<typeof finding.code>;
  const issue: Issue = {
    code: finding.code,
    severity: ISSUE_SEVERITY[finding.code],
    sheet: finding.sheet,
    row: finding.row,
    message: render(finding.params as never, finding),
    params: finding.params,
  };
  if (finding.cell !== undefined) issue.cell = finding.cell;
  if (finding.suggestion !== undefined) issue.suggestion = finding.suggestion;
  return issue;
}
