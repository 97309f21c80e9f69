import type { SummarySheetPlan } from '../../engine/edits/summary-sheet-plan.js';

/** The summary's page margins in inches: A4 landscape, the header inside the top margin. */
export const MARGINS = { left: 0.5, right: 0.5, top: 0.55, bottom: 0.45, header: 0.2, footer: 0.2 };
/** A4 landscape, in points, inside those margins. */
const PRINTABLE = { width: 842 - (MARGINS.left + MARGINS.right) * 72, height: 595 - (MARGINS.top + MARGINS.bottom) * 72 };
const DEFAULT_ROW_POINTS = 15;
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Room kept on each page for the difference between this estimate and the printer's own arithmetic. */
const SAFETY = 0.98;

/** A column `width` characters wide, in points, as Excel sizes it (7-pixel digits plus 5 pixels of padding). */
function columnPoints(width: number): number {
  return ((Math.round(width * 7) + 5) * 3) / 4;
}

interface Block {
  top: number;
  bottom: number;
}

/**
 * Where to break the summary's pages so that no table (with its heading) or chart is cut in two:
 * the rows (1-based) after which a new page starts. The page is printed one page wide, so its scale
 * is the printable width over the sheet's width; a block that is taller than a page is not helped.
 */
export function keepTogetherBreaks(plan: SummarySheetPlan, rowPoints: (row: number) => number | undefined): number[] {
  const blocks: Block[] = [];
  for (const table of plan.tables) blocks.push({ top: table.row, bottom: table.row + 1 + table.rows.length });
  for (const chart of plan.charts) blocks.push({ top: chart.anchor.top, bottom: chart.anchor.bottom - 1 });
  for (const text of plan.texts) {
    // A heading stays with what follows it.
    blocks.push({ top: text.row, bottom: text.style === 'heading' ? text.row + 1 : text.row });
  }
  const merged = mergeBlocks(blocks);
  if (merged.length === 0) return [];

  const right = Math.max(
    plan.columnWidths.length,
    ...plan.tables.map((t) => t.column + t.header.length),
    ...plan.texts.map((t) => t.column + t.span),
    ...plan.charts.map((c) => c.anchor.right),
  );
  let sheetWidth = 0;
  for (let column = 0; column < right; column++) sheetWidth += columnPoints(plan.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH);
  const scale = Math.min(1, PRINTABLE.width / sheetWidth);
  const pageHeight = (PRINTABLE.height / scale) * SAFETY;

  // Plan rows are 0-based; sheet rows 1-based.
  const height = (from: number, to: number) => {
    let points = 0;
    for (let row = from; row <= to; row++) points += rowPoints(row + 1) ?? DEFAULT_ROW_POINTS;
    return points;
  };
  const breaks: number[] = [];
  let pageTop = 0;
  for (const block of merged) {
    if (block.top > pageTop && height(pageTop, block.bottom) > pageHeight) {
      breaks.push(block.top); // after sheet row block.top, i.e. before plan row block.top
      pageTop = block.top;
    }
  }
  return breaks;
}

function mergeBlocks(blocks: Block[]): Block[] {
  const sorted = [...blocks].sort((a, b) => a.top - b.top);
  const merged: Block[] = [];
  for (const block of sorted) {
    const last = merged[merged.length - 1];
    if (last && block.top <= last.bottom) last.bottom = Math.max(last.bottom, block.bottom);
    else merged.push({ ...block });
  }
  return merged;
}
