import { z } from 'zod';
import { isoDate } from '../dates/calendar.js';
import type { AnsweredLookup } from '../vocabulary/rate-cell.js';
import { COLUMN_ROLES } from '../profile/column-role.js';
import { wordingKey } from '../vocabulary/normalise.js';


const answeredRating = z.enum(['blue', 'green', 'amber', 'red', 'none']);
const isoDay = z.string().refine((text) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) !== undefined;
}, 'a date is written YYYY-MM-DD');

const sheetReadingSchema = z.object({
  headerRow: z.number().int().positive().optional(),
  columns: z.partialRecord(z.enum(COLUMN_ROLES), z.string().regex(/^[A-Za-z]{1,3}$/, 'a column is its letter, such as "G"')).optional(),
  wordings: z.record(z.string(), answeredRating).optional(),
  colours: z.record(z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour is written #RRGGBB'), answeredRating).optional(),
});

/**
 * The officer's reading of a workbook: what they answered to Tracker Check's questions, saved in
 * the workbook (and given to the command line as --answers). Every part is optional; a part that
 * no longer fits the sheet (a sheet renamed, a column gone) is set aside with a message.
 */
export const officerReadingSchema = z.object({
  asAt: isoDay.optional(),
  sheets: z.record(z.string(), sheetReadingSchema).default({}),
});

export type OfficerReading = z.infer<typeof officerReadingSchema>;
export type SheetReading = z.infer<typeof sheetReadingSchema>;

/** Parses an answers document; a message naming the first fault where it is not one. */
export function parseOfficerReading(json: unknown): { ok: true; reading: OfficerReading } | { ok: false; message: string } {
  const parsed = officerReadingSchema.safeParse(json);
  if (parsed.success) return { ok: true, reading: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `${issue?.path.join('.') || 'answers'}: ${issue?.message ?? 'not an answers document'}` };
}


export function answeredLookup(sheet: SheetReading | undefined): AnsweredLookup | undefined {
  if (sheet === undefined || (sheet.wordings === undefined && sheet.colours === undefined)) return undefined;
  const byWording = new Map(Object.entries(sheet.wordings ?? {}).map(([written, rating]) => [wordingKey(written), rating]));
  const byColour = new Map(Object.entries(sheet.colours ?? {}).map(([hex, rating]) => [hex.toUpperCase(), rating]));
  return {
    categoryOf: (text) => byWording.get(wordingKey(text)),
    categoryOfColour: (hex) => (hex === undefined ? undefined : byColour.get(hex.toUpperCase())),
  };
}
