import { cellText } from '../grid/cell.js';
import type { WorkbookGrid } from '../grid/sheet-grid.js';
import { parseOfficerReading, type OfficerReading } from './officer-reading.js';

/**
 * The very hidden sheet that keeps the officer's reading in the workbook itself: the answers as
 * JSON down column A, in pieces under Excel's 32,767 characters a cell. Kept on a sheet rather than
 * in the add-in's settings so that the command line reads it from the file as the add-in does, and
 * both hosts give the engine the same grid.
 */
export const READING_SHEET = 'Tracker Check reading';

/** Characters per cell of the reading sheet: under Excel's 32,767, with room to spare. */
const PIECE = 30_000;

export type SavedReading = { reading?: OfficerReading; problem?: string };

/** The reading saved in the workbook, if any; a damaged one is set aside with a message, never used. */
export function savedReading(workbook: WorkbookGrid): SavedReading {
  const sheet = workbook.sheets.find((grid) => grid.name === READING_SHEET);
  if (sheet === undefined) return {};
  const json = sheet.cells.map((row) => cellText(row[0])).join('');
  if (json === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { problem: `The answers saved on the "${READING_SHEET}" sheet cannot be read, so they were set aside.` };
  }
  const reading = parseOfficerReading(parsed);
  return reading.ok ? { reading: reading.reading } : { problem: `The answers saved in this workbook were set aside (${reading.message}).` };
}

/** The reading as the column of texts hosts write to the reading sheet, from A1 down. */
export function readingSheetTexts(reading: OfficerReading): string[] {
  const json = JSON.stringify(reading);
  const pieces: string[] = [];
  for (let start = 0; start < json.length; start += PIECE) pieces.push(json.slice(start, start + PIECE));
  return pieces;
}
