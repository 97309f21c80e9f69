import { columnLetter } from '../grid/a1.js';
import { cellText } from '../grid/cell.js';
import { cellOrMergedAbove } from '../grid/merges.js';
import { cellAt, lastRow, type SheetGrid } from '../grid/sheet-grid.js';
import { periodEnd } from '../dates/period.js';
import { readDate } from '../dates/read-date.js';
import type { ColumnRole } from '../profile/column-role.js';
import type { ColumnChoice, TrackerLayout } from '../tracker/tracker-layout.js';
import { dateHeadingMeaning } from './date-heading.js';
import type { HeaderFound, RoleCell } from './header-row.js';
import { isRevisedDate } from './header-words.js';

/** Rows read below the header to judge a column by its contents: enough to see a plan's shape. */
const SAMPLE_ROWS = 200;

/**
 * The tracker's columns, each role chosen by the meaning of its heading and what its cells hold,
 * with the reason kept: the item is the column with text on most rows, the due date a target
 * rather than a decision date, the progress the latest update rather than a response, the status
 * the current of several ratings. A revised due date beside the original is kept apart from it.
 */
export function layoutFromHeader(grid: SheetGrid, header: HeaderFound): TrackerLayout {
  const layout: TrackerLayout = { sheet: grid.name, headerRow: header.row, columns: {}, ratedColumns: [], source: 'detected' };
  if (header.top !== undefined) layout.headerTop = header.top;
  if (header.rivals !== undefined) layout.headerRivals = header.rivals;
  const headings: Record<number, string> = {};
  for (const { column, heading } of header.cells) headings[column] = heading;
  const sample = contentSample(grid, header.row);
  const candidates = (role: ColumnRole) => header.cells.filter((cell) => cell.role === role);
  const choices: ColumnChoice[] = [];

  const rated = candidates('status');
  const status = chooseStatus(rated, sample);
  if (status) {
    layout.ratedColumns = [status.column, ...rated.map((c) => c.column).filter((c) => c !== status.column)];
    choices.push(status);
  }

  const dated = candidates('due');
  const revised = dated.find((c) => isRevisedDate(c.heading));
  const due = chooseDue(dated.filter((c) => c !== revised), sample);
  if (due) {
    layout.columns.due = due.column;
    choices.push(due);
    if (revised) layout.revisedDue = revised.column;
  } else if (revised) {
    // A revised date with no original beside it is simply the due date.
    layout.columns.due = revised.column;
    choices.push(choice(revised, 'its heading names a due date', dated));
  }

  const progress = chooseProgress(candidates('progress'));
  if (progress) {
    layout.columns.progress = progress.column;
    choices.push(progress);
  }

  const items = candidates('item');
  const item = chooseItem(items, sample);
  if (item) {
    layout.columns.item = item.column;
    choices.push(item);
  }
  for (const role of ['id', 'lead', 'area'] as const) {
    const found = candidates(role);
    const first = found[0];
    if (first === undefined) continue;
    layout.columns[role] = first.column;
    choices.push(choice(first, found.length > 1 ? 'the first column its heading names' : 'its heading', found));
  }
  // A recommendation written once over its actions groups them, as an area does.
  const grouping = items.find((c) => c.column !== item?.column);
  if (layout.columns.area === undefined && grouping !== undefined) {
    layout.columns.area = grouping.column;
    choices.push({ ...choice(grouping, `it holds text on fewer rows than ${columnLetter(item?.column ?? 0)}: it groups the actions below it`, []), role: 'area' });
  }
  if (layout.columns.area === undefined && layout.columns.item !== undefined) {
    const grouping = groupingColumn(grid, header, layout.columns.item, sample);
    if (grouping) {
      layout.columns.area = grouping.column;
      choices.push(grouping);
    }
  }
  if (header.top !== undefined) layout.headings = headings;
  layout.choices = choices;
  return layout;
}

interface ContentSample {
  grid: SheetGrid;
  rows: number[];
}

function contentSample(grid: SheetGrid, headerRow: number): ContentSample {
  const rows: number[] = [];
  for (let row = headerRow + 1; row <= Math.min(lastRow(grid), headerRow + SAMPLE_ROWS); row++) rows.push(row);
  return { grid, rows };
}

/** Rows whose own cell in the column holds something (a merge's text counts once, at its top). */
function filled(sample: ContentSample, column: number): number {
  return sample.rows.filter((row) => cellText(cellAt(sample.grid, row, column)) !== '').length;
}

function choice(cell: RoleCell, why: string, all: readonly RoleCell[], certain = true): ColumnChoice {
  return {
    role: cell.role,
    column: cell.column,
    heading: cell.heading,
    why,
    certain,
    alternatives: all.filter((c) => c.column !== cell.column).map((c) => ({ column: c.column, heading: c.heading })),
  };
}

/** The item: the column that holds text for most rows, since each item has its own text. */
function chooseItem(cells: readonly RoleCell[], sample: ContentSample): ColumnChoice | undefined {
  if (cells.length < 2) return cells[0] && choice(cells[0], 'its heading', cells);
  const counted = cells.map((cell) => ({ cell, rows: filled(sample, cell.column) }));
  const best = counted.reduce((a, b) => (b.rows > a.rows ? b : a));
  const others = counted.filter((c) => c !== best).map((c) => `${columnLetter(c.cell.column)} on ${c.rows}`).join(', ');
  const tie = counted.some((c) => c !== best && c.rows === best.rows);
  return choice(best.cell, `it holds text on ${best.rows} rows (${others})`, cells, !tie);
}

/**
 * The due date: a heading that says the action is due (target, deadline, complete by) over one
 * that only says "Date"; then the column whose cells read as dates most often.
 */
function chooseDue(cells: readonly RoleCell[], sample: ContentSample): ColumnChoice | undefined {
  if (cells.length < 2) return cells[0] && choice(cells[0], 'its heading names a due date', cells);
  const ranked = cells.map((cell) => ({
    cell,
    says: dateHeadingMeaning(cell.heading) === 'due' ? 1 : 0,
    dates: sample.rows.filter((row) => readDate(cellOrMergedAbove(sample.grid, row, cell.column)).kind === 'date').length,
  }));
  const best = ranked.reduce((a, b) => (b.says > a.says || (b.says === a.says && b.dates > a.dates) ? b : a));
  const rivals = ranked.filter((r) => r !== best && r.says === best.says);
  const why = best.says === 1 && rivals.length === 0 ? 'its heading says when the action is due' : `it holds the most dates (${best.dates})`;
  return choice(best.cell, why, cells, rivals.length === 0);
}

/**
 * A column left of the item that no heading word names, whose text repeats down runs of rows
 * ("Assessing needs" over two actions, then "Supporting people…"): it groups the items, as an
 * area or theme does, whatever its heading ("Quality statement", "KLOE").
 */
function groupingColumn(grid: SheetGrid, header: HeaderFound, itemColumn: number, sample: ContentSample): ColumnChoice | undefined {
  const named = new Set(header.cells.map((c) => c.column));
  for (let column = grid.left; column < itemColumn; column++) {
    if (named.has(column)) continue;
    const heading = cellText(cellAt(grid, header.row, column));
    if (heading === '') continue;
    const texts = sample.rows.map((row) => cellOrMergedAbove(grid, row, column)).filter((cell) => cell.kind === 'text').map((cell) => cellText(cell));
    const distinct = new Set(texts).size;
    // A text repeated on the row below, as a group's name is; a column of one text per row is content.
    const repeats = texts.filter((text, index) => index > 0 && text === texts[index - 1]).length;
    if (texts.length >= 3 && texts.length * 2 >= sample.rows.length && repeats * 4 >= texts.length && distinct > 1) {
      return { role: 'area', column, heading, why: `its ${distinct} texts run down the rows: it groups the items`, certain: true, alternatives: [] };
    }
  }
  return undefined;
}

/** A response or evidence written once, not the update for this period. */
const RESPONSE_MEANING = /\b(?:response|evidence|agreed\s+actions?|planned\s+actions?|original)\b/i;

/** The progress update: an update rather than a response; of several, the latest period's. */
function chooseProgress(cells: readonly RoleCell[]): ColumnChoice | undefined {
  if (cells.length < 2) return cells[0] && choice(cells[0], 'its heading', cells);
  const updates = cells.filter((c) => !RESPONSE_MEANING.test(c.heading));
  const pool = updates.length > 0 ? updates : cells;
  const latest = latestByPeriod(pool);
  if (latest) return choice(latest, 'the latest period of the update columns', cells);
  const first = pool[0];
  if (first === undefined) return undefined;
  const why = updates.length > 0 && updates.length < cells.length ? 'an update, where the others are a response or evidence' : 'the first update column';
  return choice(first, why, cells, pool.length === 1);
}

/** Named current, latest or now: "Current rating (Jun 25)". */
const CURRENT_WORDS = /\b(?:current|latest|now|this (?:quarter|month|period))\b/i;
/** A heading naming a period, dated or not: "Q3 RAG", "Quarter 2", "Sept", "2024/25", "Previous". */
const PERIOD_WORDS =
  /\b(?:q[1-4]|quarter\s*[1-4]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:19|20)\d{2}|previous|prior|last|earlier|original|baseline)\b/i;

/**
 * The status: of several rating columns for successive periods, the current one (named so, else
 * the latest period its heading names, else the right-most that holds ratings); a second rating
 * of another kind ("Impact BRAG" beside "Status") leaves the first as the status.
 */
function chooseStatus(cells: readonly RoleCell[], sample: ContentSample): ColumnChoice | undefined {
  if (cells.length < 2) return cells[0] && choice(cells[0], 'its heading', cells);
  const named = cells.find((c) => CURRENT_WORDS.test(c.heading));
  if (named) return choice(named, 'its heading names it the current rating', cells);
  const latest = latestByPeriod(cells);
  if (latest) return choice(latest, 'the latest period of the rating columns', cells);
  const periodic = cells.filter((c) => PERIOD_WORDS.test(c.heading));
  if (periodic.length >= 2) {
    const right = [...periodic].reverse().find((c) => filled(sample, c.column) > 0) ?? periodic[periodic.length - 1];
    if (right) return choice(right, 'the right-most of the ratings for successive periods that holds ratings', cells);
  }
  const first = cells[0];
  return first && choice(first, 'the first rating column; the others rate something else', cells, false);
}

/** The column whose heading names the latest period, where every one names a dated period. */
function latestByPeriod(cells: readonly RoleCell[]): RoleCell | undefined {
  const dated = cells.map((cell) => ({ cell, end: periodEnd(cell.heading) }));
  if (dated.some((d) => d.end === undefined)) return undefined;
  return dated.reduce((a, b) => ((b.end ?? '') > (a.end ?? '') ? b : a)).cell;
}
