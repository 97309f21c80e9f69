/** WCAG 2.2 contrast between two sRGB colours, "#RRGGBB". */

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function rgb(colour: string): [number, number, number] {
  const hex = colour.replace(/^#/, '');
  if (!/^[0-9A-Fa-f]{6}$/.test(hex)) throw new Error(`"${colour}" is not a #RRGGBB colour.`);
  return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.2, "relative luminance"). */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = rgb(colour).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour scaled towards black by `factor` (0 black, 1 unchanged). */
export function darken(colour: string, factor: number): string {
  return `#${rgb(colour)
    .map((v) => Math.round(v * factor).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}
