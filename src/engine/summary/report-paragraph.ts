import type { RatingCounts } from '../profile/brag.js';
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
