const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Numbers under ten in words, as council reports write them ("Two are…"); larger ones in figures. */
export function countInWords(count: number): string {
  return WORDS[count] ?? String(count);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The singular and plural of what a tracker lists, from its item header ("Recommendation"). */
export function itemNoun(header: string): { one: string; many: string } {
  const key = header.toLowerCase();
  if (key.includes('area for improvement') || key.includes('areas for improvement')) {
    return { one: 'area for improvement', many: 'areas for improvement' };
  }
  for (const noun of ['recommendation', 'action', 'requirement', 'finding', 'objective', 'task', 'milestone']) {
    if (key.includes(noun)) return { one: noun, many: `${noun}s` };
  }
  return { one: 'item', many: 'items' };
}
