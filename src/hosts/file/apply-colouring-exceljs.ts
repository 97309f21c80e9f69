import type ExcelJS from 'exceljs';
import type { ColouringPlan } from '../../engine/edits/status-colouring-plan.js';
import { columnLetter } from '../../engine/grid/a1.js';

/** "#1D70B8" → "FF1D70B8", the ARGB exceljs writes. */
export function argb(colour: string): string {
  return `FF${colour.replace(/^#/, '').toUpperCase()}`;
}

/** The lists sheet's last column records the conditional formats Tracker Check added, as "Sheet!ref". */
const RECORD_HEADER = 'TrackerCheck_colourings';

type Formats = ExcelJS.ConditionalFormattingOptions[];

/** exceljs keeps a sheet's formats, loaded or added, in this array; its typings leave it out. */
function formatsOf(sheet: ExcelJS.Worksheet): Formats {
  return (sheet as unknown as { conditionalFormattings: Formats }).conditionalFormattings;
}

/**
 * Adds the status colouring to the workbook as the add-in does: the wording lists on their very
 * hidden sheet under workbook names, and the rules on each rated column. Only the formats a
 * previous check recorded are removed first, so checking a checked copy leaves one set and an
 * officer's own rules stay, after Tracker Check's. Returns, by sheet name, the priorities of the
 * rules that should stop later rules (exceljs cannot write stopIfTrue; see addStopIfTrue).
 */
export function applyColouringPlan(
  workbook: ExcelJS.Workbook,
  plan: ColouringPlan,
  sheetFor: (engineName: string) => ExcelJS.Worksheet | undefined,
): Map<string, number[]> {
  const stopping = new Map<string, number[]>();
  if (plan.colourings.length === 0) return stopping;
  const old = workbook.getWorksheet(plan.listSheet);
  const recorded = old ? recordedFormats(old) : new Set<string>();
  if (old) {
    // The names of the old lists head their columns; exceljs keeps each name's cells in matrixMap.
    const names = (workbook.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap;
    old.getRow(1).eachCell((cell) => {
      if (typeof cell.value === 'string' && cell.value !== RECORD_HEADER) delete names[cell.value];
    });
    workbook.removeWorksheet(old.id);
  }

  const lists = workbook.addWorksheet(plan.listSheet, { state: 'veryHidden' });
  plan.lists.forEach((list, index) => {
    const letter = columnLetter(index);
    [list.name, ...list.values].forEach((value, row) => {
      const cell = lists.getCell(`${letter}${row + 1}`);
      cell.numFmt = '@';
      cell.value = value; // a string stays a string: exceljs converts nothing
    });
    workbook.definedNames.add(`'${plan.listSheet}'!$${letter}$2:$${letter}$${Math.max(2, list.values.length + 1)}`, list.name);
  });

  const bySheet = new Map<ExcelJS.Worksheet, ColouringPlan['colourings']>();
  for (const colouring of plan.colourings) {
    const sheet = sheetFor(colouring.sheet);
    if (sheet) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), colouring]);
  }
  const record: string[] = [];
  for (const [sheet, colourings] of bySheet) {
    const formats = formatsOf(sheet);
    const kept = formats.filter((cf) => !recorded.has(`${sheet.name}!${cf.ref}`));
    const ruleCount = colourings.reduce((n, c) => n + c.rules.length, 0);
    for (const cf of kept) for (const rule of cf.rules) rule.priority = (rule.priority || 0) + ruleCount;
    formats.splice(0, formats.length, ...kept);
    const stops: number[] = [];
    let priority = 1; // exceljs takes 0 as "no priority given"
    for (const colouring of colourings) {
      record.push(`${sheet.name}!${colouring.address}`);
      sheet.addConditionalFormatting({
        ref: colouring.address,
        rules: colouring.rules.map((rule) => {
          // A BRAG match settles the colour; only the catch-all lets later rules through.
          if (rule.category !== undefined) stops.push(priority);
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
    stopping.set(sheet.name, stops);
  }
  const recordColumn = columnLetter(plan.lists.length);
  [RECORD_HEADER, ...record].forEach((value, row) => {
    const cell = lists.getCell(`${recordColumn}${row + 1}`);
    cell.numFmt = '@';
    cell.value = value;
  });
  return stopping;
}

function recordedFormats(lists: ExcelJS.Worksheet): Set<string> {
  const recorded = new Set<string>();
  lists.getRow(1).eachCell((cell, column) => {
    if (cell.value !== RECORD_HEADER) return;
    lists.getColumn(column).eachCell((entry, row) => {
      if (row > 1 && typeof entry.value === 'string') recorded.add(entry.value);
    });
  });
  return recorded;
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
