import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseWorkbook, type WorkbookAnalysis } from '../../src/engine/analyse/analyse-workbook.js';
import { earlierTrackerOf } from '../../src/engine/compare/earlier-tracker.js';
import type { TrackerAnalysis } from '../../src/engine/analyse/analyse-tracker.js';
import { workbookReport } from '../../src/engine/report/workbook-report.js';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { trackerWorkbook, type CellInput } from '../support/grid-builder.js';

/** Two reviews of one tracker, built small: a March review and a June one. */
const HEADER = ['No.', 'Recommendation', 'Lead', 'Progress', 'Status'];
const MARCH = '2025-03-31';
const JUNE = '2025-06-30';

type Row = [id: string | null, item: string, status: string, progress?: string];
function rows(items: Row[], header: CellInput[] = HEADER): CellInput[][] {
  return [header, ...items.map(([id, item, status, progress]) => [id, item, 'Ann Lee', progress ?? `Update on ${item.toLowerCase()}`, status])];
}

function review(items: Row[], asAt: string, header?: CellInput[]): WorkbookAnalysis {
  return analyseWorkbook(trackerWorkbook(rows(items, header)), { today: '2030-01-01', asAt });
}

function compared(now: Row[], earlier: Row[], header?: CellInput[]): TrackerAnalysis {
  const before = review(earlier, MARCH, header);
  const analysis = analyseWorkbook(trackerWorkbook(rows(now, header)), {
    today: '2030-01-01',
    asAt: JUNE,
    since: { file: 'march.xlsx', asAt: before.asAt, trackers: before.trackers.map(earlierTrackerOf) },
  });
  const [tracker] = analysis.trackers;
  if (!tracker) throw new Error('no tracker');
  return tracker;
}

const moves = (tracker: TrackerAnalysis) =>
  tracker.since?.items.map((i) => ({ id: i.id, from: i.from, to: i.to, movement: i.movement, matchedBy: i.matchedBy, earlierId: i.earlierId }));
const codes = (tracker: TrackerAnalysis, code: string) => tracker.issues.filter((i) => i.code === code).map((i) => i.cell);

describe('two reviews, the numbers kept', () => {
  const tracker = compared(
    [['1', 'Publish the strategy', 'Completed'], ['2', 'Recruit a director', 'Amber'], ['3', 'Review scrutiny', 'Amber'], ['4', 'Train members', 'Red']],
    [['1', 'Publish the strategy', 'Green'], ['2', 'Recruit a director', 'Amber'], ['3', 'Review scrutiny', 'Red'], ['4', 'Train members', 'Green']],
  );

  it('gives each item its category then and now', () => {
    expect(moves(tracker)).toStrictEqual([
      { id: '1', from: 'green', to: 'blue', movement: 'improved', matchedBy: 'id', earlierId: '1' },
      { id: '2', from: 'amber', to: 'amber', movement: 'unchanged', matchedBy: 'id', earlierId: '2' },
      { id: '3', from: 'red', to: 'amber', movement: 'improved', matchedBy: 'id', earlierId: '3' },
      { id: '4', from: 'green', to: 'red', movement: 'worsened', matchedBy: 'id', earlierId: '4' },
    ]);
    expect(tracker.since?.counts).toStrictEqual({ improved: 2, worsened: 1, unchanged: 1, unrated: 0, added: 0, removed: 0, completed: 1 });
    expect(tracker.since?.earlier).toStrictEqual({ kind: 'file', file: 'march.xlsx', sheet: 'Tracker', asAt: MARCH });
  });

  it('notes the item that moved down, and that it moved two categories at once', () => {
    expect(codes(tracker, 'status-worsened')).toStrictEqual(['E5']);
    expect(codes(tracker, 'status-jumped')).toStrictEqual(['E5']);
    const jumped = tracker.issues.find((i) => i.code === 'status-jumped');
    expect(jumped?.message).toContain('down two categories at once, from green to red, since the 31 March 2025 review');
    expect(jumped?.severity).toBe('info');
  });
});

describe('two reviews, renumbered, with items added and removed', () => {
  const tracker = compared(
    [['1', 'Publish the strategy', 'Green'], ['2', 'Review scrutiny arrangements', 'Completed'], ['3', 'Set up a young people’s panel', 'Green']],
    [['1', 'Publish the strategy', 'Green'], ['2', 'Recruit a director', 'Amber'], ['3', 'Review scrutiny arrangements', 'Green']],
  );

  it('matches a renumbered item by its text and shows the number it had', () => {
    expect(moves(tracker)).toStrictEqual([
      { id: '1', from: 'green', to: 'green', movement: 'unchanged', matchedBy: 'id', earlierId: '1' },
      { id: '2', from: 'green', to: 'blue', movement: 'improved', matchedBy: 'text', earlierId: '3' },
    ]);
  });

  it('gives the new item as added and the one gone as removed, not as a move', () => {
    expect(tracker.since?.added.map((i) => [i.id, i.rating])).toStrictEqual([['3', 'green']]);
    expect(tracker.since?.removed.map((i) => [i.id, i.rating])).toStrictEqual([['2', 'amber']]);
    expect(tracker.since?.counts).toMatchObject({ added: 1, removed: 1, completed: 1, improved: 1 });
  });

  it('does not pair two different items that took each other’s number', () => {
    const swapped = compared([['5', 'Recruit a director of children’s services', 'Red']], [['5', 'Publish the education strategy', 'Green']]);
    expect(swapped.since?.items).toStrictEqual([]);
    expect(swapped.since?.counts).toMatchObject({ added: 1, removed: 1, worsened: 0 });
  });

  it('pairs an item reworded under its own number, and items numbered on one side only by their text', () => {
    const reworded = compared([['7', 'Review the scrutiny arrangements across the council', 'Green']], [['7', 'Review scrutiny arrangements', 'Amber']]);
    expect(moves(reworded)).toStrictEqual([{ id: '7', from: 'amber', to: 'green', movement: 'improved', matchedBy: 'id', earlierId: '7' }]);
    const header = ['Recommendation', 'Lead', 'Progress', 'Status'];
    const before = analyseWorkbook(trackerWorkbook([header, ['3. Review scrutiny arrangements', 'Ann Lee', 'Begun', 'Red']]), { today: '2030-01-01', asAt: MARCH });
    const now = analyseWorkbook(trackerWorkbook([header, ['Review scrutiny arrangements', 'Ann Lee', 'Going well', 'Green']]), {
      today: '2030-01-01',
      asAt: JUNE,
      since: { file: 'march.csv', asAt: MARCH, trackers: before.trackers.map(earlierTrackerOf) },
    });
    expect(now.trackers[0]?.since?.items.map((i) => [i.id, i.earlierId, i.matchedBy, i.movement])).toStrictEqual([[undefined, '3', 'text', 'improved']]);
  });
});

describe('what is not a move', () => {
  it('a status written another way in the same category is unchanged', () => {
    const tracker = compared([['1', 'Publish the strategy', 'In progress & on track']], [['1', 'Publish the strategy', 'On track']]);
    expect(moves(tracker)).toStrictEqual([{ id: '1', from: 'green', to: 'green', movement: 'unchanged', matchedBy: 'id', earlierId: '1' }]);
    expect(tracker.issues.filter((i) => i.code.startsWith('status-'))).toStrictEqual([]);
  });

  it('unrated on either side is its own case, neither improved nor worsened', () => {
    const tracker = compared([['1', 'Publish the strategy', 'Green'], ['2', 'Recruit a director', 'Ongoing']], [['1', 'Publish the strategy', 'Ongoing'], ['2', 'Recruit a director', 'Green']]);
    expect(tracker.since?.items.map((i) => i.movement)).toStrictEqual(['unrated', 'unrated']);
    expect(tracker.since?.counts).toMatchObject({ improved: 0, worsened: 0, unchanged: 0, unrated: 2 });
    expect(codes(tracker, 'status-worsened')).toStrictEqual([]);
  });
});

describe('progress-unchanged', () => {
  const earlier: Row[] = [['1', 'Publish the strategy', 'Green', 'Draft with the Board.'], ['2', 'Recruit a director', 'Completed', 'Appointed in January.'], ['3', 'Review scrutiny', 'Green', 'Terms agreed.']];
  const now: Row[] = [['1', 'Publish the strategy', 'Green', 'Draft  with the Board.'], ['2', 'Recruit a director', 'Completed', 'Appointed in January.'], ['3', 'Review scrutiny', 'Green', 'Terms agreed; first session held.']];

  it('fires on an update word for word the earlier review’s, not on one completed at both', () => {
    const tracker = compared(now, earlier);
    expect(codes(tracker, 'progress-unchanged')).toStrictEqual(['D2']);
    const issue = tracker.issues.find((i) => i.code === 'progress-unchanged');
    expect(issue?.severity).toBe('warning');
    expect(issue?.message).toContain('word for word the one at the 31 March 2025 review');
  });

  it('fires only when comparing', () => {
    const alone = review(now, JUNE).trackers[0];
    expect(alone?.since).toBeUndefined();
    expect(alone?.issues.map((i) => i.code)).not.toContain('progress-unchanged');
  });

  it('stays quiet when the earlier review is a rating column of the same sheet (one update, nothing to compare)', () => {
    const header = ['No.', 'Recommendation', 'Lead', 'Progress', 'Previous rating (Mar 25)', 'Current rating (Jun 25)'];
    const analysis = analyseWorkbook(trackerWorkbook([header, ['1', 'Publish the strategy', 'Ann Lee', 'Draft with the Board.', 'Amber', 'Green']]), { today: '2030-01-01', asAt: JUNE });
    expect(analysis.trackers[0]?.since?.counts).toMatchObject({ improved: 1 });
    expect(analysis.trackers[0]?.issues).toStrictEqual([]);
  });
});

describe('a rating column pair in one sheet', () => {
  const header = ['No.', 'Recommendation', 'Lead', 'Progress', 'Previous rating (Mar 25)', 'Current rating (Jun 25)'];
  const analysis = analyseWorkbook(
    trackerWorkbook([
      header,
      ['1', 'Publish the strategy', 'Ann Lee', 'Published in May.', 'Green', 'Blue'],
      ['2', 'Recruit a director', 'Ann Lee', 'Second round of interviews.', 'Green', 'Amber'],
      ['3', 'Review scrutiny', 'Ann Lee', 'Terms agreed.', 'Amber', 'Amber'],
    ]),
    { today: '2030-01-01', asAt: JUNE },
  );
  const report = workbookReport('june.xlsx', analysis);

  it('compares the current rating with the previous one, no second file needed', () => {
    expect(report.trackers[0]?.since).toStrictEqual({
      file: 'june.xlsx',
      column: 'E',
      header: 'Previous rating (Mar 25)',
      asAt: MARCH,
      improved: 1,
      worsened: 1,
      unchanged: 1,
      unrated: 0,
      added: 0,
      removed: 0,
      completed: 1,
      items: [
        { id: '1', row: 2, from: 'green', to: 'blue', matchedBy: 'id', earlierRow: 2 },
        { id: '2', row: 3, from: 'green', to: 'amber', matchedBy: 'id', earlierRow: 3 },
        { id: '3', row: 4, from: 'amber', to: 'amber', matchedBy: 'id', earlierRow: 4 },
      ],
      addedItems: [],
      removedItems: [],
    });
  });

  it('a second file given replaces the column comparison', () => {
    const before = review([['1', 'Publish the strategy', 'Red']], MARCH);
    const withFile = analyseWorkbook(trackerWorkbook([header, ['1', 'Publish the strategy', 'Ann Lee', 'Published in May.', 'Green', 'Blue']]), {
      today: '2030-01-01',
      asAt: JUNE,
      since: { file: 'march.xlsx', asAt: MARCH, trackers: before.trackers.map(earlierTrackerOf) },
    });
    expect(withFile.trackers[0]?.since?.earlier.kind).toBe('file');
    expect(withFile.trackers[0]?.since?.items.map((i) => [i.from, i.to])).toStrictEqual([['red', 'blue']]);
  });
});

describe('the DfE sample', () => {
  const sample = fileURLToPath(new URL('../fixtures/dfe-commissioner-recommendations.xlsx', import.meta.url));

  it('no update of it contradicts its status; compared with itself, nothing moved and every open update is unchanged', async () => {
    const read = await readWorkbookFile(sample);
    if (!read.ok) throw new Error(read.message);
    const alone = analyseWorkbook(read.workbook, { today: '2030-01-01' });
    const [tracker] = alone.trackers;
    expect(tracker?.context.records.length).toBe(24);
    expect(tracker?.issues.filter((i) => i.code === 'status-contradicts-progress')).toStrictEqual([]);

    const again = analyseWorkbook(read.workbook, { today: '2030-01-01', since: { file: 'same.xlsx', asAt: alone.asAt, trackers: alone.trackers.map(earlierTrackerOf) } });
    const since = again.trackers[0]?.since;
    expect(since?.counts).toStrictEqual({ improved: 0, worsened: 0, unchanged: 24, unrated: 0, added: 0, removed: 0, completed: 0 });
    const open = tracker!.context.records.filter((r, i) => r.progress !== '' && tracker!.context.ratings[i]?.[0] !== 'blue');
    expect(again.trackers[0]?.issues.filter((i) => i.code === 'progress-unchanged').map((i) => i.row)).toStrictEqual(open.map((r) => r.row));
  });
});

describe('the slippage words are the profile’s', () => {
  it('a profile adds a phrase to the defaults, and a misspelt field is refused', async () => {
    const { loadProfile } = await import('../../src/engine/profile/load-profile.js');
    const loaded = loadProfile(JSON.stringify({ progressWords: { slipped: ['held up'] } }));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.profile.progressWords.slipped).toContain('delayed');
    const header = ['Recommendation', 'Lead', 'Progress', 'Status'];
    const grid = trackerWorkbook([header, ['1. Publish the strategy', 'Ann Lee', 'Work held up by the legal review.', 'On track']]);
    const withWords = analyseWorkbook(grid, { today: '2030-01-01', asAt: JUNE, profile: loaded.profile });
    expect(withWords.trackers[0]?.issues.map((i) => [i.code, i.cell])).toStrictEqual([['status-contradicts-progress', 'D2']]);
    expect(withWords.trackers[0]?.issues[0]?.message).toContain('"Work held up by the legal review"');
    expect(analyseWorkbook(grid, { today: '2030-01-01', asAt: JUNE }).trackers[0]?.issues).toStrictEqual([]);
    expect(loadProfile(JSON.stringify({ progressWords: { slipping: ['held up'] } })).ok).toBe(false);
  });
});
