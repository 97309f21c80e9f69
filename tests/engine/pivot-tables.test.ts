import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import type { SheetGrid } from '../../src/engine/grid/sheet-grid.js';
import { sheet, workbook } from '../support/grid-builder.js';

const TODAY = '2025-06-30';
const TRACKER = sheet('Actions', [
  ['Ref', 'Action', 'Lead officer', 'Status'],
  [1, 'Review governance', 'Ann Lee', 'Completed'],
  [2, 'Publish the plan', 'Ben Holmes', 'On track'],
]);

function passedOver(grid: SheetGrid) {
  const analysis = analyseWorkbook(workbook(TRACKER, grid), { today: TODAY });
  return { trackers: analysis.trackers.map((t) => t.context.layout.sheet), passedOver: analysis.passedOver, pivotTables: analysis.pivotTables, registers: analysis.registers };
}

// LibreOffice's layout of a pivot table of statuses by lead, as read from its .xlsx.
const LIBREOFFICE_PIVOT = [
  ['Filter'],
  [],
  ['Count - Ref', 'Status'],
  ['Lead officer', 'Completed', 'On track', 'Total Result'],
  ['Ann Lee', 1, null, 1],
  ['Ben Holmes', null, 1, 1],
  ['Total Result', 1, 1, 2],
];

describe('pivot tables are never trackers, and are listed as passed over with the reason', () => {
  it('by their parts: a header inside a pivot table’s area', () => {
    // Labels of no known kind, so only the parts can tell.
    const grid: SheetGrid = {
      ...sheet('Pivot', [['Lead officer', 'Status'], ['Ann Lee', 'Completed'], ['Ben Holmes', 'On track']]),
      pivotTables: [{ top: 1, left: 0, bottom: 3, right: 1 }],
    };
    expect(passedOver(grid)).toStrictEqual({ trackers: ['Actions'], passedOver: ['Pivot'], pivotTables: [{ sheet: 'Pivot', reason: 'pivot-table' }], registers: [] });
  });

  it('by their shape: LibreOffice’s labels ("Count - Ref", "Total Result")', () => {
    expect(passedOver(sheet('Pivot', LIBREOFFICE_PIVOT))).toMatchObject({ trackers: ['Actions'], pivotTables: [{ sheet: 'Pivot', reason: 'count-table' }] });
  });

  it('by their shape: Excel’s labels ("Row Labels", "Count of Ref", "Grand Total")', () => {
    const grid = sheet('Counts', [
      ['Row Labels', 'Count of Ref', 'Status'],
      ['Ann Lee', 1, 'x'],
      ['Grand Total', 1],
    ]);
    expect(passedOver(grid).pivotTables).toStrictEqual([{ sheet: 'Counts', reason: 'count-table' }]);
  });

  it('by their shape: a cross-tab of counts under a header, with no pivot labels', () => {
    const grid = sheet('By lead', [
      ['Lead', 'Status', 'Blue', 'Green'],
      ['Ann Lee', 2, 1, 1],
      ['Ben Holmes', 1, 0, 1],
    ]);
    expect(passedOver(grid)).toMatchObject({ trackers: ['Actions'], pivotTables: [{ sheet: 'By lead', reason: 'count-table' }] });
  });

  it('a tracker beside them is still a tracker; a sheet of notes has no reason', () => {
    expect(passedOver(sheet('Notes', [['Some notes about the plan']]))).toStrictEqual({ trackers: ['Actions'], passedOver: ['Notes'], pivotTables: [], registers: [] });
  });
});
