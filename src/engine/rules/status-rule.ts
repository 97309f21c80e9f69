import { cellAddress } from '../grid/a1.js';
import { cellOrMergedAbove } from '../grid/merges.js';
import type { Finding } from '../issues/issue-codes.js';
import type { StatusKey } from '../key/status-key.js';
import type { BragCategory } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { remembering } from '../text/remember.js';
import type { TrackerRecord } from '../tracker/tracker-record.js';
import { categoryOfEmoji, isSymbolOnly } from '../vocabulary/colour-rating.js';
import { spelling, wordingKey } from '../vocabulary/normalise.js';
import { statusVocabulary } from '../vocabulary/status-vocabulary.js';
import type { Rule } from './rule.js';

/** A tracker's statuses are a few wordings over and over. */
const REMEMBERED_STATUS_TEXTS = 1024;

/** The suggestion on an unknown status when no wording is near it. */
export const CHOOSE_A_RATING = 'choose a rating';

/** The word a colour-only rating is written as when neither the profile nor the tracker gives one. */
const COLOUR_WORDS: Record<BragCategory, string> = { blue: 'Blue', green: 'Green', amber: 'Amber', red: 'Red' };

/**
 * Over every rated column: `status-missing`, `status-unknown` (nearest wording suggested),
 * `status-colour-only` and `status-colour-conflict`, and `status-nonstandard` when one wording is
 * spelt more than one way in the tracker's words (a key's marks and colours are no spellings).
 */
export const checkStatuses: Rule = ({ grid, layout, records, profile, headers, cellRatings, key }) => {
  const vocabulary = statusVocabulary(profile);
  const findings: Finding[] = [];
  const spellings = new Map<BragCategory, Map<string, number>>();
  // Cells rated by their words, kept small: most are spelt as the tracker prefers and give no finding.
  const worded: { record: TrackerRecord; column: number; written: string; category: BragCategory }[] = [];
  const colourOnly: { record: TrackerRecord; column: number; category: BragCategory; text: string }[] = [];
  const spellingOf = remembering(spelling, REMEMBERED_STATUS_TEXTS);
  const base = (record: TrackerRecord, column: number) => ({
    sheet: layout.sheet,
    row: record.row,
    cell: cellAddress(column, record.row),
    ...(record.id !== undefined && { itemId: record.id }),
  });

  records.forEach((record, recordIndex) => {
    layout.ratedColumns.forEach((column, index) => {
      if (cellOrMergedAbove(grid, record.row, column).kind === 'error') return; // reported as cell-error
      const text = record.ratingTexts[index] ?? '';
      const rated = cellRatings[recordIndex]?.[index];
      const header = headers.get(column) ?? 'status';
      if (rated === undefined || rated.source === 'none') {
        if (text === '') {
          findings.push({ ...base(record, column), code: 'status-missing', params: { header } });
          return;
        }
        const nearest = vocabulary.nearestWording(text);
        findings.push({
          ...base(record, column),
          code: 'status-unknown',
          params: { text, header, ...(nearest !== undefined && { nearest }) },
          suggestion: nearest ?? CHOOSE_A_RATING,
        });
        return;
      }
      if (rated.source === 'not-applicable') {
        findings.push({ ...base(record, column), code: 'status-not-applicable', params: { text, header } });
        return;
      }
      if (rated.rating === 'unrated') return;
      if (rated.source === 'colour') {
        colourOnly.push({ record, column, category: rated.rating, text });
        return;
      }
      if (rated.conflictingFill !== undefined) {
        findings.push({ ...base(record, column), code: 'status-colour-conflict', params: { text, category: rated.rating, fill: rated.conflictingFill } });
      }
      if (rated.source !== 'words') return;
      const written = spellingOf(text);
      let counts = spellings.get(rated.rating);
      if (counts === undefined) spellings.set(rated.rating, (counts = new Map<string, number>()));
      counts.set(written, (counts.get(written) ?? 0) + 1);
      worded.push({ record, column, written, category: rated.rating });
    });
  });

  const preferred = preferredSpellings(spellings, profile);
  for (const { record, column, written, category } of worded) {
    const suggestion = preferred.get(category)?.get(wordingKey(written));
    if (suggestion !== undefined && written !== suggestion) {
      findings.push({ ...base(record, column), code: 'status-nonstandard', params: { text: written, category }, suggestion });
    }
  }
  for (const { record, column, category, text } of colourOnly) {
    const shownBy = categoryOfEmoji(text) ? 'emoji' : isSymbolOnly(text) ? 'font' : 'fill';
    findings.push({
      ...base(record, column),
      code: 'status-colour-only',
      params: { category, shownBy, ...(shownBy !== 'fill' && { text }) },
      suggestion: mostCommonWording(spellings, category, profile) ?? keyWord(key, category) ?? COLOUR_WORDS[category],
    });
  }
  return findings;
};

/**
 * For each category, each wording's preferred spelling, by the wording's key (case, spacing,
 * dashes, "&"/"and" and stops aside): only a spelling of the same wording is ever suggested, so a
 * fix never turns "Closed – superseded" into "Implemented" or "Amber/Red" into "Amber". A wording
 * written one way has no entry. The profile's canonical wording stands for its own spellings; else
 * the most common spelling (Map order keeps the first seen on a tie).
 */
function preferredSpellings(spellings: Map<BragCategory, Map<string, number>>, profile: Profile): Map<BragCategory, Map<string, string>> {
  const preferred = new Map<BragCategory, Map<string, string>>();
  for (const [category, seen] of spellings) {
    const byWording = new Map<string, Map<string, number>>();
    for (const [written, count] of seen) {
      const key = wordingKey(written);
      let variants = byWording.get(key);
      if (variants === undefined) byWording.set(key, (variants = new Map()));
      variants.set(written, count);
    }
    const canonical = profile.categories[category].canonical;
    const chosen = new Map<string, string>();
    for (const [key, variants] of byWording) {
      if (canonical !== undefined && wordingKey(canonical) === key) {
        chosen.set(key, canonical);
        continue;
      }
      if (variants.size < 2) continue;
      let best: [string, number] | undefined;
      for (const entry of variants) if (!best || entry[1] > best[1]) best = entry;
      if (best) chosen.set(key, best[0]);
    }
    preferred.set(category, chosen);
  }
  return preferred;
}

/** The word to write where only a colour rates a cell: the profile's canonical, else the tracker's most common wording. */
function mostCommonWording(spellings: Map<BragCategory, Map<string, number>>, category: BragCategory, profile: Profile): string | undefined {
  const canonical = profile.categories[category].canonical;
  if (canonical !== undefined) return canonical;
  let best: [string, number] | undefined;
  for (const entry of spellings.get(category) ?? []) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** The key's own word for a category ("Achieved" for 1, "Complete" beside a legend's blue), where it gives one. */
function keyWord(key: StatusKey | undefined, category: BragCategory): string | undefined {
  for (const entry of key?.entries ?? []) {
    if (entry.category !== category) continue;
    const word = entry.meaning ?? (/\p{L}{2}/u.test(entry.written) ? entry.written : undefined);
    if (word !== undefined) return word.charAt(0).toUpperCase() + word.slice(1);
  }
  return undefined;
}
