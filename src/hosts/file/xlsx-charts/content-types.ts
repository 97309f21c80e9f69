/** [Content_Types].xml: registering a part by name with an <Override>. */

import { escapeXml, findStartTags, readAttributes } from './xml-text.js';

export const CONTENT_TYPES_PATH = '[Content_Types].xml';

/** The content-types XML with an Override for `partPath` (zip path, no leading slash), unless one is already there. */
export function addOverride(contentTypesXml: string, partPath: string, contentType: string): string {
  const partName = `/${partPath}`;
  const existing = findStartTags(contentTypesXml, 'Override').some(
    (tag) => readAttributes(tag).get('PartName')?.toLowerCase() === partName.toLowerCase(),
  );
  if (existing) return contentTypesXml;
  const close = /<\/(?:[\w.-]+:)?Types>\s*$/.exec(contentTypesXml);
  if (!close) throw new Error('[Content_Types].xml has no closing </Types>.');
  const element = `<Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`;
  return contentTypesXml.slice(0, close.index) + element + contentTypesXml.slice(close.index);
}
