/**
 * The number that leads an item's text: "12. Within the next six months…" → "12",
 * "A2) Identification…" → "A2", "3.1 Review…" → "3.1". A bare year or figure ("2025 budget")
 * is not a number, so a number must end in "." ")" or ":" or have an inner dot.
 */
const LEADING_NUMBER = /^\s*(?:(?:rec(?:ommendation)?|action|area)\.?\s*)?([A-Z]{0,2}\d{1,3}(?:\.\d{1,3})*)(?:[.):]\s*|\s+[-–]\s+|(?<=\.\d{1,3})\s+)/i;

export function leadingItemNumber(text: string): string | undefined {
  const match = LEADING_NUMBER.exec(text);
  return match?.[1]?.toUpperCase();
}

/** An id as written in an id column: "12." and "12" are the same item. */
export function normaliseId(text: string): string {
  return text.trim().replace(/[.):]+$/, '').toUpperCase();
}
