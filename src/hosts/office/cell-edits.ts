import type { CellEdit } from '../../engine/edits/fix-plan.js';
import { literalText } from './literal-text.js';
import { spelling } from '../../engine/vocabulary/normalise.js';
import { editRefusedMessage } from './access-messages.js';
import { OfficerError } from './officer-error.js';
import type { RequirementCheck } from './requirements.js';

/** Exactly what a cell held: its value, its formula if it had one, and its number format. */
export interface CellContent {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
}

/** An edit as written, remembering what the cell held before, so Revert can put back exactly that. */
export interface AppliedEdit extends CellEdit {
  before: CellContent;
}

export interface CellEditResult {
  applied: AppliedEdit[];
  /** Cells that no longer held what the edit expects (an officer changed them since): left alone. */
  skipped: CellEdit[];
}

/** Excel's format for text: what is written into such a cell is kept exactly, never converted. */
const TEXT_FORMAT = '@';

interface ReadCell {
  edit: CellEdit;
  range: Excel.Range;
}

/**
 * Reads the cells of the edits with their sheets' protection and the workbook's read-only state
 * (one sync). A read-only workbook or a protected sheet refuses every edit before anything is written.
 */
async function readCells(context: Excel.RequestContext, edits: readonly CellEdit[], supports: RequirementCheck): Promise<ReadCell[]> {
  const readOnly = supports('ExcelApi', '1.8');
  if (readOnly) context.workbook.load('readOnly');
  const protections = new Map<string, Excel.WorksheetProtection>();
  const cells = edits.map((edit) => {
    const sheet = context.workbook.worksheets.getItem(edit.sheet);
    if (!protections.has(edit.sheet)) protections.set(edit.sheet, sheet.protection.load('protected'));
    const range = sheet.getRange(edit.cell);
    range.load('values,formulas,numberFormat');
    return { edit, range };
  });
  await context.sync();
  const locked = [...protections].filter(([, protection]) => protection.protected).map(([sheet]) => sheet);
  const workbookReadOnly = readOnly && context.workbook.readOnly;
  if (workbookReadOnly || locked.length > 0) {
    const refused = edits.filter((edit) => workbookReadOnly || locked.includes(edit.sheet)).map((edit) => edit.cell);
    throw new OfficerError(editRefusedMessage(workbookReadOnly, locked, refused));
  }
  return cells;
}

function contentOf(range: Excel.Range): CellContent {
  const value = range.values[0]?.[0] as CellContent['value'];
  const formula = range.formulas[0]?.[0] as unknown;
  const numberFormat = String(range.numberFormat[0]?.[0] ?? 'General');
  // A text constant reads back the same in values and formulas, even one beginning "=".
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value ? { value, formula, numberFormat } : { value, numberFormat };
}

/** Queues text that stays exactly as written: the cell formatted as text first where it is not. */
function writeText(range: Excel.Range, text: string, numberFormat: string): void {
  if (numberFormat !== TEXT_FORMAT) range.numberFormat = [[TEXT_FORMAT]];
  range.values = [[literalText(text)]];
}

/**
 * Writes each edit only where the cell still holds what the edit expects, so a fix never
 * overwrites text an officer typed after validating. Two syncs: read the cells, write the edits.
 */
export async function applyCellEdits(context: Excel.RequestContext, edits: readonly CellEdit[], supports: RequirementCheck): Promise<CellEditResult> {
  const cells = await readCells(context, edits, supports);
  const result: CellEditResult = { applied: [], skipped: [] };
  for (const { edit, range } of cells) {
    const before = contentOf(range);
    if (typeof before.value === 'string' && spelling(before.value) === spelling(edit.from)) {
      writeText(range, edit.to, before.numberFormat);
      result.applied.push({ ...edit, from: before.value, before });
    } else {
      result.skipped.push(edit);
    }
  }
  if (result.applied.length > 0) await context.sync();
  return result;
}

/**
 * Puts back exactly what each applied edit replaced (text, number or formula, and the number format),
 * only where the cell still holds exactly what the edit wrote. Two syncs.
 */
export async function revertCellEdits(context: Excel.RequestContext, applied: readonly AppliedEdit[], supports: RequirementCheck): Promise<CellEditResult> {
  const cells = await readCells(context, applied, supports);
  const result: CellEditResult = { applied: [], skipped: [] };
  cells.forEach(({ range }, index) => {
    const edit = applied[index];
    if (!edit) return;
    const now = contentOf(range);
    const back: CellEdit = { sheet: edit.sheet, cell: edit.cell, from: edit.to, to: edit.from };
    if (now.formula !== undefined || now.value !== edit.to) {
      result.skipped.push(back);
      return;
    }
    restore(range, edit.before);
    result.applied.push({ ...back, before: now });
  });
  if (result.applied.length > 0) await context.sync();
  return result;
}

function restore(range: Excel.Range, content: CellContent): void {
  if (content.formula !== undefined) {
    // A formula written into a text cell would stay text: written as General, then given its format back.
    range.numberFormat = [['General']];
    range.formulas = [[content.formula]];
    range.numberFormat = [[content.numberFormat]];
    return;
  }
  range.numberFormat = [[content.numberFormat]];
  // Text in a cell not formatted as text takes Excel's quote prefix, so "007" or "1/2" stays text.
  if (typeof content.value === 'string' && content.value !== '' && content.numberFormat !== TEXT_FORMAT) range.values = [[`'${content.value}`]];
  else range.values = [[typeof content.value === 'string' ? literalText(content.value) : content.value]];
}
