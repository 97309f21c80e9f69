import type { TrackerAnalysis } from '../analyse/analyse-tracker.js';
import { cellAddress } from '../grid/a1.js';
import { lastRow } from '../grid/sheet-grid.js';
import { BRAG_CATEGORIES, type BragCategory } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { spelling } from '../vocabulary/normalise.js';
import { statusVocabulary } from '../vocabulary/status-vocabulary.js';

export interface ColourRule {
  /** undefined for the catch-all that marks an item's unrated status. */
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

/** Rows below the last item that are coloured too, so appended items colour without a click. */
export const GROWTH_ROWS = 500;

/**
 * One formula rule per BRAG category over each rated column, listing every wording that means the
 * category (the profile's and the tracker's own spellings): a rule count that does not grow with
 * the rows. Excel compares text without regard to case.
 */
export function statusColouringPlan(tracker: TrackerAnalysis, profile: Profile): StatusColouring[] {
  const { layout, grid, records } = tracker.context;
  if (records.length === 0) return [];
  const vocabulary = statusVocabulary(profile);
  const firstItemRow = layout.headerRow + 1;
  const bottom = lastRow(grid) + GROWTH_ROWS;
  // A row with a lead is an item (a continuation row has none).
  const itemColumn = layout.columns.lead ?? layout.columns.item;

  return layout.ratedColumns.map((column, index) => {
    const relative = fixColumn(cellAddress(column, firstItemRow)); // $D5: column fixed, row relative
    const wordings = new Map<BragCategory, Set<string>>(BRAG_CATEGORIES.map((c) => [c, new Set<string>()]));
    for (const category of BRAG_CATEGORIES) {
      const { wordings: list, canonical, label } = profile.categories[category];
      for (const w of [...list, label, ...(canonical ? [canonical] : [])]) wordings.get(category)?.add(spelling(w));
    }
    for (const record of records) {
      const text = record.ratingTexts[index] ?? '';
      const category = text === '' ? undefined : vocabulary.categoryOf(text);
      if (category) wordings.get(category)?.add(spelling(text));
    }
    const rules: ColourRule[] = BRAG_CATEGORIES.map((category) => ({
      category,
      formula: `=OR(${[...(wordings.get(category) ?? [])].map((w) => `TRIM(${relative})=${excelString(w)}`).join(',')})`,
      fill: profile.palette[category].fill,
      font: profile.palette[category].font,
    }));
    // Rows that hold an item but no recognised status are marked, so colour is never missing silently.
    const anchor = itemColumn === undefined ? relative : fixColumn(cellAddress(itemColumn, firstItemRow));
    rules.push({
      category: undefined,
      formula: `=LEN(TRIM(${anchor}))>0`,
      fill: profile.palette.unrated.fill,
      font: profile.palette.unrated.font,
    });
    return { sheet: layout.sheet, address: `${cellAddress(column, firstItemRow)}:${cellAddress(column, bottom)}`, rules };
  });
}

function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function fixColumn(address: string): string {
  return address.replace(/^([A-Z]+)/, '$$$1');
}
