/**
 * "As per Recommendation 5" borrows the leads of item 5. The reference may be cut short when a
 * slide is pasted ("As per Rec"): then it has no target.
 */
const REFERENCE = /^\s*(?:as per|same as|see)\b\.?\s*(.*)$/i;
const TARGET = /^(?:(?:rec[a-z]*|action|item|area)\.?\s*)?(?:no\.?\s*)?([A-Z]{0,2}\d{1,3}(?:\.\d{1,3})*)\.?\s*$/i;

export type LeadReference = { reference: string; target?: string };

export function leadReference(text: string): LeadReference | undefined {
  const match = REFERENCE.exec(text);
  if (!match) return undefined;
  const target = TARGET.exec(match[1] ?? '')?.[1]?.toUpperCase();
  const reference = text.trim();
  return target === undefined ? { reference } : { reference, target };
}
