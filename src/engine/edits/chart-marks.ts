import { RATINGS, type Rating } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { contrastRatio, darken } from './colour-contrast.js';

/** What a chart's slices and bars sit on, and what separates neighbouring ones. */
export const CHART_BACKGROUND = '#FFFFFF';
/** WCAG 1.4.11: graphical objects need 3:1 against what they meet. */
export const NON_TEXT_CONTRAST = 3;
const BLACK = '#000000';
const WHITE = '#FFFFFF';

/** How one rating is drawn in a chart: its fill, the outline round it, and the colour of a label on it. */
export interface ChartMark {
  fill: string;
  /**
   * White (a separator from the neighbours) when the fill stands out from white by 3:1; otherwise
   * a darker shade of the fill that does, so a pale fill (amber) still has a visible edge.
   */
  outline: string;
  /** Black or white, whichever contrasts more with the fill: always at least 4.58:1 (WCAG 1.4.3). */
  label: string;
}

/** The darkest-needed shade of `fill` with 3:1 against the chart's white. */
function edgeFor(fill: string): string {
  if (contrastRatio(fill, CHART_BACKGROUND) >= NON_TEXT_CONTRAST) return CHART_BACKGROUND;
  for (let factor = 0.95; factor > 0; factor -= 0.05) {
    const shade = darken(fill, factor);
    if (contrastRatio(shade, CHART_BACKGROUND) >= NON_TEXT_CONTRAST) return shade;
  }
  return BLACK;
}

function labelFor(fill: string): string {
  return contrastRatio(fill, BLACK) >= contrastRatio(fill, WHITE) ? BLACK : WHITE;
}

/** The chart marks for every rating, from the profile's palette. */
export function chartMarks(palette: Profile['palette']): Record<Rating, ChartMark> {
  return Object.fromEntries(
    RATINGS.map((rating) => {
      const { fill } = palette[rating];
      return [rating, { fill, outline: edgeFor(fill), label: labelFor(fill) }];
    }),
  ) as Record<Rating, ChartMark>;
}
