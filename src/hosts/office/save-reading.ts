import { savedAnswers } from '../../engine/reading/answer-question.js';
import type { OfficerReading } from '../../engine/reading/officer-reading.js';
import { READING_SHEET, readingSheetTexts } from '../../engine/reading/saved-reading.js';
import { readingRefusedMessage } from './access-messages.js';
import { OfficerError } from './officer-error.js';
import type { RequirementCheck } from './requirements.js';

/**
 * Writes the officer's reading down column A of its very hidden sheet (engine/reading/saved-reading.ts),
 * where both hosts read it back: two syncs. The first learns whether the sheet exists, whether the
 * workbook's structure is protected (a new sheet would be refused) and whether it is read-only;
 * a refusal is said before anything is written. No reading, or one without answers, empties the
 * column; the sheet stays, as removing it would need the structure unlocked too.
 */
export async function saveReading(context: Excel.RequestContext, reading: OfficerReading | undefined, supports: RequirementCheck): Promise<void> {
  const workbook = context.workbook;
  const existing = workbook.worksheets.getItemOrNullObject(READING_SHEET);
  existing.load('visibility');
  const protection = supports('ExcelApi', '1.7') ? workbook.protection : undefined;
  protection?.load('protected');
  const readOnly = supports('ExcelApi', '1.8');
  if (readOnly) workbook.load('readOnly');
  await context.sync();

  const texts = reading !== undefined && savedAnswers(reading).length > 0 ? readingSheetTexts(reading) : [];
  if (readOnly && workbook.readOnly) throw new OfficerError(readingRefusedMessage(true));
  if (existing.isNullObject && texts.length === 0) return;
  if (existing.isNullObject && protection?.protected === true) throw new OfficerError(readingRefusedMessage(false));
  const sheet = existing.isNullObject ? workbook.worksheets.add(READING_SHEET) : existing;
  // An officer may have unhidden it through VBA; it goes back out of sight (not when the structure forbids it).
  if (existing.isNullObject || (existing.visibility !== 'VeryHidden' && protection?.protected !== true)) {
    sheet.visibility = 'VeryHidden';
  }
  sheet.getRange('A:A').clear('Contents');
  if (texts.length > 0) {
    const column = sheet.getRange(`A1:A${texts.length}`);
    // As text, so no piece of the JSON is ever read as a number, a date or a formula.
    column.numberFormat = texts.map(() => ['@']);
    column.values = texts.map((text) => [text]);
  }
  await context.sync();
}
