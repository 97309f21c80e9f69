import { addDays, isoDate, lastDayOfMonth, parseIso, type IsoDate } from './calendar.js';

/**
 * Dates as officers type them beyond the plain forms of period-words.ts: each reader takes the
 * normalised cell text and returns what it names, or undefined when the form is not its own.
 * `yearOf` gives the year for a day, month or term written without one (the as-at date's year).
 */
export type TypedDate = { date: IsoDate; noYear?: boolean };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

function monthOf(word: string | undefined): number {
  return MONTHS.indexOf((word ?? '').slice(0, 3).toLowerCase()) + 1;
}

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** Timescales with no fixed day: recurring, relative to a meeting, or at once. Never missing, never overdue. */
export const NO_FIXED_DATE = new RegExp(
  String.raw`^(?:(?:bi-?)?(?:weekly|fortnightly|monthly|quarterly|termly|annually|yearly|six-?monthly|half-?yearly)|every\s+\w+(?:\s+\w+)?|on-?going|continuous|continual|business as usual|bau|rolling(?: programme)?|immediate(?:ly)?|with immediate effect|asap|as soon as possible|(?:by|at|for|before)\s+(?:the\s+)?(?:next|each|every|following)\s+\w+(?:\s+\w+)?|in line with .+)$`,
  'i',
);

/** Easter Sunday (the Anonymous Gregorian algorithm). */
function easterSunday(year: number): IsoDate | undefined {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The six-term school year: the last day of term N of the academic year starting in `start`. */
const SIX_TERM_ENDS: readonly { month: number; day: number; second: boolean }[] = [
  { month: 10, day: 31, second: false },
  { month: 12, day: 31, second: false },
  { month: 2, day: 14, second: true },
  { month: 3, day: 31, second: true },
  { month: 5, day: 31, second: true },
  { month: 7, day: 31, second: true },
];

const TERM_MONTHS: Readonly<Record<string, number>> = { autumn: 12, spring: 3, summer: 7 };
const HALF_TERM_MONTHS: Readonly<Record<string, number>> = { oct: 10, feb: 2, may: 5 };

/** Forms that carry their year. */
export function readNamedPeriod(text: string): IsoDate | undefined {
  let m = /^easter\s+(\d{4})$/i.exec(text);
  if (m?.[1]) return easterSunday(Number(m[1]));
  m = new RegExp(String.raw`^${MONTH}\s+half[\s-]?term\s+(\d{4}|\d{2})$`, 'i').exec(text);
  if (m?.[1] && m[2]) {
    const month = HALF_TERM_MONTHS[m[1].slice(0, 3).toLowerCase()];
    return month === undefined ? undefined : lastDayOfMonth(fullYear(m[2]), month);
  }
  m = /^term\s+([1-6])\s+(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/i.exec(text);
  if (m?.[1] && m[2]) {
    const end = SIX_TERM_ENDS[Number(m[1]) - 1];
    const start = Number(m[2]);
    return end && isoDate(start + (end.second ? 1 : 0), end.month, end.day);
  }
  // "Summer 25": a term with a two-digit year
  m = /^(autumn|spring|summer)(?:\s+term)?\s+(\d{2})$/i.exec(text);
  if (m?.[1] && m[2]) return lastDayOfMonth(fullYear(m[2]), TERM_MONTHS[m[1].toLowerCase()] ?? 12);
  return undefined;
}

/**
 * A day, month, term, quarter or financial year written without a year: "30th Sept", "June",
 * "Spring term", "End of Q3", "End of the financial year".
 */
export function readWithoutYear(text: string, asAt: IsoDate): TypedDate | undefined {
  const year = parseIso(asAt).year;
  let m = new RegExp(String.raw`^(?:by\s+|end\s+(?:of\s+)?)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+${MONTH}$`, 'i').exec(text);
  if (m?.[1] && m[2]) {
    const date = isoDate(year, monthOf(m[2]), Number(m[1]));
    return date === undefined ? undefined : { date, noYear: true };
  }
  m = new RegExp(String.raw`^(?:by\s+|(?:the\s+)?end\s+(?:of\s+)?)?${MONTH}$`, 'i').exec(text);
  if (m?.[1]) return { date: lastDayOfMonth(year, monthOf(m[1])), noYear: true };
  m = /^(?:by\s+|(?:the\s+)?end\s+(?:of\s+)?)?(?:the\s+)?(autumn|spring|summer)(?:\s+term)?$/i.exec(text);
  if (m?.[1]) return { date: lastDayOfMonth(year, TERM_MONTHS[m[1].toLowerCase()] ?? 12), noYear: true };
  // A financial quarter alone is of the financial year the review falls in (April to March).
  m = /^(?:by\s+|(?:the\s+)?end\s+(?:of\s+)?)?(?:q|quarter)\s*([1-4])$/i.exec(text);
  if (m?.[1]) {
    const { month } = parseIso(asAt);
    const start = month >= 4 ? year : year - 1;
    const quarter = Number(m[1]);
    return { date: quarter === 4 ? lastDayOfMonth(start + 1, 3) : lastDayOfMonth(start, 3 + quarter * 3) };
  }
  // The financial year (or a council's "year end") alone is the one the review falls in: it ends 31 March.
  if (/^(?:by\s+)?(?:the\s+)?(?:end\s+(?:of\s+)?(?:the\s+)?(?:financial\s+year|fy)|(?:financial\s+)?year[\s-]+end)$/i.test(text)) {
    const { month } = parseIso(asAt);
    return { date: lastDayOfMonth(month >= 4 ? year + 1 : year, 3) };
  }
  return undefined;
}

/**
 * The text with notes taken away, and the date it leaves to read: "Dec 2025 (revised from Sept)"
 * is "Dec 2025"; "Revised to 31.12.25" is "31.12.25"; a range "Sep 2025 – Mar 2026" is its end;
 * "w/c 14/07/25" is that week (its Friday is added by the caller: see `weekCommencing`).
 */
export function datePart(text: string): { text: string; weekCommencing: boolean } {
  let part = text.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const revised = /\b(?:revised|moved|changed|extended|re-?profiled|deferred|put back)\s+(?:to|until)\s+(.+)$/i.exec(part);
  if (revised?.[1]) part = revised[1].trim();
  const range = /^.+?\s+(?:-|to|until)\s+(.+)$/i.exec(part);
  if (range?.[1] && !/^\d{1,2}\s*-\s*\d/.test(part)) part = range[1].trim();
  const week = /^(?:w\/?c|week\s+commencing|week\s+beginning|w\/?b)\.?\s+(.+)$/i.exec(part);
  return week?.[1] ? { text: week[1].trim(), weekCommencing: true } : { text: part, weekCommencing: false };
}

/** The Friday of a week written by its Monday. */
export function endOfWeek(monday: IsoDate): IsoDate {
  return addDays(monday, 4);
}
