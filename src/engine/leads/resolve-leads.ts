import type { TrackerRecord } from '../tracker/tracker-record.js';
import { leadNames, type LeadRegisterIndex } from './lead-names.js';
import { leadReference, type LeadReference } from './lead-reference.js';

export interface ResolvedLeads {
  /** Each record's leads, references followed ("As per Recommendation 5" → item 5's leads). */
  leads: string[][];
  /** Records whose lead is a reference that leads nowhere, by record index. */
  unresolved: Map<number, LeadReference>;
}

/** References may chain (11 → 5); a chain longer than this is a loop. */
const MAX_REFERENCE_DEPTH = 10;

export function resolveLeads(records: readonly TrackerRecord[], register: LeadRegisterIndex | undefined): ResolvedLeads {
  const indexById = new Map<string, number>();
  records.forEach((record, index) => {
    if (record.id !== undefined && !indexById.has(record.id)) indexById.set(record.id, index);
  });
  const leads: string[][] = [];
  const unresolved = new Map<number, LeadReference>();

  const leadsOf = (index: number, depth: number): string[] | undefined => {
    const text = records[index]?.lead ?? '';
    const reference = leadReference(text);
    if (!reference) return leadNames(text, register);
    if (reference.target === undefined || depth >= MAX_REFERENCE_DEPTH) return undefined;
    const target = indexById.get(reference.target);
    if (target === undefined || target === index) return undefined;
    const borrowed = leadsOf(target, depth + 1);
    return borrowed && borrowed.length > 0 ? borrowed : undefined;
  };

  records.forEach((record, index) => {
    const resolved = leadsOf(index, 0);
    if (resolved === undefined) {
      unresolved.set(index, leadReference(record.lead) ?? { reference: record.lead });
      leads.push([]);
    } else {
      leads.push(resolved);
    }
  });
  return { leads, unresolved };
}
