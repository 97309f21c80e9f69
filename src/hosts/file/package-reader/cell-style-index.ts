/**
 * The style of every <c> element of a sheet, for the colours read after the engine says which
 * cells it needs: row, column and style in one growing Int32Array (12 bytes a cell, where an array
 * per row would cost a few hundred bytes a row more). Rows come in ascending order, as SpreadsheetML
 * requires, so a row is found by binary search; a sheet written out of order is searched through.
 */
export class CellStyleIndex {
  private data = new Int32Array(3 * 1024);
  private length = 0;
  private ordered = true;

  add(row: number, column: number, style: number): void {
    if (this.length > 0 && row < this.data[this.length - 3]!) this.ordered = false;
    if (this.length + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = row;
    this.data[this.length + 1] = column;
    this.data[this.length + 2] = style;
    this.length += 3;
  }

  /** The cell's own style, or undefined when the sheet has no <c> element for it. */
  styleOf(row: number, column: number): number | undefined {
    let start = 0;
    if (this.ordered) {
      // The first triple of the row, by binary search over triples.
      let low = 0;
      let high = this.length / 3;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (this.data[middle * 3]! < row) low = middle + 1;
        else high = middle;
      }
      start = low * 3;
    }
    for (let i = start; i < this.length; i += 3) {
      if (this.data[i] === row && this.data[i + 1] === column) return this.data[i + 2];
      if (this.ordered && this.data[i]! > row) break;
    }
    return undefined;
  }
}
