import { daysInMonth, isoDate, type IsoDate } from '../engine/dates/calendar.js';
import { normalisePeriodText } from '../engine/dates/period-words.js';
import { readDate } from '../engine/dates/read-date.js';
import { formatLongDate } from '../engine/text/format-date.js';

/** `--as-at` as given: the day it names, or why it is refused (the whole sentence). */
export type AsAtReading = { ok: true; date: IsoDate } | { ok: false; message: string };

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const EXAMPLES = 'such as 31/03/2025, 31 March 2025 or 2025-03-31';

/**
 * The day forms the engine reads in a tracker: ISO (2025-03-31), day first as the UK writes it
 * (31/03/2025, 31.03.25) and with the month in words (31 March 2025, 31st Mar 2025, 31-Mar-25).
 * Refused, each with its reason: an impossible day; a numeric date whose day and month could be
 * swapped (04/03/2025 is 4 March in the UK, 3 April in the US); a month, term or year, which is
 * not one day; anything else.
 */
export function readAsAt(given: string): AsAtReading {
  const text = normalisePeriodText(given);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return day(given, Number(m[1]), Number(m[2]), Number(m[3]));

  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const [first, second, year] = [Number(m[1]), Number(m[3]), fullYear(m[4] ?? '')];
    if (first <= 12 && second <= 12 && first !== second) {
      const ukDay = isoDate(year, second, first);
      const usDay = isoDate(year, first, second);
      if (ukDay !== undefined && usDay !== undefined) {
        return refuse(
          `--as-at ${given} could be ${formatLongDate(ukDay)} (day first, as in the UK) or ${formatLongDate(usDay)} (month first); ` +
            `write it ${ukDay} or ${formatLongDate(ukDay)}`,
        );
      }
    }
    return day(given, year, second, first);
  }

  m = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]*${MONTH}[\s,-]*(\d{4}|\d{2})$`, 'i').exec(text);
  if (m) return day(given, fullYear(m[3] ?? ''), monthNumber(m[2] ?? ''), Number(m[1]));

  // A month, term, quarter or year the engine reads in a header names a period, not the day of the review.
  const period = readDate({ kind: 'text', value: text });
  if (period.kind === 'date') {
    return refuse(`--as-at ${given} names a period, not one day (it ends ${formatLongDate(period.date)}); give the day, e.g. ${formatLongDate(period.date)}`);
  }
  return refuse(`--as-at takes a date ${EXAMPLES}, not "${given}"`);
}

function day(given: string, year: number, month: number, dayOfMonth: number): AsAtReading {
  const date = isoDate(year, month, dayOfMonth);
  if (date !== undefined) return { ok: true, date };
  if (month < 1 || month > 12) return refuse(`--as-at ${given} is not a date: there is no month ${month} (dates are read day first: 31/03/2025)`);
  if (year < 1900) return refuse(`--as-at ${given} is not a date: give the year in full, e.g. ${EXAMPLES}`);
  return refuse(`--as-at ${given} is not a date: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days`);
}

function refuse(message: string): AsAtReading {
  return { ok: false, message };
}

/** Two-digit years are this century, as the engine reads them: 25 is 2025. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function monthNumber(word: string): number {
  return MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase()) + 1;
}
