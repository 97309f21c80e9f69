import type { BragCategory } from '../profile/brag.js';

/**
 * How strong a colour must be to count. Pale tints are banding or header shading, not ratings
 * (#DDEBF7, blue at 80% lighter, is 0.10; Excel's pale "Good" green #C6EFCE is 0.16). A fill
 * behind words that rate must be clearly coloured before it can contradict them.
 */
export const COLOUR_STRENGTH = { rating: 0.12, contradicting: 0.2 } as const;

/**
 * The BRAG category a colour shows: the nearest hue, with white, tints paler than `minChroma`,
 * greys and black meaning no rating. Yellow and orange are amber, as councils use them.
 */
export function categoryOfColour(hex: string | undefined, minChroma: number = COLOUR_STRENGTH.rating): BragCategory | undefined {
  if (hex === undefined) return undefined;
  const match = /^#?([0-9A-Fa-f]{6})$/.exec(hex);
  if (!match?.[1]) return undefined;
  const value = parseInt(match[1], 16);
  const r = ((value >> 16) & 255) / 255;
  const g = ((value >> 8) & 255) / 255;
  const b = (value & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  if (chroma < minChroma || max < MIN_BRIGHTNESS) return undefined;
  const hue = hueOf(r, g, b, max, chroma);
  if (hue < 15 || hue >= 330) return 'red';
  if (hue < 70) return 'amber';
  if (hue < 165) return 'green';
  if (hue < 255) return 'blue';
  return undefined; // purples and pinks stand for no BRAG category
}

const MIN_BRIGHTNESS = 0.2;

function hueOf(r: number, g: number, b: number, max: number, chroma: number): number {
  let hue: number;
  if (max === r) hue = ((g - b) / chroma) % 6;
  else if (max === g) hue = (b - r) / chroma + 2;
  else hue = (r - g) / chroma + 4;
  return (hue * 60 + 360) % 360;
}

/** Emoji that carry their own colour. */
const EMOJI_CATEGORIES: ReadonlyMap<string, BragCategory> = new Map([
  ['🔵', 'blue'], ['🟦', 'blue'], ['💙', 'blue'],
  ['🟢', 'green'], ['🟩', 'green'], ['💚', 'green'],
  ['🟡', 'amber'], ['🟨', 'amber'], ['🟠', 'amber'], ['🟧', 'amber'], ['💛', 'amber'], ['🧡', 'amber'],
  ['🔴', 'red'], ['🟥', 'red'], ['❤️', 'red'], ['❤', 'red'],
]);

export function categoryOfEmoji(text: string): BragCategory | undefined {
  return EMOJI_CATEGORIES.get(text.trim());
}

/** A cell that holds only a mark (●, ■, ⬤, ▲, ✓) and no letters or digits: its colour is its meaning. */
export function isSymbolOnly(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && trimmed.length <= 4 && !/[\p{L}\p{N}]/u.test(trimmed);
}
