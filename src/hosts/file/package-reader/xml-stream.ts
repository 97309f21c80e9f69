import { posix } from 'node:path';
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { DamagedPackage } from './read-limits.js';
import type { ZipDirectory, ZipEntry } from './zip-directory.js';

/**
 * SpreadsheetML's namespaces, transitional and strict: an element is known by its namespace and
 * local name, never by the prefix a writer chose ("x:c" is a cell as "c" is).
 */
export const MAIN_NS = new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main']);
export const RELATIONSHIPS_NS = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships']);
export const PACKAGE_RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export type XmlTag = SaxesTagNS;

export interface XmlHandlers {
  open(tag: XmlTag): void;
  /** Only given where a part's text matters, so the rest of the text is not handed over at all. */
  text?(text: string): void;
  close?(tag: XmlTag): void;
}

/**
 * Parses a part as it inflates, with saxes: namespace-aware, streaming, and it neither reads a DTD
 * nor resolves an entity other than XML's five and character references (an undefined one is an error).
 */
export async function parsePart(zip: ZipDirectory, entry: ZipEntry, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('opentag', handlers.open);
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.close) parser.on('closetag', handlers.close);
  parser.on('error', (error) => {
    throw new DamagedPackage(`${entry.name}: ${error.message.split('\n')[0]}`);
  });
  await zip.streamText(entry, (text) => {
    parser.write(text);
  });
  parser.close();
}

/** An unqualified attribute's value ("r", "t", "s" on a cell). */
export function attribute(tag: XmlTag, name: string): string | undefined {
  return tag.attributes[name]?.value;
}

/** A relationship-id attribute ("r:id", whatever the prefix). */
export function relationshipAttribute(tag: XmlTag, local: string): string | undefined {
  for (const key in tag.attributes) {
    const found: SaxesAttributeNS | undefined = tag.attributes[key];
    if (found && found.local === local && RELATIONSHIPS_NS.has(found.uri)) return found.value;
  }
  return undefined;
}

export function isMain(tag: XmlTag, local: string): boolean {
  return tag.local === local && MAIN_NS.has(tag.uri);
}

/** A relationship of a part, its target resolved to a zip path. */
export interface PartRelationship {
  readonly id: string;
  /** The last segment of the type URI ("worksheet", "sharedStrings", "styles", "theme"), transitional or strict alike. */
  readonly kind: string;
  readonly target: string;
}

/** The relationships a part's .rels part lists (none when it has none). */
export async function readPartRelationships(zip: ZipDirectory, partPath: string): Promise<PartRelationship[]> {
  const entry = zip.entry(posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`));
  if (!entry) return [];
  const found: PartRelationship[] = [];
  await parsePart(zip, entry, {
    open(tag) {
      if (tag.local !== 'Relationship' || tag.uri !== PACKAGE_RELATIONSHIPS_NS || attribute(tag, 'TargetMode') === 'External') return;
      const type = attribute(tag, 'Type') ?? '';
      found.push({ id: attribute(tag, 'Id') ?? '', kind: type.slice(type.lastIndexOf('/') + 1), target: resolvePartTarget(partPath, attribute(tag, 'Target') ?? '') });
    },
  });
  return found;
}

function resolvePartTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A target with a stray "%" is taken as written.
  }
  const resolved = decoded.startsWith('/') ? posix.normalize(decoded) : posix.join(posix.dirname(sourcePart), decoded);
  return resolved.replace(/^\/+/, '');
}
