/** Moving parts between packages and taking a part out with the parts only it uses, relationships and content types kept right. */

import type JSZip from 'jszip';
import { addOverride } from '../xlsx-charts/content-types.js';
import { readRelationships, relativeTarget, relsPathFor, resolveTarget } from '../xlsx-charts/package-relationships.js';
import { escapeXml, findStartTags, readAttributes } from '../xlsx-charts/xml-text.js';
import { freePartPath, readPart } from '../xlsx-charts/zip-text.js';
import { NS } from '../xlsx-charts/ooxml-names.js';
import { findElements, removeElements } from './xml-elements.js';

/** Writes a part without the folder entries JSZip would otherwise add (a package lists parts, not folders). */
export function writePart(zip: JSZip, path: string, data: string | Uint8Array): void {
  zip.file(path, data, { createFolders: false });
}

/** The content type [Content_Types].xml gives a part: its Override, else the Default for its extension. */
export function contentTypeOf(contentTypesXml: string, partPath: string): string | undefined {
  const partName = `/${partPath}`.toLowerCase();
  for (const tag of findStartTags(contentTypesXml, 'Override')) {
    const attributes = readAttributes(tag);
    if (attributes.get('PartName')?.toLowerCase() === partName) return attributes.get('ContentType');
  }
  const extension = partPath.slice(partPath.lastIndexOf('.') + 1).toLowerCase();
  for (const tag of findStartTags(contentTypesXml, 'Default')) {
    const attributes = readAttributes(tag);
    if (attributes.get('Extension')?.toLowerCase() === extension) return attributes.get('ContentType');
  }
  return undefined;
}

export function removeOverride(contentTypesXml: string, partPath: string): string {
  const partName = `/${partPath}`.toLowerCase();
  const doomed = findElements(contentTypesXml, 'Override').filter(
    (element) => readAttributes(element.startTag).get('PartName')?.toLowerCase() === partName,
  );
  return removeElements(contentTypesXml, doomed);
}

/** Every part a relationship of some part other than those in `excluded` points at. */
async function targetsOutside(zip: JSZip, excluded: ReadonlySet<string>): Promise<Set<string>> {
  const targets = new Set<string>();
  for (const relsPath of Object.keys(zip.files).filter((path) => path.endsWith('.rels'))) {
    const source = relsPath.replace(/(^|\/)_rels\/([^/]+)\.rels$/, '$1$2');
    if (excluded.has(source)) continue;
    const xml = await readPart(zip, relsPath);
    for (const rel of readRelationships(xml ?? '')) if (!rel.external) targets.add(resolveTarget(source, rel.target));
  }
  return targets;
}

/**
 * Takes the part out of the package with every part reached from it that nothing else points at
 * (a sheet's drawing, its charts, its tables), their rels and content-type entries.
 * Returns the content types as they are then.
 */
export async function removePartTree(zip: JSZip, path: string, contentTypesXml: string): Promise<string> {
  const owned = new Set<string>([path]);
  const queue = [path];
  while (queue.length > 0) {
    const part = queue.pop() as string;
    const rels = await readPart(zip, relsPathFor(part));
    for (const rel of readRelationships(rels ?? '')) {
      if (rel.external) continue;
      const target = resolveTarget(part, rel.target);
      if (!owned.has(target) && zip.file(target)) {
        owned.add(target);
        queue.push(target);
      }
    }
  }
  // A part something else also uses stays, and so does what it uses.
  for (;;) {
    const shared = [...(await targetsOutside(zip, owned))].filter((target) => owned.has(target) && target !== path);
    if (shared.length === 0) break;
    for (const part of shared) owned.delete(part);
  }
  let contentTypes = contentTypesXml;
  for (const part of owned) {
    zip.remove(part);
    zip.remove(relsPathFor(part));
    contentTypes = removeOverride(contentTypes, part);
  }
  return contentTypes;
}

export interface Transplant {
  source: JSZip;
  sourceContentTypes: string;
  target: JSZip;
  /** The target's [Content_Types].xml, updated as parts are added. */
  contentTypes: string;
  /** Paths given out so far (the zip does not have them until written). */
  claimed: Set<string>;
  /** A part's new text, by content type, from its old text (style and string indexes, table ids). */
  rewrite: (contentType: string, xml: string) => string;
}

/** "xl/tables/table3.xml" → ["xl/tables/table", ".xml"]: where the free name for a copied part is looked for. */
function namePattern(path: string): [string, string] {
  const match = /^(.*?)\d*(\.[^./]+)$/.exec(path);
  return match ? [match[1] ?? path, match[2] ?? ''] : [path, ''];
}

/** Copies `sourcePath` and everything it relates to from the source package to `targetPath` in the target, fresh names for the rest. */
export async function transplantPart(job: Transplant, sourcePath: string, targetPath: string): Promise<void> {
  job.claimed.add(targetPath);
  const contentType = contentTypeOf(job.sourceContentTypes, sourcePath) ?? 'application/xml';
  const bytes = await job.source.file(sourcePath)?.async('uint8array');
  if (!bytes) throw new Error(`The scratch workbook has no ${sourcePath}.`);
  const isXml = /xml$/i.test(contentType) || contentType.endsWith('+xml');
  writePart(job.target, targetPath, isXml ? job.rewrite(contentType, new TextDecoder().decode(bytes)) : bytes);
  job.contentTypes = addOverride(job.contentTypes, targetPath, contentType);

  const rels = await readPart(job.source, relsPathFor(sourcePath));
  if (rels === undefined) return;
  const written: string[] = [];
  for (const rel of readRelationships(rels)) {
    let target = rel.target;
    if (!rel.external) {
      const child = resolveTarget(sourcePath, rel.target);
      const [prefix, suffix] = namePattern(child);
      const childTarget = freePartPath(job.target, prefix, suffix, job.claimed);
      await transplantPart(job, child, childTarget);
      target = relativeTarget(targetPath, childTarget);
    }
    const mode = rel.external ? ' TargetMode="External"' : '';
    written.push(`<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(target)}"${mode}/>`);
  }
  writePart(
    job.target,
    relsPathFor(targetPath),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRelationships}">${written.join('')}</Relationships>`,
  );
}
