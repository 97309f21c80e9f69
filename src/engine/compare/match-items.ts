/** What matching needs of an item: its number and its text. */
export interface Matchable {
  id?: string;
  item: string;
  /** The text's key, where only the key was kept (a snapshot): used instead of the text. */
  key?: string;
}

export interface ItemMatch {
  now: number;
  earlier: number;
  matchedBy: 'id' | 'text';
}

/** Texts this alike (shared words over all words, 0 to 1) are the same item reworded. */
const SAME_ITEM = 0.6;
/** With the number agreeing too, a looser likeness is enough. */
const SAME_ITEM_SAME_ID = 0.3;

/**
 * Pairs the items of a tracker now with those of an earlier review, each at most once:
 * the same number and text; then the same text (renumbered, or numbered on one side only); then
 * the same number with the text reworded; then text alike enough. Two different items that
 * happen to take each other's number are not paired: their texts must still look alike.
 */
export function matchItems(now: readonly Matchable[], earlier: readonly Matchable[]): ItemMatch[] {
  const nowKeys = now.map((item) => item.key ?? textKey(item.item));
  const earlierKeys = earlier.map((item) => item.key ?? textKey(item.item));
  const nowWords = nowKeys.map(wordSet);
  const earlierWords = earlierKeys.map(wordSet);
  const takenNow = new Set<number>();
  const takenEarlier = new Set<number>();
  const matches: ItemMatch[] = [];
  const take = (n: number, e: number, matchedBy: ItemMatch['matchedBy']) => {
    takenNow.add(n);
    takenEarlier.add(e);
    matches.push({ now: n, earlier: e, matchedBy });
  };
  const sameId = (n: number, e: number) => {
    const a = now[n]?.id;
    return a !== undefined && a === earlier[e]?.id;
  };
  const earlierByText = new Map<string, number[]>();
  earlierKeys.forEach((key, e) => {
    if (key !== '') earlierByText.set(key, [...(earlierByText.get(key) ?? []), e]);
  });

  // The same number and the same text.
  now.forEach((_, n) => {
    const e = (earlierByText.get(nowKeys[n] ?? '') ?? []).find((i) => !takenEarlier.has(i) && sameId(n, i));
    if (e !== undefined) take(n, e, 'id');
  });
  // The same text, under another number or none.
  now.forEach((_, n) => {
    if (takenNow.has(n)) return;
    const e = (earlierByText.get(nowKeys[n] ?? '') ?? []).find((i) => !takenEarlier.has(i));
    if (e !== undefined) take(n, e, sameId(n, e) ? 'id' : 'text');
  });
  // The same number, the text reworded.
  now.forEach((_, n) => {
    if (takenNow.has(n)) return;
    const e = earlier.findIndex((_item, i) => !takenEarlier.has(i) && sameId(n, i));
    if (e >= 0 && likeness(nowWords[n], earlierWords[e]) >= SAME_ITEM_SAME_ID) take(n, e, 'id');
  });
  // Text alike enough, the closest pairs first.
  const candidates: { n: number; e: number; score: number }[] = [];
  now.forEach((_, n) => {
    if (takenNow.has(n)) return;
    earlier.forEach((_item, e) => {
      if (takenEarlier.has(e)) return;
      const score = likeness(nowWords[n], earlierWords[e]);
      if (score >= SAME_ITEM) candidates.push({ n, e, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.n - b.n);
  for (const { n, e } of candidates) if (!takenNow.has(n) && !takenEarlier.has(e)) take(n, e, 'text');

  return matches.sort((a, b) => a.now - b.now);
}

/** The item text without its leading number ("12. "), case, punctuation and spacing. */
export function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*(?:rec(?:ommendation)?\.?\s*|action\s*)?[a-z]{0,3}\d+(?:\.\d+)*[a-z]?\s*[.):-]?\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SHORT = 3;

function wordSet(key: string): Set<string> {
  return new Set(key.split(' ').filter((word) => word.length >= SHORT));
}

/** Shared words over the words of both (Dice), 0 when either has none. */
function likeness(a: Set<string> | undefined, b: Set<string> | undefined): number {
  if (!a || !b || a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
