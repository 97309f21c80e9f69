import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * PRIVACY.md says Tracker Check sends nothing anywhere. No source file of the add-in or the command
 * line may use a network API; the browser test (tests/browser/pane.test.ts) checks the built pane
 * makes no request off its own origin while it is used.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

const NETWORK_APIS: readonly [string, RegExp][] = [
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
  ['a Node network module', /['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]/],
  ['a remote script or page', /\bsrc\s*=\s*["']https?:\/\/(?!appsforoffice\.microsoft\.com\/)/],
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|html)$/.test(entry.name) ? [path] : [];
  });
}

/** Code with comments blanked: a comment may name fetch. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/<!--[\s\S]*?-->/g, ' ').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Each use of a network API in the source given, named. */
function networkUses(source: string): string[] {
  const code = withoutComments(source);
  return NETWORK_APIS.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
}

describe('no network use in src/', () => {
  const files = sourceFiles(SRC);

  it('has the add-in, command line and engine sources to check', () => {
    for (const folder of ['engine', 'hosts', 'cli', 'taskpane', 'commands', 'dialog', 'help']) {
      expect(files.some((file) => relative(SRC, file).startsWith(`${folder}/`)), folder).toBe(true);
    }
  });

  it('finds each network API when one is used', () => {
    expect(networkUses("await fetch('https://example.com', { body })")).toEqual(['fetch']);
    expect(networkUses("import { request } from 'node:https';")).toEqual(['a Node network module']);
    expect(networkUses("import net from 'net';")).toEqual(['a Node network module']);
    expect(networkUses('navigator.sendBeacon(url, data); new WebSocket(url);')).toEqual(['WebSocket', 'navigator.sendBeacon']);
    expect(networkUses('<script src="https://cdn.example.com/x.js"></script>')).toEqual(['a remote script or page']);
    expect(networkUses('// no fetch( here\nconst x = 1;')).toEqual([]);
  });

  it('uses none in any source file', () => {
    const uses = files.flatMap((file) => networkUses(readFileSync(file, 'utf8')).map((name) => `${relative(ROOT, file)}: ${name}`));
    expect(uses).toEqual([]);
  });
});
