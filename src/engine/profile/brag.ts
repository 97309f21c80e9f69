/** The four BRAG categories, in the order boards read them, and the bucket for anything else. */
export const BRAG_CATEGORIES = ['blue', 'green', 'amber', 'red'] as const;
export type BragCategory = (typeof BRAG_CATEGORIES)[number];
export type Rating = BragCategory | 'unrated';
export const RATINGS: readonly Rating[] = [...BRAG_CATEGORIES, 'unrated'];

export type RatingCounts = Record<Rating, number>;

export function emptyCounts(): RatingCounts {
  return { blue: 0, green: 0, amber: 0, red: 0, unrated: 0 };
}

export function addCounts(a: RatingCounts, b: RatingCounts): RatingCounts {
  return { blue: a.blue + b.blue, green: a.green + b.green, amber: a.amber + b.amber, red: a.red + b.red, unrated: a.unrated + b.unrated };
}
