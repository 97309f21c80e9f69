import type { BragCategory } from '../profile/brag.js';
import type { KeyEntry } from './status-key.js';

/**
 * The entries of a key written as prose: "Status key: Blue = complete; Green = on track; Amber =
 * some slippage. Amber/Green (A/G) is reported as Green". Each clause is "mark = meaning" (or
 * "mark – meaning", "mark: meaning", "mark means/is reported as meaning"); a mark with an alias
 * in brackets ("Amber/Green (A/G)") gives an entry for each.
 */
export function parseKeyProse(text: string, rate: (text: string) => BragCategory | undefined): KeyEntry[] {
  const body = text.replace(/^[^:=]*\bkey\b[^:=]*:\s*/i, '');
  const entries: KeyEntry[] = [];
  for (const clause of body.split(/\s*[;\n]\s*|\.\s+|\.$/)) {
    const match = CLAUSE.exec(clause.trim());
    if (!match?.[1] || !match[2]) continue;
    const [mark, meaning] = [match[1].trim(), match[2].trim()];
    if (mark.length > 40) continue;
    const category = rate(meaning) ?? rate(mark);
    if (!category) continue;
    for (const written of marksOf(mark)) entries.push({ written, category, meaning });
  }
  return entries;
}

const CLAUSE = /^(.+?)\s*(?:=|:|\s[–—-]\s|\bmeans\b|\bis\s+(?:reported|counted|shown)\s+as\b)\s*(.+)$/i;

function marksOf(mark: string): string[] {
  const alias = /^(.+?)\s*\((.+)\)$/.exec(mark);
  return alias?.[1] && alias[2] ? [alias[1].trim(), alias[2].trim()] : [mark];
}
