import { cellAddress } from '../grid/a1.js';
import { cellAt } from '../grid/sheet-grid.js';
import type { Finding } from '../issues/issue-codes.js';
import type { BragCategory } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { remembering } from '../text/remember.js';
import type { TrackerRecord } from '../tracker/tracker-record.js';
import { spelling } from '../vocabulary/normalise.js';
import { statusVocabulary } from '../vocabulary/status-vocabulary.js';
import type { Rule } from './rule.js';

/** A tracker's statuses are a few wordings over and over. */
const REMEMBERED_STATUS_TEXTS = 1024;

/**
 * Over every rated column: `status-missing`, `status-unknown` (nearest wording suggested) and
 * `status-nonstandard` when one category is spelt more than one way in the tracker.
 */
export const checkStatuses: Rule = ({ grid, layout, records, profile, headers }) => {
  const vocabulary = statusVocabulary(profile);
  const findings: Finding[] = [];
  const spellings = new Map<BragCategory, Map<string, number>>();
  // Every rated cell, kept small: most are spelt as the tracker prefers and give no finding.
  const rated: { record: TrackerRecord; column: number; written: string; category: BragCategory }[] = [];
  const spellingOf = remembering(spelling, REMEMBERED_STATUS_TEXTS);
  const base = (record: TrackerRecord, column: number) => ({
    sheet: layout.sheet,
    row: record.row,
    cell: cellAddress(column, record.row),
    ...(record.id !== undefined && { itemId: record.id }),
  });

  for (const record of records) {
    layout.ratedColumns.forEach((column, index) => {
      if (cellAt(grid, record.row, column).kind === 'error') return; // reported as cell-error
      const text = record.ratingTexts[index] ?? '';
      if (text === '') {
        findings.push({ ...base(record, column), code: 'status-missing', params: { header: headers.get(column) ?? 'status' } });
        return;
      }
      const category = vocabulary.categoryOf(text);
      if (category === undefined) {
        const suggestion = vocabulary.nearestWording(text);
        const header = headers.get(column) ?? 'status';
        findings.push({ ...base(record, column), code: 'status-unknown', params: { text, header }, ...(suggestion !== undefined && { suggestion }) });
        return;
      }
      const written = spellingOf(text);
      let counts = spellings.get(category);
      if (counts === undefined) spellings.set(category, (counts = new Map<string, number>()));
      counts.set(written, (counts.get(written) ?? 0) + 1);
      rated.push({ record, column, written, category });
    });
  }

  const preferred = preferredSpellings(spellings, profile);
  for (const { record, column, written, category } of rated) {
    const suggestion = preferred.get(category);
    if (suggestion !== undefined && written !== suggestion) {
      findings.push({ ...base(record, column), code: 'status-nonstandard', params: { text: written, category }, suggestion });
    }
  }
  return findings;
};

/**
 * For each category spelt more than one way: the profile's canonical wording, else the most
 * common spelling (Map order keeps the first seen on a tie).
 */
function preferredSpellings(spellings: Map<BragCategory, Map<string, number>>, profile: Profile): Map<BragCategory, string> {
  const preferred = new Map<BragCategory, string>();
  for (const [category, counts] of spellings) {
    if (counts.size < 2) continue;
    const canonical = profile.categories[category].canonical;
    if (canonical !== undefined) {
      preferred.set(category, canonical);
      continue;
    }
    let best: [string, number] | undefined;
    for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
    if (best) preferred.set(category, best[0]);
  }
  return preferred;
}
