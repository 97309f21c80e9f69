// How Excel reads text written to Range.values as if it were typed: percentages, currency, thousands,
// fractions, dates and times become numbers, and a General cell takes the matching number format.
// en-GB (day first, £) by default, since Tracker Check's officers are in English councils.
//
// What Excel does, as the fake models it (from Excel's documented typing rules and use):
// - "50%" is 0.5 ("0%"), "12.5%" is 0.125 ("0.00%"); "£5" is 5 ("£#,##0"), "£1,234.50" is 1234.5
//   ("£#,##0.00"); "1,234" is 1234 ("#,##0").
// - "1/2" is a date, 1 February of the current year in en-GB (2 January in en-US), shown "dd-mmm";
//   a fraction needs a whole part: "0 1/2" is 0.5 ("# ?/?").
// - "1/2/2025" is 1 Feb 2025 ("dd/mm/yyyy"); "2025-03-31" is 31 March 2025 ("yyyy-mm-dd"); "March 2025"
//   and "Mar-25" style month-year text is the 1st of that month ("mmm-yy") when the number cannot be a
//   day, else that day of the current year ("dd-mmm"); "24 March 2025" is "dd-mmm-yy". Two-digit
//   years 00-29 are 20xx, 30-99 are 19xx. Impossible dates (31/02/2025) stay text.
// - Month names are the full name or its first three letters; "Sept" is not one, so "Sept-24" stays
//   text (not verified against Excel: the fake takes the stricter reading).
// - "14:30" is 14.5/24 ("hh:mm"), "14:30:15" ("hh:mm:ss"), "2:30 PM" ("h:mm AM/PM").

import type { CellValue } from './model.js';

export interface InputLocale {
  dateOrder: 'DMY' | 'MDY';
  currency: string;
  /** The year a date typed without one falls in (default: this year). */
  currentYear?: number;
}

export const EN_GB: InputLocale = { dateOrder: 'DMY', currency: '£' };

export interface TypedValue {
  value: CellValue;
  numberFormat?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUM = String.raw`(\d+(?:\.\d*)?|\.\d+)`;

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = MONTHS.findIndex((m) => m === w || m.slice(0, 3) === w);
  return i < 0 ? undefined : i + 1;
}

function fullYear(text: string): number {
  const y = Number(text);
  return text.length > 2 ? y : y < 30 ? 2000 + y : 1900 + y;
}

/** Excel's serial for a real date in 1900-9999, else undefined (31/02 is not a date). */
export function serialOf(y: number, m: number, d: number): number | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (y < 1900 || y > 9999 || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  const serial = (t - Date.UTC(1899, 11, 30)) / 86_400_000;
  return serial < 61 ? serial - 1 : serial; // Excel counts a 29 Feb 1900 that never was
}

function time(text: string): TypedValue | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text);
  if (!m) return undefined;
  let h = Number(m[1]);
  const [min, sec, half] = [Number(m[2]), Number(m[3] ?? 0), m[4]?.toLowerCase()];
  if (half) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (half === 'pm' ? 12 : 0);
  }
  if (h > 23 || min > 59 || sec > 59) return undefined;
  const format = half ? (m[3] ? 'h:mm:ss AM/PM' : 'h:mm AM/PM') : m[3] ? 'hh:mm:ss' : 'hh:mm';
  return { value: (h * 3600 + min * 60 + sec) / 86_400, numberFormat: format };
}

function date(text: string, locale: InputLocale): TypedValue | undefined {
  const thisYear = locale.currentYear ?? new Date().getUTCFullYear();
  const dated = (y: number, mo: number, d: number, numberFormat: string): TypedValue | undefined => {
    const serial = serialOf(y, mo, d);
    return serial === undefined ? undefined : { value: serial, numberFormat };
  };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return dated(Number(m[1]), Number(m[2]), Number(m[3]), 'yyyy-mm-dd');
  m = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [d, mo] = locale.dateOrder === 'DMY' ? [a, b] : [b, a];
    return m[3] === undefined ? dated(thisYear, mo, d, 'dd-mmm') : dated(fullYear(m[3]), mo, d, locale.dateOrder === 'DMY' ? 'dd/mm/yyyy' : 'm/d/yyyy');
  }
  m = /^(\d{1,2})[\s-]+([A-Za-z]+)(?:[\s-]+(\d{2}|\d{4}))?$/.exec(text); // 24 March 2025, 24-Mar
  if (m) {
    const mo = monthOf(m[2]!);
    if (mo === undefined) return undefined;
    return m[3] === undefined ? dated(thisYear, mo, Number(m[1]), 'dd-mmm') : dated(fullYear(m[3]), mo, Number(m[1]), 'dd-mmm-yy');
  }
  m = /^([A-Za-z]+)[\s-]+(\d{1,2}|\d{4})$/.exec(text); // March 2025, Mar-25, Sep-24
  if (m) {
    const mo = monthOf(m[1]!);
    if (mo === undefined) return undefined;
    const n = Number(m[2]);
    if (m[2]!.length <= 2 && n >= 1 && n <= 31 && serialOf(thisYear, mo, n) !== undefined) return dated(thisYear, mo, n, 'dd-mmm');
    return dated(fullYear(m[2]!), mo, 1, 'mmm-yy');
  }
  return undefined;
}

/** The number Excel makes of typed text, or undefined when it stays text (formulas are handled by the caller). */
export function typedValue(input: string, locale: InputLocale = EN_GB): TypedValue | undefined {
  const text = input.trim();
  const sign = (s: string | undefined): number => (s === '-' ? -1 : 1);
  let m = new RegExp(String.raw`^([+-]?)${NUM}\s*%$`).exec(text);
  if (m) return { value: (sign(m[1]) * Number(m[2])) / 100, numberFormat: m[2]!.includes('.') ? '0.00%' : '0%' };
  const cur = locale.currency.replace(/[$]/g, '\\$&');
  m = new RegExp(String.raw`^(-?)${cur}\s*(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$`).exec(text);
  if (m) {
    const n = Number(`${m[3]!.replace(/,/g, '')}${m[4] ?? ''}`);
    return { value: sign(m[1] || m[2]) * n, numberFormat: `${locale.currency}#,##0${m[4] ? '.00' : ''}` };
  }
  m = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/.exec(text);
  if (m) return { value: sign(m[1]) * Number(`${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`), numberFormat: m[3] ? '#,##0.00' : '#,##0' };
  m = /^([+-]?)(\d+) (\d+)\/(\d+)$/.exec(text);
  if (m && Number(m[4]) > 0) return { value: sign(m[1]) * (Number(m[2]) + Number(m[3]) / Number(m[4])), numberFormat: '# ?/?' };
  const t = time(text);
  if (t) return t;
  const dateTime = /^(.+?)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)$/i.exec(text);
  if (dateTime) {
    const [d, tm] = [date(dateTime[1]!, locale), time(dateTime[2]!)];
    if (d && tm) return { value: Number(d.value) + Number(tm.value), numberFormat: `${d.numberFormat} ${tm.numberFormat}` };
  }
  return date(text, locale);
}
