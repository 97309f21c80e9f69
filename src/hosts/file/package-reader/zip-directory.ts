import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { count, DamagedPackage, READ_LIMITS, ReadLimitExceeded } from './read-limits.js';

/** One file in a zip, as its central directory lists it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Parts up to this size, decompressed, are inflated in one call: for a small part the stream's own cost is most of the work. */
const INFLATE_AT_ONCE_BYTES = 4 * 1024 * 1024;

/**
 * A zip held in memory, read through its central directory (the authoritative list: a local
 * header's sizes may be zero when the writer streamed). Names are looked up as OPC does, ignoring case.
 */
export class ZipDirectory {
  private readonly byName = new Map<string, ZipEntry>();
  private decompressed = 0;

  constructor(private readonly bytes: Buffer) {
    for (const entry of readCentralDirectory(bytes)) this.byName.set(entry.name.toLowerCase(), entry);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, '').toLowerCase());
  }

  /**
   * Inflates an entry chunk by chunk, handing each piece of text on as it comes, so a part is never
   * held whole. The sizes are checked against the limits before inflating, and the output against
   * the declared size while inflating (a zip bomb lies about it).
   */
  async streamText(entry: ZipEntry, onText: (text: string) => void): Promise<void> {
    if (entry.encrypted) throw new DamagedPackage(`${entry.name} is encrypted`);
    this.decompressed += entry.size;
    if (this.decompressed > READ_LIMITS.decompressedBytes) {
      throw new ReadLimitExceeded(`parts expand to more than ${count(READ_LIMITS.decompressedBytes)} bytes`);
    }
    if (entry.size > READ_LIMITS.expansionFloorBytes && entry.size > entry.compressedSize * READ_LIMITS.expansionRatio) {
      throw new ReadLimitExceeded(`part ${entry.name} expands more than ${count(READ_LIMITS.expansionRatio)} times (a zip bomb)`);
    }
    const data = this.compressedData(entry);
    const decoder = new TextDecoder('utf-8');
    if (entry.method === STORED) {
      if (data.length !== entry.size) throw new DamagedPackage(`${entry.name} has the wrong size`);
      onText(decoder.decode(data));
      return;
    }
    if (entry.method !== DEFLATED) throw new DamagedPackage(`${entry.name} uses compression method ${entry.method}`);
    if (entry.size <= INFLATE_AT_ONCE_BYTES) {
      let inflated: Buffer;
      try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
      } catch (error) {
        const tooLong = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
        throw new DamagedPackage(tooLong ? `${entry.name} inflates past its stated size` : `${entry.name}: ${(error as Error).message}`);
      }
      if (inflated.length > entry.size) throw new DamagedPackage(`${entry.name} inflates past its stated size`);
      onText(decoder.decode(inflated));
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
      let produced = 0;
      const fail = (error: unknown): void => {
        inflater.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      inflater.on('data', (chunk: Buffer) => {
        produced += chunk.length;
        if (produced > entry.size) return fail(new DamagedPackage(`${entry.name} inflates past its stated size`));
        try {
          onText(decoder.decode(chunk, { stream: true }));
        } catch (error) {
          fail(error);
        }
      });
      inflater.on('error', (error) => fail(new DamagedPackage(`${entry.name}: ${error.message}`)));
      inflater.on('end', () => {
        try {
          onText(decoder.decode());
          resolve();
        } catch (error) {
          fail(error);
        }
      });
      inflater.end(data);
    });
  }

  /** The whole text of a small part (relationships, the workbook, the theme). */
  async text(entry: ZipEntry): Promise<string> {
    const pieces: string[] = [];
    await this.streamText(entry, (text) => pieces.push(text));
    return pieces.join('');
  }

  private compressedData(entry: ZipEntry): Buffer {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new DamagedPackage(`${entry.name} has no local header`);
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new DamagedPackage(`${entry.name} runs past the end of the file`);
    return this.bytes.subarray(start, end);
  }
}

function readCentralDirectory(bytes: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  let entries = bytes.readUInt16LE(eocd + 10);
  let size = bytes.readUInt32LE(eocd + 12);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new DamagedPackage('no zip64 directory locator');
    const zip64 = Number(bytes.readBigUInt64LE(locator + 8));
    if (zip64 + 56 > bytes.length || bytes.readUInt32LE(zip64) !== ZIP64_EOCD) throw new DamagedPackage('no zip64 directory');
    entries = Number(bytes.readBigUInt64LE(zip64 + 32));
    size = Number(bytes.readBigUInt64LE(zip64 + 40));
    offset = Number(bytes.readBigUInt64LE(zip64 + 48));
  }
  if (offset + size > bytes.length) throw new DamagedPackage('the central directory runs past the end of the file');
  const found: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_HEADER) throw new DamagedPackage('the central directory is cut short');
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11 marks a UTF-8 name; OPC part names are ASCII, so either reading gives the same.
    const name = (flags & 0x800) !== 0 ? nameBytes.toString('utf8') : nameBytes.toString('latin1');
    let compressedSize = bytes.readUInt32LE(at + 20);
    let size = bytes.readUInt32LE(at + 24);
    let localHeaderOffset = bytes.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeaderOffset === 0xffffffff) {
      ({ compressedSize, size, localHeaderOffset } = zip64Sizes(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), { compressedSize, size, localHeaderOffset }));
    }
    found.push({ name, method: bytes.readUInt16LE(at + 10), compressedSize, size, localHeaderOffset, encrypted: (flags & 1) !== 0 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return found;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes and may be followed by a comment of up to 65,535.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) if (bytes.readUInt32LE(at) === EOCD) return at;
  throw new DamagedPackage('no zip central directory');
}

type Sizes = { compressedSize: number; size: number; localHeaderOffset: number };

/** The zip64 extra field holds, in this order, only the sizes that overflowed their 32-bit fields. */
function zip64Sizes(extra: Buffer, sizes: Sizes): Sizes {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      const size = sizes.size === 0xffffffff ? next() : sizes.size;
      const compressedSize = sizes.compressedSize === 0xffffffff ? next() : sizes.compressedSize;
      const localHeaderOffset = sizes.localHeaderOffset === 0xffffffff ? next() : sizes.localHeaderOffset;
      return { compressedSize, size, localHeaderOffset };
    }
    at += 4 + length;
  }
  throw new DamagedPackage('a zip64 entry has no zip64 sizes');
}
