import { emptyCounts, RATINGS, type Rating, type RatingCounts } from '../profile/brag.js';

export function countRatings(ratings: readonly Rating[]): RatingCounts {
  const counts = emptyCounts();
  for (const rating of ratings) counts[rating] += 1;
  return counts;
}

/**
 * Whole percentages that add up to 100, by the largest-remainder method: each share is rounded
 * down, and the points left over go to the largest remainders (the earlier category on a tie).
 * 5, 17, 2 of 24 give 21%, 71%, 8%, as the council's report does.
 */
export function wholePercentages(counts: RatingCounts): RatingCounts {
  const total = RATINGS.reduce((sum, rating) => sum + counts[rating], 0);
  const result = emptyCounts();
  if (total === 0) return result;
  const remainders = RATINGS.map((rating) => {
    const exact = (counts[rating] * 100) / total;
    result[rating] = Math.floor(exact);
    return { rating, remainder: exact - Math.floor(exact) };
  });
  let left = 100 - RATINGS.reduce((sum, rating) => sum + result[rating], 0);
  for (const { rating } of [...remainders].sort((a, b) => b.remainder - a.remainder)) {
    if (left <= 0) break;
    result[rating] += 1;
    left -= 1;
  }
  return result;
}
