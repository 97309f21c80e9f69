/**
 * Row heights for wrapped text, estimated without a font engine: exceljs cannot measure text, and
 * Excel does not refit a row's height when it opens a file, so a row left at the default height
 * would show one line of a long progress note.
 */

/** Points per line of 11-point Calibri, as Excel spaces them. */
const LINE_POINTS = 15;

/** Characters of ordinary text that fit a column `width` units wide (a unit is the width of "0"). */
function capacity(width: number, fontSize: number): number {
  return Math.max(1, Math.floor((width * 1.1 * 11) / fontSize) - 1);
}

/** Lines the text takes when wrapped at word breaks in a column `width` units wide. */
export function wrappedLines(text: string, width: number, fontSize = 11): number {
  const perLine = capacity(width, fontSize);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let length = word.length;
      if (used > 0 && used + 1 + length <= perLine) {
        used += 1 + length;
        continue;
      }
      if (used > 0) count += 1;
      // A word longer than the line breaks across lines.
      while (length > perLine) {
        count += 1;
        length -= perLine;
      }
      used = length;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** A row height in points for the given number of lines at a font size. */
export function rowHeightFor(lines: number, fontSize = 11): number {
  return Math.ceil(lines * LINE_POINTS * (fontSize / 11) + (lines > 1 ? 3 : 0));
}
