import { z } from 'zod';
import { isoDate } from '../dates/calendar.js';

const hexColour = z
  .string()
  .regex(/^#[0-9A-Fa-f]{6}$/, 'a colour is written #RRGGBB, e.g. #1D70B8');

const isoDay = z.string().refine((text) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) !== undefined;
}, 'a date is written YYYY-MM-DD, e.g. 2025-02-20');

const categorySchema = z.object({
  /** How the board pack names the category ("Completed"). */
  label: z.string().min(1),
  /** The one wording the tracker should use; when absent, the tracker's most common spelling is preferred. */
  canonical: z.string().min(1).optional(),
  /** Wordings officers write for this category; matched ignoring case, spaces, dashes, commas and &/and. */
  wordings: z.array(z.string().min(1)),
});

const swatchSchema = z.object({ fill: hexColour, font: hexColour });

const columnWordsSchema = z.object({
  item: z.array(z.string()),
  id: z.array(z.string()),
  lead: z.array(z.string()),
  progress: z.array(z.string()),
  status: z.array(z.string()),
  due: z.array(z.string()),
  area: z.array(z.string()),
});

/**
 * The words that tell a status from its update: a green or blue item whose update says it has
 * slipped, or a red one whose update says it is complete (`status-contradicts-progress`). Each is
 * a phrase of whole words, matched ignoring case and punctuation.
 */
const progressWordsSchema = z.object({
  /** The action has slipped, is delayed, paused, not started, or waits on something it needs. */
  slipped: z.array(z.string().min(1)),
  /** The action is complete. */
  completed: z.array(z.string().min(1)),
  /** A word up to three words before a phrase that cancels it ("no delays", "not yet fully implemented"). */
  negations: z.array(z.string().min(1)),
  /** A word up to three words after a slippage phrase that says it is over ("delays resolved"). */
  resolutions: z.array(z.string().min(1)),
  /** A phrase anywhere in the update that says any slip is over ("back on track"). */
  recovered: z.array(z.string().min(1)),
});

export const profileSchema = z.object({
  name: z.string(),
  categories: z.object({
    blue: categorySchema,
    green: categorySchema,
    amber: categorySchema,
    red: categorySchema,
  }),
  columns: columnWordsSchema,
  /** The day timescales in item text are counted from ("within the next six months"). */
  baselineDate: isoDay.optional(),
  /** Texts in a date cell that mean "no date yet". */
  datePlaceholders: z.array(z.string()),
  progressWords: progressWordsSchema,
  palette: z.object({
    blue: swatchSchema,
    green: swatchSchema,
    amber: swatchSchema,
    red: swatchSchema,
    unrated: swatchSchema,
  }),
});

export type Profile = z.infer<typeof profileSchema>;

/**
 * A profile file changes only what it names. Wordings and column words it lists are added to the
 * defaults, unless `replaceDefaults` is true, so an officer can add "Finished" without copying
 * the whole vocabulary.
 */
export const profileFileSchema = z
  .object({
    name: z.string().optional(),
    replaceDefaults: z.boolean().optional(),
    categories: z
      .object({
        blue: categorySchema.partial().strict().optional(),
        green: categorySchema.partial().strict().optional(),
        amber: categorySchema.partial().strict().optional(),
        red: categorySchema.partial().strict().optional(),
      })
      .strict()
      .optional(),
    columns: columnWordsSchema.partial().strict().optional(),
    baselineDate: isoDay.optional(),
    datePlaceholders: z.array(z.string()).optional(),
    progressWords: progressWordsSchema.partial().strict().optional(),
    palette: z
      .object({
        blue: swatchSchema.optional(),
        green: swatchSchema.optional(),
        amber: swatchSchema.optional(),
        red: swatchSchema.optional(),
        unrated: swatchSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type ProfileFile = z.infer<typeof profileFileSchema>;
