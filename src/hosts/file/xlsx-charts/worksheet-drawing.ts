/** Reads and writes the worksheet's <drawing r:id="…"/> element, which must sit where CT_Worksheet puts it. */

import { NS } from './ooxml-names.js';
import { worksheetChildrenFrom } from './worksheet-child-order.js';
import { prefixForNamespace, readRootLayout } from './xml-top-level.js';
import { escapeXml, readAttributes } from './xml-text.js';

// <drawing> goes before the first of the children that come after it.
const AFTER_DRAWING = worksheetChildrenFrom('drawing', false);

/** The relationship id of the sheet's existing <drawing>, if it has one. */
export function existingDrawingRelId(sheetXml: string): string | undefined {
  const layout = readRootLayout(sheetXml);
  const drawing = layout.children.find((child) => child.name === 'drawing');
  if (!drawing) return undefined;
  const startTag = /^<(?:"[^"]*"|'[^']*'|[^'">])*>/.exec(sheetXml.slice(drawing.start))?.[0] ?? '';
  for (const [name, value] of readAttributes(startTag)) if (/^[\w.-]+:id$/.test(name)) return value;
  return undefined;
}

/** The sheet XML with <drawing r:id="relId"/> inserted in its schema position. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  const layout = readRootLayout(sheetXml);
  const elementName = layout.prefix ? `${layout.prefix}:drawing` : 'drawing';
  const relPrefix = prefixForNamespace(layout.startTag, NS.relationships);
  const element = relPrefix
    ? `<${elementName} ${relPrefix}:id="${escapeXml(relId)}"/>`
    : `<${elementName} xmlns:r="${NS.relationships}" r:id="${escapeXml(relId)}"/>`;
  const before = layout.children.find((child) => AFTER_DRAWING.has(child.name));
  const at = before ? before.start : layout.closeStart;
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}
