import type { MergedArea } from '../grid/sheet-grid.js';
import type { BragCategory } from '../profile/brag.js';
import { wordingKey } from '../vocabulary/normalise.js';

/** One line of a tracker's own key: what is written (or the colour shown) and the category it means. */
export interface KeyEntry {
  /** The mark, number, letter or word the key defines ("1", "A/G", "Blue"). */
  written: string;
  category: BragCategory;
  /** What the key says the mark means ("Achieved" for "1"), where it says it in words. */
  meaning?: string;
  /** The legend's fill or font colour beside the entry, as #RRGGBB, where it shows one. */
  colour?: string;
}

/** A tracker's own key: where it was found and what it reads. */
export interface StatusKey {
  /** The sheet the key was first found on: the tracker's own, else a key sheet. */
  sheet: string;
  /** Every area the key occupies, on whichever sheet, in sheet coordinates. */
  areas: { sheet: string; area: MergedArea }[];
  entries: KeyEntry[];
  /** Rows of the tracker's own sheet, inside its table, that are the key's and so never items. */
  rowsInTable: number[];
}

/** The key's verdicts, looked up by wording and by colour. */
export interface KeyLookup {
  categoryOf(text: string): BragCategory | undefined;
  categoryOfColour(hex: string | undefined): BragCategory | undefined;
}

export function keyLookup(key: StatusKey | undefined): KeyLookup | undefined {
  if (key === undefined || key.entries.length === 0) return undefined;
  const byWording = new Map<string, BragCategory>();
  const byColour = new Map<string, BragCategory>();
  for (const entry of key.entries) {
    const wording = wordingKey(entry.written);
    if (wording !== '' && !byWording.has(wording)) byWording.set(wording, entry.category);
    if (entry.colour !== undefined && !byColour.has(entry.colour)) byColour.set(entry.colour, entry.category);
  }
  return {
    categoryOf: (text) => byWording.get(wordingKey(text)),
    categoryOfColour: (hex) => (hex === undefined ? undefined : byColour.get(hex.toUpperCase())),
  };
}
