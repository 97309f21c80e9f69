import { addDays, addMonths, type IsoDate } from './calendar.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  'twenty-one': 21,
  'twenty-two': 22,
  'twenty-three': 23,
  'twenty-four': 24,
};

const NUMBER = String.raw`[1-9]\d{0,2}|twenty(?:[\s-]+(?:one|two|three|four))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|an?`;

/**
 * "within the next six months", "in 12 months", "within six (6) months", "within 6-9 months".
 * The range part is lazy (??) so that "twenty-four months" is read as 24, not as a range 20-4.
 */
const TIMESCALE = new RegExp(
  String.raw`\b(?:within|in)\s+(?:the\s+)?(?:next\s+)?(?:(${NUMBER})\s*(?:-|to)\s*)??(${NUMBER})(?:\s*\(\s*\d{1,3}\s*\))?\s+(day|week|month|year)s?\b`,
  'i',
);

/**
 * The due date set by the first timescale written in an item's text, counted from the baseline
 * (such as the report's publication date), with the words as written. A range counts to its end.
 */
export function derivedDueDate(itemText: string, baseline: IsoDate): { date: IsoDate; phrase: string } | undefined {
  const match = TIMESCALE.exec(itemText.replace(/[\u2010-\u2015\u2212]/g, '-'));
  if (match === null) return undefined;
  const count = Math.max(countOf(match[1]), countOf(match[2]));
  const phrase = itemText.slice(match.index, match.index + match[0].length);
  switch (match[3]?.toLowerCase()) {
    case 'day':
      return { date: addDays(baseline, count), phrase };
    case 'week':
      return { date: addDays(baseline, count * 7), phrase };
    case 'month':
      return { date: addMonths(baseline, count), phrase };
    default:
      return { date: addMonths(baseline, count * 12), phrase };
  }
}

function countOf(written: string | undefined): number {
  if (written === undefined) return 0;
  const word = written.toLowerCase().replace(/[\s-]+/g, '-');
  return NUMBER_WORDS[word] ?? Number(word);
}
