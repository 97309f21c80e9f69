import { cellText } from '../grid/cell.js';
import { cellAddress } from '../grid/a1.js';
import { cellAt } from '../grid/sheet-grid.js';
import type { Finding } from '../issues/issue-codes.js';
import { nameKey } from '../leads/lead-names.js';
import { leadReference } from '../leads/lead-reference.js';
import { closestMatch } from '../text/closest-match.js';
import { remembering } from '../text/remember.js';
import type { TrackerContext } from '../tracker/tracker-context.js';
import type { TrackerRecord } from '../tracker/tracker-record.js';
import type { Rule } from './rule.js';

/**
 * `lead-missing`, `lead-reference-unresolved` and, when the workbook has a register of leads,
 * `lead-unknown` with the nearest registered name as the suggestion ("Ben Holms" → "Ben Holmes").
 */
export const checkLeads: Rule = (context) => {
  const { layout, records, leads, unresolvedLeads, register } = context;
  const column = layout.columns.lead;
  if (column === undefined) return [];
  const findings: Finding[] = [];
  // Each unknown name is measured against every registered name: the keys are worked out once,
  // and the nearest name once for each unknown name however often it is written.
  const keyOf = remembering(nameKey, 4096);
  const nearest = remembering((name: string) => (register ? closestMatch(name, register.names, keyOf) : undefined), 4096);
  // Built only for an item that gives a finding; most give none.
  const base = (record: TrackerRecord) => ({
    sheet: layout.sheet,
    row: record.row,
    cell: cellAddress(column, record.row),
    ...(record.id !== undefined && { itemId: record.id }),
  });
  records.forEach((record, index) => {
    if (record.lead === '') {
      findings.push({ ...base(record), code: 'lead-missing', params: {} });
      return;
    }
    const unresolved = unresolvedLeads.get(index);
    if (unresolved) {
      const suggestion = rejoinedReference(context, record.row, column, record.lead);
      findings.push({
        ...base(record),
        code: 'lead-reference-unresolved',
        params: unresolved,
        ...(suggestion !== undefined && { suggestion }),
      });
      return;
    }
    // Leads borrowed through a reference were checked on the item they came from.
    if (!register || leadReference(record.lead)) return;
    for (const name of leads[index] ?? []) {
      if (register.has(name)) continue;
      const suggestion = nearest(name);
      findings.push({ ...base(record), code: 'lead-unknown', params: { name }, ...(suggestion !== undefined && { suggestion }) });
    }
  });
  return findings;
};

/**
 * A reference cut short by a paste often finishes in the next cell ("As per Rec" | "commendation 12");
 * when the two together make a reference to an item, that is the likely lead.
 */
function rejoinedReference(context: TrackerContext, row: number, column: number, lead: string): string | undefined {
  const rest = cellText(cellAt(context.grid, row, column + 1));
  if (rest === '' || rest.length > 40) return undefined;
  const joined = `${lead}${rest}`;
  const target = leadReference(joined)?.target;
  if (target === undefined) return undefined;
  if (!context.records.some((record) => record.id === target)) return undefined;
  // The paste may double a letter at the cut ("Rec" | "commendation"): write the word out whole.
  return joined.replace(/\brec[a-z]*/i, 'Recommendation').replace(/\s+/g, ' ');
}
