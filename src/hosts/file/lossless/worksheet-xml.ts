/**
 * Edits to a worksheet part that leave everything else in it as written: conditional formats added in
 * the schema's place, Tracker Check's own earlier ones taken out. Only the part after <sheetData> is
 * looked at, so a sheet of many rows costs a search, not a parse.
 */

import { worksheetChildrenFrom } from '../xlsx-charts/worksheet-child-order.js';
import { unescapeXml } from '../xlsx-charts/xml-text.js';
import { findElement, findElements, inMainNamespace, removeElements } from './xml-elements.js';

// New formats go before the first of these present (later conditional formats included).
const FROM_CONDITIONAL_FORMATTING = worksheetChildrenFrom('conditionalFormatting', true);

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<\/[^>]*>|<(?:"[^"]*"|'[^']*'|[^'">])*>/g;

/** Where the sheet's settings start: just past <sheetData>'s end (or the root's start tag). */
function tailStart(xml: string): { start: number; prefix: string } {
  const root = /<((?:[\w.-]+:)?)worksheet\b(?:"[^"]*"|'[^']*'|[^'">])*>/.exec(xml);
  if (!root) throw new Error('Worksheet part has no <worksheet> root.');
  // The last tag named sheetData (its end tag, or the empty element), not the word in some text.
  let named = xml.lastIndexOf('sheetData');
  while (named > root.index && !/<\/?(?:[\w.-]+:)?$/.test(xml.slice(Math.max(0, named - 40), named))) named = xml.lastIndexOf('sheetData', named - 1);
  const start = named <= root.index ? root.index + root[0].length : xml.indexOf('>', named) + 1;
  return { start, prefix: (root[1] ?? '').replace(/:$/, '') };
}

/** The top-level elements of a run of sibling elements, and where the parent's closing tag is. */
function siblings(text: string): { children: { name: string; start: number }[]; close: number } {
  const children: { name: string; start: number }[] = [];
  let depth = 0;
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (token.startsWith('<!') || token.startsWith('<?')) continue;
    if (token.startsWith('</')) {
      if (depth === 0) return { children, close: match.index };
      depth -= 1;
      continue;
    }
    if (depth === 0) {
      const qualified = /^<([\w:.-]+)/.exec(token)?.[1] ?? '';
      children.push({ name: qualified.slice(qualified.indexOf(':') + 1), start: match.index });
    }
    if (!token.endsWith('/>')) depth += 1;
  }
  throw new Error('Worksheet part has no closing tag.');
}

export interface ConditionalFormat {
  sqref: string;
  rules: { formula: string; dxfId: number; stopIfTrue: boolean }[];
}

/**
 * The sheet with `formats` added ahead of its own, their rules first in priority (1, 2, …), the
 * rules already there after them; and without the rules whose formula `isOurs` picks out (an
 * officer's rule saved by Excel in the same conditionalFormatting as ours stays).
 */
export function withConditionalFormats(xml: string, formats: readonly ConditionalFormat[], isOurs: (formula: string) => boolean): string {
  const tail = tailStart(xml);
  let after = withoutRules(xml.slice(tail.start), isOurs);
  const ruleCount = formats.reduce((n, f) => n + f.rules.length, 0);
  // The sheet's own rules keep their order, below ours: moved down only as far as they must be (not again on a second check).
  const RULE = /<(?:[\w.-]+:)?cfRule\b(?:"[^"]*"|'[^']*'|[^'">])*>/g;
  const PRIORITY = /(\spriority\s*=\s*")(\d+)"/;
  const priorities = [...after.matchAll(RULE)].map((m) => Number(PRIORITY.exec(m[0])?.[2] ?? NaN)).filter(Number.isFinite);
  const shift = Math.max(0, ruleCount - (Math.min(Infinity, ...priorities) - 1));
  if (shift > 0 && priorities.length > 0) {
    after = after.replace(RULE, (tag) => tag.replace(PRIORITY, (_whole, head: string, priority: string) => `${head}${Number(priority) + shift}"`));
  }
  if (ruleCount === 0) return xml.slice(0, tail.start) + after;
  const added = formatsXml(formats);
  const layout = siblings(after);
  const before = layout.children.find((child) => FROM_CONDITIONAL_FORMATTING.has(child.name));
  const at = before ? before.start : layout.close;
  return xml.slice(0, tail.start) + after.slice(0, at) + inMainNamespaceEach(tail.prefix, added) + after.slice(at);
}

/** `text` without the cfRules `isOurs` picks out by formula, and without a conditionalFormatting left with none. */
function withoutRules(text: string, isOurs: (formula: string) => boolean): string {
  let result = text;
  for (const cf of findElements(text, 'conditionalFormatting').reverse()) {
    const rules = findElements(cf.inner, 'cfRule');
    const ours = rules.filter((rule) => isOurs(unescapeXml(findElement(rule.inner, 'formula')?.inner ?? '')));
    if (ours.length === 0) continue;
    const end = cf.text.slice(cf.startTag.length + cf.inner.length);
    const kept = ours.length === rules.length ? '' : cf.startTag + removeElements(cf.inner, ours) + end;
    result = result.slice(0, cf.start) + kept + result.slice(cf.start + cf.text.length);
  }
  return result;
}

function inMainNamespaceEach(prefix: string, elements: readonly string[]): string {
  return elements.map((element) => inMainNamespace(prefix, element)).join('');
}

function formatsXml(formats: readonly ConditionalFormat[]): string[] {
  let priority = 1;
  return formats.map((format) => {
    const rules = format.rules.map((rule) => {
      const stop = rule.stopIfTrue ? ' stopIfTrue="1"' : '';
      return `<cfRule type="expression" dxfId="${rule.dxfId}" priority="${priority++}"${stop}><formula>${escapeText(rule.formula)}</formula></cfRule>`;
    });
    return `<conditionalFormatting sqref="${escapeText(format.sqref)}">${rules.join('')}</conditionalFormatting>`;
  });
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
