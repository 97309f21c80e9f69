import { visible } from './visible-text.js';

/** A batch shows where it is once it has run this long. */
export const PROGRESS_AFTER_MS = 1000;

/** Progress goes to a person watching: a batch, on a terminal, that has taken more than a second. */
export function showsProgress(situation: { files: number; terminal: boolean; elapsedMs: number }): boolean {
  return situation.files > 1 && situation.terminal && situation.elapsedMs > PROGRESS_AFTER_MS;
}

/**
 * One stderr line rewritten in place ("checking 3 of 20: name"); cleared before anything else is
 * written to stderr and at the end, so a terminal is left with the report and the plain lines only.
 */
export class ProgressLine {
  private shown = false;
  private readonly started: number;

  constructor(
    private readonly files: number,
    private readonly terminal: boolean,
    private readonly clock: () => number,
    private readonly write: (text: string) => void,
  ) {
    this.started = clock();
  }

  /** Before the file at `index` (from 0) is checked. */
  next(index: number, name: string): void {
    if (!showsProgress({ files: this.files, terminal: this.terminal, elapsedMs: this.clock() - this.started })) return;
    this.write(`\r\x1b[Kchecking ${index + 1} of ${this.files}: ${visible(name)}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.write('\r\x1b[K');
    this.shown = false;
  }
}
