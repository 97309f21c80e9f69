import { describe, expect, it } from 'vitest';
import { colourKey, type WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';
import { inspect } from '../support/fake-excel/index.js';
import { fakeFromGrid } from '../support/fake-from-grid.js';

describe('fakeFromGrid', () => {
  it('puts a grid into the in-memory Excel where it was, with its colours, merged areas and visibility', () => {
    const grid: WorkbookGrid = {
      name: 'tracker.xlsx',
      sheets: [
        {
          name: 'Actions',
          top: 2,
          left: 1,
          cells: [
            [{ kind: 'text', value: 'Area' }, { kind: 'text', value: 'Status' }],
            [{ kind: 'text', value: 'Early help' }, { kind: 'text', value: 'Red' }],
            [{ kind: 'empty' }, { kind: 'text', value: 'Green' }],
          ],
          colours: new Map([[colourKey(4, 2), { fill: '#D4351C', font: '#FFFFFF' }], [colourKey(5, 2), { fill: '#00703C' }]]),
          merges: [{ top: 4, left: 1, bottom: 5, right: 1 }],
        },
        { name: 'Lists', top: 0, left: 0, cells: [[{ kind: 'text', value: 'Red' }]], visibility: 'veryHidden' },
      ],
    };
    const look = inspect(fakeFromGrid(grid));
    expect(look.values('Actions!B3:C5')).toEqual([['Area', 'Status'], ['Early help', 'Red'], ['', 'Green']]);
    expect([look.fill('Actions!C4'), look.font('Actions!C4').color, look.fill('Actions!C5'), look.fill('Actions!C3')]).toEqual(['#D4351C', '#FFFFFF', '#00703C', null]);
    expect(look.merges('Actions')).toEqual(['B4:B5']);
    expect(look.sheet('Lists').visibility).toBe('VeryHidden');
  });
});
