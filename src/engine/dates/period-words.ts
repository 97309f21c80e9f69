import { isoDate, lastDayOfMonth, type IsoDate } from './calendar.js';

/**
 * The ways trackers write a day or a period, shared by readDate (a whole cell) and periodEnd
 * (somewhere inside a header). Each form is regex source, read case-insensitively on text passed
 * through normalisePeriodText, and the last day of what it names (undefined for an impossible day
 * or a malformed year span). The source has no anchors; callers add them.
 */
export interface PeriodForm {
  readonly source: string;
  readonly end: (match: RegExpMatchArray) => IsoDate | undefined;
}

const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** A financial or academic year: 2025/26, 2025-26, 25/26, 2025/2026. */
const SPAN = String.raw`(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})`;

/** Unifies dashes and spaces and drops trailing punctuation ("30 June 2025."). */
export function normalisePeriodText(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '');
}

/**
 * School terms end with their last month: Autumn in December, Spring in March, Summer in July.
 * In an academic year written 2025/26, Spring and Summer fall in the later calendar year.
 */
const TERM_ENDS: Readonly<Record<string, { month: number; inSecondYear: boolean }>> = {
  autumn: { month: 12, inSecondYear: false },
  spring: { month: 3, inSecondYear: true },
  summer: { month: 7, inSecondYear: true },
};

/** Most specific first: where two forms fit the same text, the earlier one is used. */
export const PERIOD_FORMS: readonly PeriodForm[] = [
  // 2025-06-30
  { source: String.raw`(\d{4})-(\d{1,2})-(\d{1,2})`, end: (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])) },
  // 30/06/2025, 30-06-2025, 30.06.2025, 1/7/25: always day first, as written in the UK
  {
    source: String.raw`(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})`,
    end: (m) => isoDate(fullYear(m[4]), Number(m[3]), Number(m[1])),
  },
  // 30 June 2025, 30th of June 2025, 30-Jun-25
  {
    source: String.raw`(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]*${MONTH}[\s,-]*(\d{4}|\d{2})`,
    end: (m) => isoDate(fullYear(m[3]), monthNumber(m[2]), Number(m[1])),
  },
  // Q2 2025/26, Quarter 2 FY25/26: UK financial quarters, April to March
  {
    source: String.raw`(?:quarter|q)\s*([1-4])\s*(?:fy\s*)?${SPAN}`,
    end: (m) => {
      const start = spanStart(m[2], m[3]);
      if (start === undefined) return undefined;
      const quarter = Number(m[1]);
      return quarter === 4 ? monthEnd(start + 1, 3) : monthEnd(start, 3 + quarter * 3);
    },
  },
  // Autumn Term 2025, Summer 2025, Spring Term 2025/26 (an academic year)
  {
    source: String.raw`(autumn|spring|summer)(?:\s+term)?\s+(?:${SPAN}|(\d{4}))`,
    end: (m) => {
      const term = TERM_ENDS[(m[1] ?? '').toLowerCase()];
      if (term === undefined) return undefined;
      if (m[4] !== undefined) return monthEnd(Number(m[4]), term.month);
      const start = spanStart(m[2], m[3]);
      return start === undefined ? undefined : monthEnd(start + (term.inSecondYear ? 1 : 0), term.month);
    },
  },
  // March 2026, Mar 2026, Mar-26
  { source: String.raw`${MONTH}[\s/-]*(\d{4}|\d{2})`, end: (m) => monthEnd(fullYear(m[2]), monthNumber(m[1])) },
  // 03/2026
  { source: String.raw`(\d{1,2})[/.-](\d{4})`, end: (m) => monthEnd(Number(m[2]), Number(m[1])) },
  // 2025/26, FY 2025/26, FY25/26: ends 31 March of the later year
  {
    source: String.raw`(fy\s*|financial\s+year\s*)?${SPAN}`,
    end: (m) => {
      // "25/26" alone is too bare to be a year; with "FY" in front it is one.
      if (m[1] === undefined && m[2]?.length !== 4) return undefined;
      const start = spanStart(m[2], m[3]);
      return start === undefined ? undefined : monthEnd(start + 1, 3);
    },
  },
  // 2026
  { source: String.raw`((?:19|20)\d{2})`, end: (m) => monthEnd(Number(m[1]), 12) },
];

function monthNumber(word: string | undefined): number {
  return MONTH_ABBREVIATIONS.indexOf((word ?? '').slice(0, 3).toLowerCase()) + 1;
}

/** Two-digit years are this century: 25 is 2025. */
function fullYear(digits: string | undefined): number {
  return digits?.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** The first calendar year of a span such as 2025/26, undefined unless the second year follows it. */
function spanStart(first: string | undefined, second: string | undefined): number | undefined {
  const start = fullYear(first);
  const next = second?.length === 2 ? (start + 1) % 100 : start + 1;
  return Number(second) === next ? start : undefined;
}

function monthEnd(year: number, month: number): IsoDate | undefined {
  return isoDate(year, month, 1) === undefined ? undefined : lastDayOfMonth(year, month);
}
