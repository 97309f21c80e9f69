/** Finding, removing and adding whole elements in an OOXML part's text, whatever namespace prefix the part uses. */

import { escapeXml } from '../xlsx-charts/xml-text.js';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface XmlElement {
  /** The element's whole text, start tag to end tag. */
  text: string;
  start: number;
  /** The start tag alone. */
  startTag: string;
  /** The text between the start and end tags ("" for an empty element). */
  inner: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every element named `localName` (any prefix) in `xml`, from `from` on. Elements of that name must not
 * nest (true of every element this module looks for: definedName, sheet, font, xf, conditionalFormatting…).
 */
export function findElements(xml: string, localName: string, from = 0, to = xml.length): XmlElement[] {
  const name = escapeRegExp(localName);
  const pattern = new RegExp(`<((?:[\\w.-]+:)?)${name}(?=[\\s/>])(?:"[^"]*"|'[^']*'|[^'">])*?(/?)>`, 'g');
  pattern.lastIndex = from;
  const found: XmlElement[] = [];
  for (let match = pattern.exec(xml); match && match.index < to; match = pattern.exec(xml)) {
    const startTag = match[0];
    if (match[2] === '/') {
      found.push({ text: startTag, start: match.index, startTag, inner: '' });
      continue;
    }
    const close = `</${match[1] ?? ''}${localName}>`;
    const end = xml.indexOf(close, pattern.lastIndex);
    if (end < 0) throw new Error(`<${localName}> is not closed.`);
    found.push({ text: xml.slice(match.index, end + close.length), start: match.index, startTag, inner: xml.slice(pattern.lastIndex, end) });
    pattern.lastIndex = end + close.length;
  }
  return found;
}

/** The first element named `localName`, or undefined. */
export function findElement(xml: string, localName: string, from = 0): XmlElement | undefined {
  return findElements(xml, localName, from)[0];
}

/** The text with the given elements cut out (each exactly as found). */
export function removeElements(xml: string, elements: readonly XmlElement[]): string {
  let result = xml;
  for (const element of [...elements].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, element.start) + result.slice(element.start + element.text.length);
  }
  return result;
}

/** `<name attrs>` (or `</name>` with close) under the prefix the part uses for its main namespace. */
export function qualified(prefix: string, localName: string): string {
  return prefix ? `${prefix}:${localName}` : localName;
}

/**
 * New content in the main namespace for a part whose main namespace has a prefix: the content is
 * wrapped in nothing, each top-level element declares the namespace as its default instead.
 */
export function inMainNamespace(prefix: string, elementXml: string): string {
  if (!prefix) return elementXml;
  return elementXml.replace(/^<([\w.-]+)/, `<$1 xmlns="${MAIN_NS}"`);
}

/** Sets (or adds) an attribute on a start tag. */
export function withAttribute(startTag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(startTag)) return startTag.replace(pattern, `$1"${escapeXml(value)}"`);
  return startTag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

/**
 * The container element `localName` with `children` appended and its count attribute made right. When
 * the part has no such container, one is made before the first of `before` that is present (or at the end).
 */
export function appendToContainer(
  xml: string,
  prefix: string,
  localName: string,
  children: readonly string[],
  before: readonly string[],
  rootClose: number,
  counted = true,
): string {
  if (children.length === 0) return xml;
  const added = children.map((child) => inMainNamespace(prefix, child)).join('');
  const container = findElement(xml, localName);
  if (container) {
    const existing = countChildren(container.inner);
    let startTag = container.startTag.replace(/\s*\/>$/, '>');
    if (counted) startTag = withAttribute(startTag, 'count', String(existing + children.length));
    const text = `${startTag}${container.inner}${added}</${qualified(prefix, localName)}>`;
    return xml.slice(0, container.start) + text + xml.slice(container.start + container.text.length);
  }
  const at = Math.min(rootClose, ...before.map((name) => findElement(xml, name)?.start ?? Infinity));
  const count = counted ? ` count="${children.length}"` : '';
  const text = `<${qualified(prefix, localName)}${count}>${added}</${qualified(prefix, localName)}>`;
  return xml.slice(0, at) + text + xml.slice(at);
}

/** How many direct children an element's inner text holds. */
export function countChildren(inner: string): number {
  let depth = 0;
  let count = 0;
  for (const match of inner.matchAll(/<!--[\s\S]*?-->|<[?!][^>]*>|<\/[^>]*>|<(?:"[^"]*"|'[^']*'|[^'">])*>/g)) {
    const token = match[0];
    if (token.startsWith('<!') || token.startsWith('<?')) continue;
    if (token.startsWith('</')) {
      depth -= 1;
      continue;
    }
    if (depth === 0) count += 1;
    if (!token.endsWith('/>')) depth += 1;
  }
  return count;
}

/** Direct children of an element's inner text, each as its whole text. */
export function childElements(inner: string): string[] {
  const children: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of inner.matchAll(/<!--[\s\S]*?-->|<[?!][^>]*>|<\/[^>]*>|<(?:"[^"]*"|'[^']*'|[^'">])*>/g)) {
    const token = match[0];
    if (token.startsWith('<!') || token.startsWith('<?')) continue;
    if (token.startsWith('</')) {
      depth -= 1;
      if (depth === 0) children.push(inner.slice(start, match.index + token.length));
      continue;
    }
    if (depth === 0) start = match.index;
    if (token.endsWith('/>')) {
      if (depth === 0) children.push(token);
    } else depth += 1;
  }
  return children;
}
