/** Finds the root element and its direct children in an XML part, by offset, so new children can be spliced in. */

export interface XmlChild {
  /** Local name, prefix stripped. */
  name: string;
  /** Offset of the child's "<". */
  start: number;
}

export interface XmlRootLayout {
  /** The root's prefix ("" for a default namespace), e.g. "x" for <x:worksheet>. */
  prefix: string;
  /** The root's start tag, attributes included. */
  startTag: string;
  /** Offset just past the root start tag. */
  contentStart: number;
  /** Offset of the root's closing tag "</…>". */
  closeStart: number;
  children: XmlChild[];
}

// One markup token: comment, CDATA, processing instruction / declaration, end tag, or start/empty tag (quotes respected).
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<\/[^>]*>|<(?:"[^"]*"|'[^']*'|[^'">])*>/g;

export function readRootLayout(xml: string): XmlRootLayout {
  let depth = 0;
  let root: Omit<XmlRootLayout, 'closeStart' | 'children'> | undefined;
  const children: XmlChild[] = [];
  for (const match of xml.matchAll(TOKEN)) {
    const token = match[0];
    const at = match.index;
    if (token.startsWith('<!') || token.startsWith('<?')) continue;
    if (token.startsWith('</')) {
      depth -= 1;
      if (depth === 0 && root) return { ...root, closeStart: at, children };
      continue;
    }
    const qualified = /^<([\w:.-]+)/.exec(token)?.[1] ?? '';
    const selfClosing = token.endsWith('/>');
    if (depth === 0) {
      if (selfClosing) break;
      const colon = qualified.indexOf(':');
      root = { prefix: colon < 0 ? '' : qualified.slice(0, colon), startTag: token, contentStart: at + token.length };
    } else if (depth === 1) {
      children.push({ name: qualified.slice(qualified.indexOf(':') + 1), start: at });
    }
    if (!selfClosing) depth += 1;
  }
  throw new Error('XML part has no well-formed root element.');
}

/** The prefix the root start tag binds to `namespaceUri` ("" for the default namespace), or undefined. */
export function prefixForNamespace(startTag: string, namespaceUri: string): string | undefined {
  for (const match of startTag.matchAll(/xmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if ((match[2] ?? match[3]) === namespaceUri) return match[1] ?? '';
  }
  return undefined;
}
