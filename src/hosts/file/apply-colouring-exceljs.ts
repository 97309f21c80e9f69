import type ExcelJS from 'exceljs';
import type { StatusColouring } from '../../engine/edits/status-colouring-plan.js';
import { columnIndex } from '../../engine/grid/a1.js';

/** "#1D70B8" → "FF1D70B8", the ARGB exceljs writes. */
export function argb(colour: string): string {
  return `FF${colour.replace(/^#/, '').toUpperCase()}`;
}

interface ColumnSpan {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function spanOf(address: string): ColumnSpan | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!match || match[1] === undefined || match[2] === undefined) return undefined;
  const left = columnIndex(match[1]);
  const right = match[3] === undefined ? left : columnIndex(match[3]);
  const top = Number(match[2]);
  const bottom = match[4] === undefined ? top : Number(match[4]);
  return { left: Math.min(left, right), right: Math.max(left, right), top: Math.min(top, bottom), bottom: Math.max(top, bottom) };
}

/** True when every range of a conditional format's sqref lies in one of the coloured columns and meets its rows. */
function coversOnlyColouredColumns(ref: string, coloured: readonly ColumnSpan[]): boolean {
  const ranges = ref.split(/\s+/).filter(Boolean).map(spanOf);
  return (
    ranges.length > 0 &&
    ranges.every(
      (range) =>
        range !== undefined &&
        coloured.some((c) => range.left >= c.left && range.right <= c.right && range.top <= c.bottom && range.bottom >= c.top),
    )
  );
}

/**
 * Adds the status colouring to one worksheet as conditional formats, as the add-in does: the rated
 * column's earlier formats are dropped first (so checking a checked copy leaves one set), the plan's
 * rules come first in plan order, and any other formats on the sheet keep their order after them.
 * Returns the priorities of the rules that should stop later rules (exceljs cannot write stopIfTrue;
 * see addStopIfTrue).
 */
export function applyStatusColouring(sheet: ExcelJS.Worksheet, colourings: readonly StatusColouring[]): number[] {
  if (colourings.length === 0) return [];
  const coloured = colourings.map((c) => spanOf(c.address)).filter((s): s is ColumnSpan => s !== undefined);
  // exceljs keeps a sheet's formats, loaded or added, in this array; its typings leave it out.
  const formats = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
  const kept = formats.filter((cf) => !coversOnlyColouredColumns(cf.ref, coloured));
  const ruleCount = colourings.reduce((n, c) => n + c.rules.length, 0);
  for (const cf of kept) {
    for (const rule of cf.rules) rule.priority = (rule.priority || 0) + ruleCount;
  }
  formats.splice(0, formats.length, ...kept);

  const stopping: number[] = [];
  let priority = 1; // exceljs takes 0 as "no priority given"
  for (const colouring of colourings) {
    sheet.addConditionalFormatting({
      ref: colouring.address,
      rules: colouring.rules.map((rule) => {
        // A BRAG match settles the colour; only the catch-all lets later rules through.
        if (rule.category !== undefined) stopping.push(priority);
        return {
          type: 'expression',
          priority: priority++,
          formulae: [rule.formula.replace(/^=/, '')],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) }, fgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.font) } },
          },
        };
      }),
    });
  }
  return stopping;
}

/** The worksheet XML with stopIfTrue="1" on the conditional-format rules of the given priorities. */
export function addStopIfTrue(sheetXml: string, priorities: readonly number[]): string {
  if (priorities.length === 0) return sheetXml;
  const wanted = new Set(priorities.map(String));
  return sheetXml.replace(/<cfRule\b[^>]*>/g, (tag) => {
    const priority = /\spriority="(\d+)"/.exec(tag)?.[1];
    if (priority === undefined || !wanted.has(priority) || /\sstopIfTrue=/.test(tag)) return tag;
    return tag.replace(/^<cfRule\b/, '<cfRule stopIfTrue="1"');
  });
}
