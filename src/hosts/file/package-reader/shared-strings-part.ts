import { count, READ_LIMITS, ReadLimitExceeded } from './read-limits.js';
import { MAIN_NS, parsePart } from './xml-stream.js';
import type { ZipDirectory, ZipEntry } from './zip-directory.js';

/**
 * The shared strings, each as the text a cell shows: a plain <t>, or the runs of rich text joined
 * (phonetic runs, <rPh>, are a reading guide, not text). Characters Excel cannot put in XML are
 * written as _xHHHH_ and are read back as themselves.
 */
export async function readSharedStrings(zip: ZipDirectory, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let current: string[] | undefined;
  let length = 0;
  let inText = false;
  let phoneticDepth = 0;
  await parsePart(zip, entry, {
    open(tag) {
      if (!MAIN_NS.has(tag.uri)) return;
      if (tag.local === 'si') {
        current = [];
        length = 0;
      } else if (tag.local === 'rPh') phoneticDepth += 1;
      else if (tag.local === 't' && current && phoneticDepth === 0) inText = true;
    },
    text(text) {
      if (!inText || !current) return;
      length += text.length;
      if (length > READ_LIMITS.charactersPerCell) throw new ReadLimitExceeded(`a shared string holds more than ${count(READ_LIMITS.charactersPerCell)} characters`);
      current.push(text);
    },
    close(tag) {
      if (!MAIN_NS.has(tag.uri)) return;
      if (tag.local === 't') inText = false;
      else if (tag.local === 'rPh') phoneticDepth -= 1;
      else if (tag.local === 'si' && current) {
        strings.push(unescapeOoxml(current.join('')));
        current = undefined;
      }
    },
  });
  return strings;
}

/** "_x000D_" → "\r": SpreadsheetML's escape for characters XML cannot hold. */
export function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
