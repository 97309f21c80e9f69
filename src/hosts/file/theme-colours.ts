import { findStartTags, readAttributes } from './xlsx-charts/xml-text.js';

/** The colour scheme's slots in the order SpreadsheetML numbers them (theme="0" is lt1, not dk1). */
const THEME_SLOTS = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;

/**
 * Excel's Office theme of 2013 to 2022, for a workbook that has no theme part (Excel then uses its
 * built-in theme; this is the one most council workbooks were made under).
 */
export const OFFICE_2013_THEME_COLOURS: readonly string[] = [
  '#FFFFFF', '#000000', '#E7E6E6', '#44546A', '#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#0563C1', '#954F72',
];

/**
 * The twelve colours of a theme part's <a:clrScheme>, indexed as cell styles index them. A slot the
 * part leaves out, or writes in a form other than srgbClr or sysClr, takes the Office theme's colour.
 */
export function themeColours(themeXml: string): string[] {
  const scheme = /<(?:\w+:)?clrScheme\b[\s\S]*?<\/(?:\w+:)?clrScheme>/.exec(themeXml)?.[0] ?? '';
  return THEME_SLOTS.map((slot, index) => {
    const body = new RegExp(`<(?:\\w+:)?${slot}>([\\s\\S]*?)</(?:\\w+:)?${slot}>`).exec(scheme)?.[1] ?? '';
    const srgb = findStartTags(body, 'srgbClr')[0];
    const sys = findStartTags(body, 'sysClr')[0];
    const hex = srgb ? readAttributes(srgb).get('val') : sys ? readAttributes(sys).get('lastClr') : undefined;
    return hex && /^[0-9a-f]{6}$/i.test(hex) ? `#${hex.toUpperCase()}` : (OFFICE_2013_THEME_COLOURS[index] as string);
  });
}

// Excel applies a tint to a colour's luminance in HLS ([MS-OI29500] 2.1.1658), in Windows' integer
// HLS whose components run 0 to 240 (Microsoft's answer on the MSDN thread "Tint application
// algorithm not consistent with MS Excel": HLSMAX is 240 when a tint is applied), converting with
// the integer routines of Microsoft's KB 29240 "Converting colors between RGB and HLS". The integer
// rounding is why Excel's "Lighter 80%" of #ED7D31 is #FCE4D6, not the #FBE5D6 that exact HSL gives.
const HLS_MAX = 240;
const RGB_MAX = 255;

/** A #RRGGBB colour with a SpreadsheetML tint (-1 darkest to 1 lightest) applied, as Excel shows it. */
export function tinted(hex: string, tint: number): string {
  if (!tint) return hex;
  const [h, l, s] = rgbToHls(parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16));
  const lum = Math.round(tint < 0 ? l * (1 + tint) : l * (1 - tint) + (HLS_MAX - HLS_MAX * (1 - tint)));
  return `#${hlsToRgb(h, Math.min(HLS_MAX, Math.max(0, lum)), s)
    .map((channel) => Math.min(RGB_MAX, Math.max(0, channel)).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

const div = (a: number, b: number): number => Math.trunc(a / b);

function rgbToHls(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = div((max + min) * HLS_MAX + RGB_MAX, 2 * RGB_MAX);
  if (max === min) return [div(HLS_MAX * 2, 3), l, 0];
  const s = l <= HLS_MAX / 2
    ? div((max - min) * HLS_MAX + div(max + min, 2), max + min)
    : div((max - min) * HLS_MAX + div(2 * RGB_MAX - max - min, 2), 2 * RGB_MAX - max - min);
  const delta = (channel: number): number => div((max - channel) * div(HLS_MAX, 6) + div(max - min, 2), max - min);
  let h = r === max ? delta(b) - delta(g) : g === max ? div(HLS_MAX, 3) + delta(r) - delta(b) : div(2 * HLS_MAX, 3) + delta(g) - delta(r);
  if (h < 0) h += HLS_MAX;
  if (h > HLS_MAX) h -= HLS_MAX;
  return [h, l, s];
}

function hlsToRgb(h: number, l: number, s: number): [number, number, number] {
  // KB 29240 truncates a grey; Excel rounds it (white "Darker 50%" is #808080, not #7F7F7F).
  if (s === 0) {
    const grey = div(l * RGB_MAX + div(HLS_MAX, 2), HLS_MAX);
    return [grey, grey, grey];
  }
  const m2 = l <= HLS_MAX / 2 ? div(l * (HLS_MAX + s) + div(HLS_MAX, 2), HLS_MAX) : l + s - div(l * s + div(HLS_MAX, 2), HLS_MAX);
  const m1 = 2 * l - m2;
  const channel = (hue: number): number => div(hueToRgb(m1, m2, hue) * RGB_MAX + div(HLS_MAX, 2), HLS_MAX);
  return [channel(h + div(HLS_MAX, 3)), channel(h), channel(h - div(HLS_MAX, 3))];
}

function hueToRgb(n1: number, n2: number, hue: number): number {
  const h = hue < 0 ? hue + HLS_MAX : hue > HLS_MAX ? hue - HLS_MAX : hue;
  const sixth = div(HLS_MAX, 6);
  if (h < sixth) return n1 + div((n2 - n1) * h + div(HLS_MAX, 12), sixth);
  if (h < div(HLS_MAX, 2)) return n2;
  if (h < div(HLS_MAX * 2, 3)) return n1 + div((n2 - n1) * (div(HLS_MAX * 2, 3) - h) + div(HLS_MAX, 12), sixth);
  return n1;
}
