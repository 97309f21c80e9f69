import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import { cellAddress } from '../grid/a1.js';
import { lastRow } from '../grid/sheet-grid.js';
import { keyLookup } from '../key/status-key.js';
import { BRAG_CATEGORIES, type BragCategory } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { spelling } from '../vocabulary/normalise.js';
import { statusVocabulary } from '../vocabulary/status-vocabulary.js';
import { foldedTextFormula } from './folded-text-formula.js';
import { COLOUR_LISTS_SHEET } from '../grid/own-sheets.js';
import { listName } from './ownership.js';

export interface ColourRule {
  /** undefined for the catch-all that marks an unrated status. */
  category: BragCategory | undefined;
  /** An Excel formula relative to the range's top-left cell; true where the rule applies. */
  formula: string;
  fill: string;
  font: string;
}

/** Conditional formats for one rated column: Excel keeps them true as officers type new statuses. */
export interface StatusColouring {
  sheet: string;
  /** The column's cells from the first item down, with room for items added later. */
  address: string;
  /** Highest priority first: the four categories, then the unrated catch-all. */
  rules: ColourRule[];
}

/** A list of wordings the host keeps in the workbook, on the lists sheet, under a workbook name. */
export interface WordingList {
  /** The workbook-level name the rules look the cell up in. */
  name: string;
  /** Written as text, one a row, from row 2 (row 1 holds the name). */
  values: string[];
}

/**
 * The status colouring for a workbook: the wording lists the rules look up, and the rules. The
 * lists live on a very hidden sheet the host rewrites whole, so a formula stays one short lookup
 * however many wordings the profile and the key bring (Excel allows 8,192 characters a formula).
 */
export interface ColouringPlan {
  listSheet: string;
  lists: WordingList[];
  colourings: StatusColouring[];
}


/** Rows below the last item that are coloured too, so appended items colour without a click. */
export const GROWTH_ROWS = 500;

/**
 * One rule per BRAG category over each rated column, true where the cell's text (its white space
 * folded as the engine folds it: foldedTextFormula) is in the
 * category's list: the profile's wordings, the key's and every spelling the tracker uses, each
 * listed under the category the engine gives it. Excel compares text without regard to case.
 * The catch-all greys a text in no list; it greys an empty cell of an item's row only in a column
 * where no rating is shown by colour alone, so an officer's own fill is never painted over.
 */
export function statusColouringPlan(trackers: readonly TrackerAnalysis[], profile: Profile): ColouringPlan {
  const lists: WordingList[] = [];
  const colourings: StatusColouring[] = [];
  trackers.forEach((tracker, trackerIndex) => {
    const { layout, grid, records, key, cellRatings, answers } = tracker.context;
    if (records.length === 0) return;
    const vocabulary = statusVocabulary(profile);
    const lookup = keyLookup(key);
    const rate = (text: string) => {
      const answered = answers?.categoryOf(text);
      return answered === 'none' ? undefined : answered ?? lookup?.categoryOf(text) ?? vocabulary.categoryOf(text);
    };
    const firstItemRow = layout.headerRow + 1;
    const bottom = lastRow(grid) + GROWTH_ROWS;
    // A row with a lead is an item (a continuation row has none).
    const itemColumn = layout.columns.lead ?? layout.columns.item;

    layout.ratedColumns.forEach((column, index) => {
      const byCategory = new Map<BragCategory, Set<string>>(BRAG_CATEGORIES.map((c) => [c, new Set<string>()]));
      const byColour = new Set<string>();
      const candidates = [
        ...BRAG_CATEGORIES.flatMap((c) => vocabulary.wordings(c)),
        ...(key?.entries.map((e) => e.written) ?? []),
        ...records.map((r) => r.ratingTexts[index] ?? ''),
      ];
      for (const candidate of candidates) {
        const written = spelling(candidate);
        const category = written === '' ? undefined : rate(written);
        if (category) byCategory.get(category)?.add(written);
      }
      records.forEach((record, r) => {
        const text = spelling(record.ratingTexts[index] ?? '');
        if (text !== '' && cellRatings[r]?.[index]?.source === 'colour') byColour.add(text);
      });
      const list = (kind: Parameters<typeof listName>[2]) => listName(trackerIndex + 1, index + 1, kind);
      const known = new Set([...BRAG_CATEGORIES.flatMap((c) => [...(byCategory.get(c) ?? [])]), ...byColour]);
      for (const category of BRAG_CATEGORIES) lists.push({ name: list(category), values: [...(byCategory.get(category) ?? [])] });
      lists.push({ name: list('known'), values: [...known] });

      const cell = fixColumn(cellAddress(column, firstItemRow)); // $D5: column fixed, row relative
      const text = foldedTextFormula(cell);
      const inList = (name: string) => `SUMPRODUCT(--(${name}=${text}))>0`;
      const rules: ColourRule[] = BRAG_CATEGORIES.map((category) => ({
        category,
        formula: `=AND(LEN(${text})>0,${inList(list(category))})`,
        fill: profile.palette[category].fill,
        font: profile.palette[category].font,
      }));
      const unknownText = `AND(LEN(${text})>0,NOT(${inList(list('known'))}))`;
      const colourOnly = cellRatings.some((row) => row[index]?.source === 'colour');
      const anchor = itemColumn === undefined ? undefined : fixColumn(cellAddress(itemColumn, firstItemRow));
      // Rows that hold an item but no recognised status are marked, so colour is never missing silently.
      const emptyOfItem = anchor === undefined || colourOnly ? undefined : `AND(LEN(${text})=0,LEN(TRIM(${anchor}))>0)`;
      rules.push({
        category: undefined,
        formula: emptyOfItem === undefined ? `=${unknownText}` : `=OR(${unknownText},${emptyOfItem})`,
        fill: profile.palette.unrated.fill,
        font: profile.palette.unrated.font,
      });
      colourings.push({ sheet: layout.sheet, address: `${cellAddress(column, firstItemRow)}:${cellAddress(column, bottom)}`, rules });
    });
  });
  return { listSheet: COLOUR_LISTS_SHEET, lists, colourings };
}

function fixColumn(address: string): string {
  return address.replace(/^([A-Z]+)/, '$$$1');
}
