import type { ColouringPlan, WordingList } from '../../engine/edits/status-colouring-plan.js';
import { columnLetter } from '../../engine/grid/a1.js';

/** The workbook setting that records the conditional formats and names Tracker Check made. */
export const COLOURING_SETTING = 'trackerCheck.colouring';

interface ColouringRecord {
  formats: { sheet: string; id: string }[];
  names: string[];
}

/**
 * Applies the status colouring in four syncs, whatever the size: (1) what Tracker Check made
 * last time, from its record in the workbook settings; (2) the conditional formats still on
 * those sheets; (3) its old formats and names removed, the wording lists rewritten on their very
 * hidden sheet, the new rules added; (4) the new record saved. Only formats in the record are
 * removed: an officer's own rules on the same cells are left as they are.
 */
export async function applyStatusColouring(context: Excel.RequestContext, plan: ColouringPlan): Promise<void> {
  if (plan.colourings.length === 0 && plan.lists.length === 0) return;
  const workbook = context.workbook;
  const setting = workbook.settings.getItemOrNullObject(COLOURING_SETTING);
  setting.load('value');
  workbook.names.load('items/name');
  const listSheet = workbook.worksheets.getItemOrNullObject(plan.listSheet);
  listSheet.load('name');
  await context.sync();

  const record = readRecord(setting.isNullObject ? undefined : setting.value);
  const recordedSheets = [...new Set(record.formats.map((f) => f.sheet))].map((name) => {
    const sheet = workbook.worksheets.getItemOrNullObject(name);
    const formats = sheet.getRange().conditionalFormats;
    formats.load('items/id');
    return { name, sheet, formats };
  });
  await context.sync();

  const recordedIds = new Set(record.formats.map((f) => `${f.sheet}\u0000${f.id}`));
  for (const { name, sheet, formats } of recordedSheets) {
    if (sheet.isNullObject) continue;
    for (const format of formats.items) if (recordedIds.has(`${name}\u0000${format.id}`)) format.delete();
  }
  const ours = new Set(record.names.map((n) => n.toLowerCase()));
  for (const item of workbook.names.items) if (ours.has(item.name.toLowerCase())) item.delete();

  const lists = listSheet.isNullObject ? workbook.worksheets.add(plan.listSheet) : listSheet;
  lists.getRange().clear();
  lists.visibility = 'VeryHidden';
  plan.lists.forEach((list, index) => writeList(workbook, lists, plan.listSheet, list, index));

  const added: { sheet: string; format: Excel.ConditionalFormat }[] = [];
  for (const colouring of plan.colourings) {
    const range = workbook.worksheets.getItem(colouring.sheet).getRange(colouring.address);
    colouring.rules.forEach((rule, index) => {
      const format = range.conditionalFormats.add('Custom');
      format.custom.rule.formula = rule.formula;
      format.custom.format.fill.color = rule.fill;
      format.custom.format.font.color = rule.font;
      // A BRAG match settles the colour; only the catch-all lets later rules through. Set before
      // the priority: Excel may move the object once its priority changes.
      format.stopIfTrue = rule.category !== undefined;
      format.priority = index;
      format.load('id');
      added.push({ sheet: colouring.sheet, format });
    });
  }
  await context.sync();

  const next: ColouringRecord = {
    formats: added.map(({ sheet, format }) => ({ sheet, id: format.id })),
    names: plan.lists.map((l) => l.name),
  };
  workbook.settings.add(COLOURING_SETTING, JSON.stringify(next));
  await context.sync();
}

/** A list in its own column: the name in row 1, the wordings below as text, so Excel converts none. */
function writeList(workbook: Excel.Workbook, sheet: Excel.Worksheet, sheetName: string, list: WordingList, index: number): void {
  const letter = columnLetter(index);
  const rows = [list.name, ...list.values];
  const range = sheet.getRange(`${letter}1:${letter}${rows.length}`);
  range.numberFormat = rows.map(() => ['@']);
  range.values = rows.map((value) => [value]);
  // At least one cell, so an empty list is still a range.
  const last = Math.max(2, rows.length);
  workbook.names.add(list.name, `='${sheetName.replace(/'/g, "''")}'!$${letter}$2:$${letter}$${last}`);
}

function readRecord(value: unknown): ColouringRecord {
  try {
    const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    if (parsed && typeof parsed === 'object') {
      const { formats, names } = parsed as Partial<ColouringRecord>;
      return {
        formats: Array.isArray(formats) ? formats.filter((f) => typeof f?.sheet === 'string' && typeof f.id === 'string') : [],
        names: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [],
      };
    }
  } catch {
    // An unreadable record is no record: nothing is removed but what the rules replace.
  }
  return { formats: [], names: [] };
}
