/** Small XML text helpers: escaping, unescaping and reading a tag's attributes. Enough for OOXML parts, not a parser. */

// Characters XML 1.0 forbids outright (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/FFFF).
const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content or a double-quoted attribute value (the only quoting these parts use). */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_whole, entity: string) => {
    switch (entity) {
      case 'amp': return '&';
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      default:
        return String.fromCodePoint(
          entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
        );
    }
  });
}

/** Attributes of one start tag (the text from "<" to ">"), values unescaped, names as written (with prefixes). */
export function readAttributes(startTag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of startTag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = match[1];
    const value = match[2] ?? match[3];
    if (name !== undefined && value !== undefined) attributes.set(name, unescapeXml(value));
  }
  return attributes;
}

/** Every start (or empty) tag whose local name is `localName`, whatever its prefix. */
export function findStartTags(xml: string, localName: string): string[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])(?:"[^"]*"|'[^']*'|[^'">])*>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => m[0]);
}

/** A six-digit hex colour as DrawingML wants it, or an error naming the bad value. */
export function rgbHex(colour: string): string {
  const hex = colour.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`Chart colour "${colour}" is not RRGGBB hex.`);
  return hex;
}
