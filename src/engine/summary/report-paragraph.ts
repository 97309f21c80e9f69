import { parseIso, type IsoDate } from '../dates/calendar.js';
import type { RatingCounts } from '../profile/brag.js';
import type { MovementSummary } from './movement-summary.js';
import { capitalise, countInWords } from '../text/number-words.js';

/**
 * The paragraph for the board report, in the council's own words:
 * "21% of the recommendations have been completed (5) and a further 71% are in progress and on
 * track to be achieved in timescale (17). Two are in progress but with some delays."
 * Categories with no items are left out; numbers under ten are words; singular and plural agree.
 */
export function reportParagraph(
  counts: RatingCounts,
  percentages: RatingCounts,
  noun: { one: string; many: string },
): string {
  const total = counts.blue + counts.green + counts.amber + counts.red + counts.unrated;
  if (total === 0) return `The tracker lists no ${noun.many} yet.`;
  const sentences: string[] = [];
  const { blue, green } = counts;
  const completed = `${percentages.blue}% of the ${noun.many} ${blue === 1 && total === 1 ? 'has' : 'have'} been completed (${blue})`;
  const onTrack = (lead: string) => `${lead} in progress and on track to be achieved in timescale (${green})`;
  if (blue > 0 && green > 0) sentences.push(`${completed} and a further ${onTrack(`${percentages.green}% are`)}.`);
  else if (blue > 0) sentences.push(`${completed}.`);
  else if (green > 0) sentences.push(`${onTrack(`${percentages.green}% of the ${noun.many} ${total === 1 ? 'is' : 'are'}`)}.`);

  // Once a sentence has named the items, the next ones can say "Two are…", as the council writes.
  const subject = (count: number) => {
    const words = countInWords(count);
    return capitalise(sentences.length === 0 ? `${words} ${count === 1 ? noun.one : noun.many}` : words);
  };
  if (counts.amber > 0) sentences.push(`${subject(counts.amber)} ${counts.amber === 1 ? 'is' : 'are'} in progress but with some delays.`);
  if (counts.red > 0) {
    const one = counts.red === 1;
    sentences.push(`${subject(counts.red)} ${one ? 'is' : 'are'} not in progress or ${one ? 'faces' : 'face'} a challenge in meeting the timescales.`);
  }
  if (counts.unrated > 0) sentences.push(`${subject(counts.unrated)} ${counts.unrated === 1 ? 'has' : 'have'} no recognised status.`);
  return sentences.join(' ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "the March 2025 review", or "the previous review" when its date is not known. */
export function reviewName(asAt: IsoDate | undefined): string {
  if (asAt === undefined) return 'the previous review';
  const { year, month } = parseIso(asAt);
  return `the ${MONTHS[month - 1] ?? ''} ${year} review`;
}

/**
 * The direction of travel in the council's register: "Since the March 2025 review, three more
 * recommendations have been completed and two have slipped." "There has been no change since
 * the March 2025 review." when nothing moved; items added or removed get a sentence of their own.
 */
export function movementSentence(since: MovementSummary, noun: { one: string; many: string }): string {
  const review = reviewName(since.asAt);
  const parts: string[] = [];
  const part = (count: number, more: boolean, verb: (one: boolean) => string) => {
    if (count === 0) return;
    const subject = parts.length === 0 ? `${countInWords(count)}${more ? ' more' : ''} ${count === 1 ? noun.one : noun.many}` : `${countInWords(count)}${more ? ' more' : ''}`;
    parts.push(`${subject} ${verb(count === 1)}`);
  };
  part(since.completed, true, (one) => `${one ? 'has' : 'have'} been completed`);
  part(since.improved, false, (one) => `${one ? 'has' : 'have'} improved`);
  part(since.worsened, false, (one) => `${one ? 'has' : 'have'} slipped`);
  const sentences: string[] = [];
  if (parts.length > 0) sentences.push(`${capitalise(review.replace(/^the/, 'Since the'))}, ${listed(parts)}.`);
  else sentences.push(since.added + since.removed === 0 ? `There has been no change since ${review}.` : `No rating has changed since ${review}.`);
  if (since.added > 0 || since.removed > 0) {
    const added = since.added > 0 ? `${countInWords(since.added)} ${since.added === 1 ? noun.one : noun.many} ${since.added === 1 ? 'has' : 'have'} been added` : '';
    const removed =
      since.removed === 0 ? '' : added === '' ? `${countInWords(since.removed)} ${since.removed === 1 ? `${noun.one} is` : `${noun.many} are`} no longer listed` : `${countInWords(since.removed)} ${since.removed === 1 ? 'is' : 'are'} no longer listed`;
    sentences.push(`${capitalise([added, removed].filter((s) => s !== '').join(' and '))}.`);
  }
  return sentences.join(' ');
}

function listed(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
