import { crc32, deflateSync } from 'node:zlib';
import { RATINGS, type Rating, type RatingCounts } from '../engine/profile/brag.js';
import type { Profile } from '../engine/profile/profile-schema.js';

/** The status chart's size in pixels: one bar across the page. */
export const STATUS_BAR = { width: 600, height: 48 };

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function rgb(colour: string): [number, number, number] {
  const hex = colour.replace(/^#/, '');
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * The status chart for the Word report: one bar across the page, a segment per status in its colour
 * and in BRAG order, white between them. It carries no text: the document gives its data in words as
 * its alt text and in the status table beside it, so no reader depends on its colours.
 */
export function statusBarPng(counts: RatingCounts, palette: Profile['palette']): Buffer {
  const { width, height } = STATUS_BAR;
  const total = RATINGS.reduce((sum, r) => sum + counts[r], 0);
  const column: (Rating | undefined)[] = Array.from({ length: width }, () => undefined);
  let start = 0;
  for (const rating of RATINGS) {
    if (total === 0 || counts[rating] === 0) continue;
    const end = Math.round(start + (counts[rating] / total) * width);
    for (let x = start; x < end; x++) column[x] = rating;
    // Two white pixels separate neighbouring segments.
    if (end < width) column[end - 1] = column[end - 2] = undefined;
    start = end;
  }
  const line = Buffer.alloc(1 + width * 3);
  column.forEach((rating, x) => {
    const [r, g, b] = rating === undefined ? [255, 255, 255] : rgb(palette[rating].fill);
    line.writeUInt8(r, 1 + x * 3);
    line.writeUInt8(g, 2 + x * 3);
    line.writeUInt8(b, 3 + x * 3);
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour RGB
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => line)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}
