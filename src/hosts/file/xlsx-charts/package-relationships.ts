/** OPC relationship parts (*.rels): reading, resolving targets, and adding a relationship with a fresh id. */

import { posix } from 'node:path';
import { NS } from './ooxml-names.js';
import { escapeXml, findStartTags, readAttributes } from './xml-text.js';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels" (zip paths, no leading slash). */
export function relsPathFor(partPath: string): string {
  return posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`);
}

export function readRelationships(relsXml: string): Relationship[] {
  return findStartTags(relsXml, 'Relationship').map((tag) => {
    const attributes = readAttributes(tag);
    return {
      id: attributes.get('Id') ?? '',
      type: attributes.get('Type') ?? '',
      target: attributes.get('Target') ?? '',
      external: attributes.get('TargetMode') === 'External',
    };
  });
}

/** The zip path a relationship of `sourcePart` points at ("/xl/…" targets are package-absolute). */
export function resolveTarget(sourcePart: string, target: string): string {
  const resolved = target.startsWith('/') ? posix.normalize(target) : posix.join(posix.dirname(sourcePart), target);
  return resolved.replace(/^\/+/, '');
}

/** The relative Target to write in `sourcePart`'s rels for a part at `targetPart`. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  return posix.relative(posix.dirname(sourcePart), targetPart);
}

export const EMPTY_RELATIONSHIPS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRelationships}"></Relationships>`;

/** The rels XML with one more internal relationship, and the id it was given (rIdN, unused so far). */
export function addRelationship(relsXml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const xml = relsXml ?? EMPTY_RELATIONSHIPS;
  const taken = new Set(readRelationships(xml).map((rel) => rel.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  const close = /<\/(?:[\w.-]+:)?Relationships>\s*$/.exec(xml);
  if (close) return { xml: xml.slice(0, close.index) + element + xml.slice(close.index), id };
  // An empty-element root: <Relationships …/>.
  const selfClosed = /<((?:[\w.-]+:)?Relationships)\b((?:"[^"]*"|'[^']*'|[^'">])*)\/>/.exec(xml);
  if (!selfClosed) throw new Error('Relationships part has no <Relationships> root.');
  const [whole, name, attributes] = selfClosed;
  const replacement = `<${name}${attributes}>${element}</${name}>`;
  return { xml: xml.slice(0, selfClosed.index) + replacement + xml.slice(selfClosed.index + whole.length), id };
}
