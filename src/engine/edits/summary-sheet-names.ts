/** Naming rules both hosts follow for the summary sheet. */

const MAX_SHEET_NAME = 31;

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
