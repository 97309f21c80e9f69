/** Naming rules both hosts follow for the summary sheet. */

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

export const SUMMARY_MARKER_PREFIX = 'TrackerCheck_Summary_';

/** A defined name is letters, digits and underscores: the source sheet's name is hashed into it. */
export function summaryMarkerName(sourceSheet: string): string {
  let hash = 2166136261;
  for (const ch of sourceSheet) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return `${SUMMARY_MARKER_PREFIX}${hash.toString(16).padStart(8, '0')}`;
}

export function summarySheetName(trackerSheet: string): string {
  const prefix = 'Summary – ';
  return `${prefix}${trackerSheet.replace(/[[\]:*?/\\]/g, ' ')}`.slice(0, MAX_SHEET_NAME);
}

/** "'Summary – Recommendations'!$A$1" → "Summary – Recommendations". */
export function sheetOfReference(reference: string): string | undefined {
  const bare = reference.replace(/^=/, '');
  const bang = bare.lastIndexOf('!');
  if (bang < 0) return undefined;
  const sheet = bare.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The plan's name, or "Name (2)" when another sheet (an officer's own, say) already has it. */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  // Excel refuses a sheet name that starts or ends with an apostrophe.
  const base = wanted.slice(0, MAX_SHEET_NAME).replace(/^'+|'+$/g, '') || 'Summary';
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).replace(/'+$/, '')}${suffix}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
