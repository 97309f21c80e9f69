import { cellAddress } from '../grid/a1.js';
import { cellAt } from '../grid/sheet-grid.js';
import type { Finding } from '../issues/issue-codes.js';
import type { BragCategory } from '../profile/brag.js';
import type { Profile } from '../profile/profile-schema.js';
import { spelling } from '../vocabulary/normalise.js';
import { statusVocabulary } from '../vocabulary/status-vocabulary.js';
import type { Rule } from './rule.js';

/**
 * Over every rated column: `status-missing`, `status-unknown` (nearest wording suggested) and
 * `status-nonstandard` when one category is spelt more than one way in the tracker.
 */
export const checkStatuses: Rule = ({ grid, layout, records, profile, headers }) => {
  const vocabulary = statusVocabulary(profile);
  const findings: Finding[] = [];
  const spellings = new Map<BragCategory, Map<string, number>>();
  const rated: { finding: Omit<Finding & { code: 'status-nonstandard' }, 'suggestion'>; written: string }[] = [];

  for (const record of records) {
    layout.ratedColumns.forEach((column, index) => {
      if (cellAt(grid, record.row, column).kind === 'error') return; // reported as cell-error
      const text = record.ratingTexts[index] ?? '';
      const header = headers.get(column) ?? 'status';
      const base = {
        sheet: layout.sheet,
        row: record.row,
        cell: cellAddress(column, record.row),
        ...(record.id !== undefined && { itemId: record.id }),
      };
      if (text === '') {
        findings.push({ ...base, code: 'status-missing', params: { header } });
        return;
      }
      const category = vocabulary.categoryOf(text);
      if (category === undefined) {
        const suggestion = vocabulary.nearestWording(text);
        findings.push({ ...base, code: 'status-unknown', params: { text, header }, ...(suggestion !== undefined && { suggestion }) });
        return;
      }
      const written = spelling(text);
      const counts = spellings.get(category) ?? new Map<string, number>();
      counts.set(written, (counts.get(written) ?? 0) + 1);
      spellings.set(category, counts);
      rated.push({ finding: { ...base, code: 'status-nonstandard', params: { text: written, category } }, written });
    });
  }

  const preferred = preferredSpellings(spellings, profile);
  for (const { finding, written } of rated) {
    const suggestion = preferred.get(finding.params.category);
    if (suggestion !== undefined && written !== suggestion) findings.push({ ...finding, suggestion });
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
