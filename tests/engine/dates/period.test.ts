import { describe, it, expect } from 'vitest';
import { periodEnd } from '../../../src/engine/dates/period.js';

describe('periodEnd', () => {
  it.each<[string, string]>([
    ['Progress – March 2025', '2025-03-31'],
    ['Update Q3 2024/25', '2024-12-31'],
    ['Progress (Summer Term 2025)', '2025-07-31'],
    ['Progress (Spring Term 2026)', '2026-03-31'],
    ['Position at 30/06/2025', '2025-06-30'],
    ['Position at 31 March 2025 (Q4 2024/25)', '2025-03-31'],
    ['Update FY 2025/26', '2026-03-31'],
    ['Outturn 2024-25', '2025-03-31'],
    ['Comments Mar-26', '2026-03-31'],
    ['Comments Apr–Jun 2025', '2025-06-30'],
    ['Status 2025', '2025-12-31'],
    ['Status as at 2025-09-30', '2025-09-30'],
  ])('%s ends %s', (header, expected) => {
    expect(periodEnd(header)).toBe(expected);
  });

  it.each<[string]>([
    ['Progress'],
    [''],
    ['Marketing update'],
    ['Progress 31/02/2025'],
    ['Recommendation 12'],
    ['Q5 update'],
  ])('%s names no period', (header) => {
    expect(periodEnd(header)).toBeUndefined();
  });
});
