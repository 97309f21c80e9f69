/**
 * The most text, in characters summed over every cell, a workbook may expand to. Shared strings let
 * a small file put one long text in thousands of cells; the engine reads each cell's text on its
 * own (trimming, folding case, quoting it in issues), so what it handles is this sum, not the file's
 * size. 200 million characters is seven times the 100,000-row benchmark tracker (about 30 million),
 * and more than any real tracker holds, yet well inside a default Node heap (up to 400 MB as
 * UTF-16, with room for the engine's working copies) and under V8's longest string (about 536
 * million characters), so a report quoting the cells can still be made.
 */
export const TEXT_LIMIT = 200_000_000;

export class TextLimitExceeded extends Error {
  constructor() {
    super('text limit exceeded');
  }
}

/** Counts the characters read so far and stops the read past the limit. */
export class TextBudget {
  private used = 0;

  constructor(private readonly limit: number = TEXT_LIMIT) {}

  spend(characters: number): void {
    this.used += characters;
    if (this.used > this.limit) throw new TextLimitExceeded();
  }
}
