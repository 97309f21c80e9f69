import { describe, expect, it } from 'vitest';
import { readChosenLayouts, withChosenLayout } from '../../src/engine/tracker/layout-schema.js';
import type { TrackerLayout } from '../../src/engine/tracker/tracker-layout.js';

const layout = (sheet: string, headerRow: number): TrackerLayout => ({
  sheet,
  headerRow,
  columns: { item: 0, lead: 1 },
  ratedColumns: [3],
  source: 'chosen',
});

describe('saved column choices', () => {
  it('replaces one sheet’s choice and keeps the others, and reads back what it wrote', () => {
    const saved = withChosenLayout([layout('Plan', 2), layout('Actions', 4)], 'Actions', layout('Actions', 5));
    const read = readChosenLayouts(saved);
    expect(read).toEqual({ ok: true, layouts: [layout('Plan', 2), layout('Actions', 5)] });
  });

  it('forgets a sheet’s choice', () => {
    expect(readChosenLayouts(withChosenLayout([layout('Plan', 2)], 'Plan', undefined))).toEqual({ ok: true, layouts: [] });
  });

  it('refuses settings that are not a list of choices', () => {
    expect(readChosenLayouts('{"sheet": 1}').ok).toBe(false);
    expect(readChosenLayouts('not json').ok).toBe(false);
  });
});
