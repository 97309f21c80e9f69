// The floor the workbook reader is measured against (issue 20): the least a streaming read of a
// bench tracker can do. It finds the parts through the zip's central directory, inflates the shared
// strings and the tracker's sheet with node's zlib chunk by chunk, and counts the status column's
// (D) shared strings with a regular expression: no XML parser, no grid, no engine. Prints the counts.
// node bench/cli/streaming-floor.mjs TRACKER.xlsx
import { readFileSync } from 'node:fs';
import { createInflateRaw } from 'node:zlib';

const bytes = readFileSync(process.argv[2]);

function entries() {
  let eocd = bytes.length - 22;
  while (bytes.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  const found = new Map();
  let at = bytes.readUInt32LE(eocd + 16);
  for (let i = bytes.readUInt16LE(eocd + 10); i > 0; i--) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    found.set(bytes.toString('latin1', at + 46, at + 46 + nameLength), bytes.subarray(start, start + bytes.readUInt32LE(at + 20)));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return found;
}

/** Runs `pattern` over the part's text as it inflates, carrying the unmatched tail of each chunk into the next. */
function scan(data, pattern, onMatch) {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
    const decoder = new TextDecoder();
    let carry = '';
    inflater.on('data', (chunk) => {
      const text = carry + decoder.decode(chunk, { stream: true });
      let end = 0;
      for (const match of text.matchAll(pattern)) {
        onMatch(match);
        end = match.index + match[0].length;
      }
      carry = text.slice(Math.max(end, text.lastIndexOf('<')));
    });
    inflater.on('end', resolve);
    inflater.on('error', reject);
    inflater.end(data);
  });
}

const parts = entries();
const strings = [];
await scan(parts.get('xl/sharedStrings.xml'), /<si>([\s\S]*?)<\/si>/g, (match) => strings.push(match[1].replace(/<[^>]*>/g, '')));
const counts = new Map();
await scan(parts.get('xl/worksheets/sheet1.xml'), /<c r="D\d+"[^>]*t="s"[^>]*><v>(\d+)<\/v>/g, (match) => {
  const status = strings[Number(match[1])];
  counts.set(status, (counts.get(status) ?? 0) + 1);
});
process.stdout.write(`${JSON.stringify(Object.fromEntries(counts))}\n`);
