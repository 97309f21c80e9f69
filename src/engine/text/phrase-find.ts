/** A word of a text and where it stands, so a match can be quoted as written. */
export interface Word {
  word: string;
  start: number;
  end: number;
}

/** The words of a text, lower case, curly apostrophes made straight ("hasn’t" is "hasn't"). */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    words.push({ word: match[0].toLowerCase().replace(/’/g, "'"), start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** A phrase of whole words, as a word list. */
export function phraseWords(phrase: string): string[] {
  return wordsOf(phrase).map((w) => w.word);
}
