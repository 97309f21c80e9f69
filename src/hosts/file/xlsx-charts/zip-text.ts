/** Reading and writing text parts of an open zip package. */

import type JSZip from 'jszip';

export async function readPart(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? file.async('string') : undefined;
}

export async function readRequiredPart(zip: JSZip, path: string): Promise<string> {
  const text = await readPart(zip, path);
  if (text === undefined) throw new Error(`Workbook package has no ${path}.`);
  return text;
}

/** The first `${prefix}${n}${suffix}` path (n = 1, 2, …) not in the package and not already claimed. */
export function freePartPath(zip: JSZip, prefix: string, suffix: string, claimed: ReadonlySet<string> = new Set()): string {
  for (let n = 1; ; n += 1) {
    const path = `${prefix}${n}${suffix}`;
    if (!zip.file(path) && !claimed.has(path)) return path;
  }
}
