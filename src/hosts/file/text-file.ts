import { createRequire } from 'node:module';

// iconv-lite is loaded only for a file that needs it (about 35 ms of every run's start-up otherwise).
const require = createRequire(import.meta.url);

/**
 * A text file's characters, its encoding found as Excel's Save As leaves it: a byte-order mark says
 * UTF-8 or UTF-16 (Excel's "Unicode Text" is UTF-16 LE with one); without one, valid UTF-8 is
 * UTF-8 and anything else is Windows-1252, what Excel on Windows writes for "CSV (Comma delimited)"
 * in English, so £ and curly quotes survive.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const iconv = require('iconv-lite') as typeof import('iconv-lite');
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252');
  }
}
