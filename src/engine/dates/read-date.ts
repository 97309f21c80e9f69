import type { Cell } from '../grid/cell.js';
import { excelSerialFromIso, isoFromExcelSerial, lastDayOfMonth, type IsoDate } from './calendar.js';
import { normalisePeriodText, PERIOD_FORMS } from './period-words.js';
import { datePart, endOfWeek, NO_FIXED_DATE, readNamedPeriod, readWithoutYear } from './typed-dates.js';

/** A due-date cell as read: a day, deliberately no day (blank or "TBC"), or text that is not a date. */
export type DateReading =
  | { kind: 'date'; date: IsoDate; noYear?: boolean }
  | { kind: 'none'; placeholder?: string }
  /** "Monthly", "By next meeting", "Ongoing": a timescale with no fixed day, so never missing or overdue. */
  | { kind: 'no-fixed-date'; text: string }
  | { kind: 'invalid'; text: string };

/** Texts that mean "no date yet", matched case-insensitively. */
export const DEFAULT_DATE_PLACEHOLDERS: readonly string[] = [
  'TBC',
  'TBA',
  'TBD',
  'To be confirmed',
  'To be agreed',
  'To be determined',
  'Ongoing',
  'On-going',
  'Continuous',
  'Rolling',
  'N/A',
  'NA',
  'Not applicable',
  'None',
  'Various',
  'Unknown',
  '-',
];

// Numbers outside these are not taken as dates: serial 5 is 5 Jan 1900, a slip rather than a due date.
const FIRST_YEAR = 1980;
const LAST_YEAR = 2099;
const FIRST_SERIAL = excelSerialFromIso(`${FIRST_YEAR}-01-01`);
const LAST_SERIAL = excelSerialFromIso(`${LAST_YEAR}-12-31`);

// "by", "end of" and "by the end of" in front of a date change nothing.
const WHOLE_TEXT_FORMS = PERIOD_FORMS.map((form) => ({
  form,
  pattern: new RegExp(String.raw`^(?:by\s+)?(?:the\s+)?(?:end\s+(?:of\s+)?)?(?:${form.source})$`, 'i'),
}));

/**
 * A due-date cell as read. `asAt` gives the year to a day, month or term written without one
 * ("30th Sept", "June"), which is then flagged `noYear`; without it such text is invalid.
 */
export function readDate(cell: Cell, placeholders: readonly string[] = DEFAULT_DATE_PLACEHOLDERS, asAt?: IsoDate): DateReading {
  switch (cell.kind) {
    case 'date':
      return { kind: 'date', date: cell.value };
    case 'empty':
      return { kind: 'none' };
    case 'number':
      return readNumber(cell.value);
    case 'text':
      return readText(cell.value, placeholders, asAt);
    case 'boolean':
      return { kind: 'invalid', text: cell.value ? 'TRUE' : 'FALSE' };
    case 'error':
      return { kind: 'invalid', text: cell.value };
  }
}

/** An Excel serial, or a year typed alone (Excel stores a typed 2026 as the number 2026). */
function readNumber(value: number): DateReading {
  if (Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR) {
    return { kind: 'date', date: lastDayOfMonth(value, 12) };
  }
  const date = value >= FIRST_SERIAL && value < LAST_SERIAL + 1 ? isoFromExcelSerial(value) : undefined;
  return date === undefined ? { kind: 'invalid', text: String(value) } : { kind: 'date', date };
}

function readText(value: string, placeholders: readonly string[], asAt: IsoDate | undefined): DateReading {
  const written = value.trim();
  if (written === '') return { kind: 'none' };
  const text = normalisePeriodText(written);
  if (NO_FIXED_DATE.test(text)) return { kind: 'no-fixed-date', text: written };
  if (placeholders.some((placeholder) => startsWithPlaceholder(text, placeholder))) {
    return { kind: 'none', placeholder: written };
  }
  const whole = plainDate(text);
  if (whole !== undefined) return { kind: 'date', date: whole };
  const part = datePart(text);
  const typed = plainDate(part.text) ?? readNamedPeriod(part.text);
  if (typed !== undefined) return { kind: 'date', date: part.weekCommencing ? endOfWeek(typed) : typed };
  const withoutYear = asAt === undefined ? undefined : readWithoutYear(part.text, asAt);
  if (withoutYear !== undefined) return { kind: 'date', ...withoutYear };
  return { kind: 'invalid', text: written };
}

function plainDate(text: string): IsoDate | undefined {
  for (const { form, pattern } of WHOLE_TEXT_FORMS) {
    const match = pattern.exec(text);
    const date = match === null ? undefined : form.end(match);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** "TBC", and "TBC - awaiting budget" too; but not "TBCX", and "-" only on its own. */
function startsWithPlaceholder(text: string, placeholder: string): boolean {
  const lower = text.toLowerCase();
  const word = normalisePeriodText(placeholder).toLowerCase();
  if (word === '') return false;
  if (lower === word) return true;
  return /[a-z0-9]$/.test(word) && lower.startsWith(word) && /^[^a-z0-9]/.test(lower.slice(word.length));
}
