/**
 * The white space the engine folds, as an Excel formula: spelling() makes every run of white space
 * (JavaScript's \s: tabs, line breaks from Alt+Enter, the no-break spaces of text pasted from Word
 * or the web, the other Unicode spaces) one space and trims the ends. The colouring rule must read
 * a cell the same way, or a status the pane counts as green shows grey in Excel.
 */

/** Every character \s matches besides the space itself, by code point. */
export const FOLDED_SPACES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/**
 * `cell` with each folded character made a space, then TRIM (which also makes inner runs of
 * spaces one, as spelling() does). UNICHAR, not CHAR: CHAR reads the system's code page, so
 * CHAR(160) is the no-break space on Windows but another character on a Mac; UNICHAR is the same
 * Unicode character in Excel on Windows, Mac and the web (and in LibreOffice).
 */
export function foldedTextFormula(cell: string): string {
  const spaced = FOLDED_SPACES.reduce((inner, code) => `SUBSTITUTE(${inner},UNICHAR(${code})," ")`, cell);
  return `TRIM(${spaced})`;
}
