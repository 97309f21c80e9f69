import { isOwnListName, isOwnRule } from '../../engine/edits/ownership.js';
import type { ColouringPlan, WordingList } from '../../engine/edits/status-colouring-plan.js';
import { columnLetter } from '../../engine/grid/a1.js';
import { literalText } from './literal-text.js';

/** Where older versions kept a private record of their formats (by sheet name and id); replaced by ownership.ts. */
const OLD_RECORD_SETTING = 'trackerCheck.colouring';

/**
 * Applies the status colouring in two syncs, whatever the size: (1) the workbook's names and the
 * conditional formats, with their formulas, on every sheet it may change; (2) Tracker Check's own
 * formats (told by their formula) and list names (told by their target) removed, the wording lists
 * rewritten on their very hidden sheet, the new rules added. What Tracker Check made is recognised
 * by what it is (ownership.ts), so the command line's colouring is replaced the same way, and a
 * renamed or deleted sheet needs nothing remembered. An officer's own rules are left as they are;
 * so is every sheet not in `mayChange` (a protected one keeps its earlier colouring, whose list
 * names are written again below).
 */
export async function applyStatusColouring(context: Excel.RequestContext, plan: ColouringPlan, mayChange: readonly string[]): Promise<void> {
  if (plan.colourings.length === 0 && plan.lists.length === 0) return;
  const workbook = context.workbook;
  const oldRecord = workbook.settings.getItemOrNullObject(OLD_RECORD_SETTING);
  oldRecord.load('key');
  workbook.names.load('items/name,items/type,items/value');
  const listSheet = workbook.worksheets.getItemOrNullObject(plan.listSheet);
  listSheet.load('visibility');
  const onSheets = mayChange
    .filter((name) => name.toLowerCase() !== plan.listSheet.toLowerCase())
    .map((name) => {
      const formats = workbook.worksheets.getItem(name).getRange().conditionalFormats;
      formats.load('items/type,items/customOrNullObject/rule/formula');
      return formats;
    });
  await context.sync();

  for (const formats of onSheets) {
    // From the last: a format's id is its place in the collection, so deleting one moves those after it.
    for (const format of [...formats.items].reverse()) {
      const custom = format.customOrNullObject;
      if (!custom.isNullObject && isOwnRule(custom.rule.formula)) format.delete();
    }
  }
  for (const item of workbook.names.items) if (isOwnListName(item.name, String(item.value))) item.delete();
  if (!oldRecord.isNullObject) oldRecord.delete();

  const lists = listSheet.isNullObject ? workbook.worksheets.add(plan.listSheet) : listSheet;
  lists.getRange().clear();
  // Hidden again only when it must be: changing a sheet's visibility is refused under structure protection.
  if (listSheet.isNullObject || listSheet.visibility !== 'VeryHidden') lists.visibility = 'VeryHidden';
  plan.lists.forEach((list, index) => writeList(workbook, lists, plan.listSheet, list, index));

  // Each sheet's rules in plan order, first to last, above the officer's: as the --out copy writes them.
  const placed = new Map<string, number>();
  for (const colouring of plan.colourings) {
    const range = workbook.worksheets.getItem(colouring.sheet).getRange(colouring.address);
    const first = placed.get(colouring.sheet) ?? 0;
    placed.set(colouring.sheet, first + colouring.rules.length);
    colouring.rules.forEach((rule, index) => {
      const format = range.conditionalFormats.add('Custom');
      format.custom.rule.formula = rule.formula;
      format.custom.format.fill.color = rule.fill;
      format.custom.format.font.color = rule.font;
      // A BRAG match settles the colour; only the catch-all lets later rules through. Set before
      // the priority: Excel may move the object once its priority changes.
      format.stopIfTrue = rule.category !== undefined;
      format.priority = first + index;
    });
  }
  await context.sync();
}

/** A list in its own column: the name in row 1, the wordings below as text, so Excel converts none. */
function writeList(workbook: Excel.Workbook, sheet: Excel.Worksheet, sheetName: string, list: WordingList, index: number): void {
  const letter = columnLetter(index);
  const rows = [list.name, ...list.values];
  const range = sheet.getRange(`${letter}1:${letter}${rows.length}`);
  range.numberFormat = rows.map(() => ['@']);
  range.values = rows.map((value) => [literalText(value)]);
  // At least one cell, so an empty list is still a range.
  const last = Math.max(2, rows.length);
  workbook.names.add(list.name, `='${sheetName.replace(/'/g, "''")}'!$${letter}$2:$${letter}$${last}`);
}
