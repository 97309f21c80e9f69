import { describe, expect, it } from 'vitest';
import type { PlannedTable, SummarySheetPlan } from '../../../src/engine/edits/summary-sheet-plan.js';
import { chartMarks } from '../../../src/engine/edits/chart-marks.js';
import { DEFAULT_PROFILE } from '../../../src/engine/profile/default-profile.js';
import { keepTogetherBreaks } from '../../../src/hosts/file/page-breaks.js';

function table(name: string, row: number, rows: number): PlannedTable {
  return { name, row, column: 0, header: ['A', 'B'], rows: Array.from({ length: rows }, (_, i) => [`r${i}`, i]) };
}

function plan(tables: PlannedTable[], charts: SummarySheetPlan['charts'] = []): SummarySheetPlan {
  return {
    sheetName: 'Summary – T',
    sourceSheet: 'T',
    markerName: 'TrackerCheck_Summary_00000000',
    texts: tables.map((t) => ({ row: t.row - 1, column: 0, text: t.name, style: 'heading' as const, span: 8 })),
    tables,
    charts,
    columnWidths: [34, 14, 14, 44, 12, 12, 12, 12],
    rowHeights: [],
    print: { landscape: true, fitToPagesWide: 1, header: 'T' },
    palette: DEFAULT_PROFILE.palette,
    chartMarks: chartMarks(DEFAULT_PROFILE.palette),
  };
}

describe('keepTogetherBreaks', () => {
  it('breaks nothing when the sections fit one page', () => {
    expect(keepTogetherBreaks(plan([table('One', 1, 5), table('Two', 10, 5)]), () => undefined)).toStrictEqual([]);
  });

  it('starts a section on a new page rather than cutting its table, heading included', () => {
    // 15-point rows; the page holds about 40 at this width.
    const breaks = keepTogetherBreaks(plan([table('One', 1, 20), table('Two', 25, 20), table('Three', 49, 5)]), () => undefined);
    expect(breaks).toStrictEqual([24]); // after sheet row 24, so "Two"'s heading (plan row 24, sheet row 25) opens page 2
  });

  it('keeps a chart whole with the rows beside it', () => {
    const chart = { kind: 'stacked-bar' as const, title: 'c', description: 'c', labels: 'count' as const, table: 'One', series: [], anchor: { top: 20, left: 3, bottom: 45, right: 8 }, legend: 'top' as const, pointLabels: [] };
    const breaks = keepTogetherBreaks(plan([table('One', 1, 10), table('Two', 22, 3)], [chart]), () => undefined);
    expect(breaks).toStrictEqual([20]);
  });

  it('counts tall rows', () => {
    const tall = keepTogetherBreaks(plan([table('One', 1, 10), table('Two', 14, 10)]), (row) => (row === 5 ? 400 : undefined));
    expect(tall).toStrictEqual([13]);
  });
});
