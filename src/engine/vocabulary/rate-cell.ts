import { cellText, type Cell } from '../grid/cell.js';
import type { CellColours } from '../grid/sheet-grid.js';
import type { KeyLookup } from '../key/status-key.js';
import type { BragCategory, Rating } from '../profile/brag.js';
import { categoryOfColour, categoryOfEmoji, COLOUR_STRENGTH, isSymbolOnly } from './colour-rating.js';
import { isNotApplicable } from './not-applicable.js';
import type { StatusVocabulary } from './status-vocabulary.js';

/**
 * What gave a cell its rating: the tracker's key, the words (profile and defaults), or colour
 * alone; 'not-applicable' for a wording that takes the item out of the count ("N/A", "Withdrawn").
 */
export type RatingSource = 'answer' | 'key' | 'words' | 'colour' | 'not-applicable' | 'none';

export interface CellRating {
  rating: Rating;
  source: RatingSource;
  /** When the words rate the cell: a clearly coloured fill that says another category. */
  conflictingFill?: BragCategory;
  /** Where the words were read by their parts and the parts disagree ("Amber – on track"): the other reading. */
  guessedOver?: BragCategory;
}

/** An officer's answer for a wording or colour: a category, or "none" (no rating, and no problem). */
export type AnsweredRating = BragCategory | 'none';

/** The officer's answers as a rating lookup (see reading/officer-reading.ts), consulted before the key and the vocabulary. */
export interface AnsweredLookup {
  categoryOf(text: string): AnsweredRating | undefined;
  categoryOfColour(hex: string | undefined): AnsweredRating | undefined;
}

const UNRATED: CellRating = Object.freeze({ rating: 'unrated', source: 'none' });
const NOT_APPLICABLE: CellRating = Object.freeze({ rating: 'unrated', source: 'not-applicable' });

/**
 * A rated cell's category, in the order the README gives: the tracker's key, then the words
 * (profile, then defaults, exact then by parts), then the cell's colour: an emoji's own colour, a
 * symbol's font colour, else the fill, a key's legend colour winning over the nearest hue.
 */
export function rateCell(
  cell: Cell,
  colours: CellColours | undefined,
  vocabulary: StatusVocabulary,
  key: KeyLookup | undefined,
  answers?: AnsweredLookup,
): CellRating {
  if (cell.kind === 'error') return UNRATED;
  const text = cellText(cell);
  // The officer's own answer for this wording (or, with no words, this colour) comes first.
  const answered = text !== '' ? answers?.categoryOf(text) : answers?.categoryOfColour(colours?.fill);
  // A colour answered is still a rating shown by colour alone (status-colour-only); words answered are words.
  if (answered !== undefined) return answered === 'none' ? NOT_APPLICABLE : { rating: answered, source: text === '' ? 'colour' : 'answer' };
  if (text !== '') {
    const fromKey = key?.categoryOf(text);
    if (fromKey === undefined && isNotApplicable(text)) return NOT_APPLICABLE;
    const category = fromKey ?? vocabulary.categoryOf(text);
    if (category !== undefined) {
      const fill = key?.categoryOfColour(colours?.fill) ?? categoryOfColour(colours?.fill, COLOUR_STRENGTH.contradicting);
      const other = fromKey ? undefined : vocabulary.disagreeingPart(text);
      const rating: CellRating = { rating: category, source: fromKey ? 'key' : 'words', ...(other !== undefined && { guessedOver: other }) };
      return fill !== undefined && fill !== category ? { ...rating, conflictingFill: fill } : rating;
    }
  }
  const byColour = categoryOfEmoji(text) ?? (isSymbolOnly(text) ? colourCategory(colours?.font, key) : undefined) ?? colourCategory(colours?.fill, key);
  return byColour === undefined ? UNRATED : { rating: byColour, source: 'colour' };
}

function colourCategory(hex: string | undefined, key: KeyLookup | undefined): BragCategory | undefined {
  return key?.categoryOfColour(hex) ?? categoryOfColour(hex);
}
