import { describe, expect, it } from 'vitest';
import { CellStyleIndex } from '../../../src/hosts/file/package-reader/cell-style-index.js';

describe('CellStyleIndex', () => {
  it("finds a cell's own style among many rows, and nothing for a cell with no element", () => {
    const index = new CellStyleIndex();
    for (let row = 1; row <= 5_000; row++) for (const column of [0, 2, 7]) index.add(row, column, row * 10 + column);
    expect(index.styleOf(1, 0)).toBe(10);
    expect(index.styleOf(2_500, 7)).toBe(25_007);
    expect(index.styleOf(5_000, 2)).toBe(50_002);
    expect(index.styleOf(2_500, 1)).toBeUndefined();
    expect(index.styleOf(5_001, 0)).toBeUndefined();
  });

  it('still finds styles in a sheet whose rows are written out of order', () => {
    const index = new CellStyleIndex();
    index.add(5, 0, 50);
    index.add(2, 1, 21);
    index.add(9, 3, 93);
    expect([index.styleOf(2, 1), index.styleOf(5, 0), index.styleOf(9, 3), index.styleOf(2, 0)]).toStrictEqual([21, 50, 93, undefined]);
  });
});
