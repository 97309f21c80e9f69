/** A1 addressing: column letters and cell addresses as Excel shows them. Indexes are 0-based. */

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B5" for column 1, sheet row 5 (rows here are 1-based, as officers count them). */
export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Splits "B5" into column index 1 and row 5; undefined for anything else. */
export function parseCellAddress(address: string): { column: number; row: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match || match[1] === undefined || match[2] === undefined) return undefined;
  return { column: columnIndex(match[1]), row: Number(match[2]) };
}
