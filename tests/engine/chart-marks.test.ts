// Chart colours from a palette: every label reaches 4.5:1 on its fill (WCAG 1.4.3) and every slice or
// segment meets what is next to it, white, by 3:1 (WCAG 1.4.11), through its fill or its outline.
import { describe, expect, it } from 'vitest';
import { CHART_BACKGROUND, chartMarks } from '../../src/engine/edits/chart-marks.js';
import { contrastRatio, relativeLuminance } from '../../src/engine/edits/colour-contrast.js';
import { RATINGS } from '../../src/engine/profile/brag.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import type { Profile } from '../../src/engine/profile/profile-schema.js';

/** Whether a mark can be told from white: its fill, or else its outline, at 3:1. */
const edgeContrast = (fill: string, outline: string) => Math.max(contrastRatio(fill, CHART_BACKGROUND), contrastRatio(outline, CHART_BACKGROUND));

function paletteOf(fills: string[]): Profile['palette'] {
  return Object.fromEntries(RATINGS.map((rating, i) => [rating, { fill: fills[i % fills.length] ?? '#000000', font: '#000000' }])) as Profile['palette'];
}

describe('contrast ratio', () => {
  it('matches WCAG’s reference values', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBe(1);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 3);
    // The figures the accessibility review measured: amber on white, black on green and blue.
    expect(contrastRatio('#FFDD00', '#FFFFFF')).toBeCloseTo(1.35, 2);
    expect(contrastRatio('#000000', '#00703C')).toBeCloseTo(3.38, 1);
    expect(contrastRatio('#000000', '#1D70B8')).toBeCloseTo(4.06, 1);
  });
});

describe('chartMarks', () => {
  it('on the default palette: white labels on blue, green and red, black on amber; amber and grey get a darker edge', () => {
    const marks = chartMarks(DEFAULT_PROFILE.palette);
    expect(RATINGS.map((r) => marks[r].label)).toEqual(['#FFFFFF', '#FFFFFF', '#000000', '#FFFFFF', '#000000']);
    expect(marks.blue.outline).toBe('#FFFFFF');
    expect(marks.green.outline).toBe('#FFFFFF');
    expect(marks.red.outline).toBe('#FFFFFF');
    expect(marks.amber.outline).not.toBe('#FFFFFF');
    expect(marks.unrated.outline).not.toBe('#FFFFFF');
    for (const rating of RATINGS) {
      const { fill, outline, label } = marks[rating];
      expect(contrastRatio(label, fill), `${rating} label`).toBeGreaterThanOrEqual(4.5);
      expect(edgeContrast(fill, outline), `${rating} edge`).toBeGreaterThanOrEqual(3);
    }
  });

  it('neighbouring segments are told apart by the white between them, whatever their own contrast', () => {
    const marks = chartMarks(DEFAULT_PROFILE.palette);
    // Green beside blue is 1.2:1 on its own; each meets the white separator (or its own edge) at 3:1 or more.
    expect(contrastRatio(marks.green.fill, marks.blue.fill)).toBeLessThan(3);
    for (const rating of RATINGS) expect(edgeContrast(marks[rating].fill, marks[rating].outline)).toBeGreaterThanOrEqual(3);
  });

  it('holds for any palette a profile may give', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const hex = () => `#${Math.floor(random() * 0xffffff).toString(16).padStart(6, '0').toUpperCase()}`;
    for (let trial = 0; trial < 200; trial++) {
      const marks = chartMarks(paletteOf(RATINGS.map(hex)));
      for (const rating of RATINGS) {
        const { fill, outline, label } = marks[rating];
        expect(contrastRatio(label, fill)).toBeGreaterThanOrEqual(4.5);
        expect(edgeContrast(fill, outline)).toBeGreaterThanOrEqual(3);
      }
    }
    // The palest fill of all still gets an edge.
    const white = chartMarks(paletteOf(['#FFFFFF'])).blue;
    expect(contrastRatio(white.outline, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });
});
