import { describe, expect, it } from 'vitest';
import { isMonthFormat } from '../../../src/engine/dates/month-format.js';

describe('a number format that shows a date as a month', () => {
  it.each(['mmm-yy', 'mmmm yyyy', 'mm/yyyy', '[$-809]mmm-yy;@', 'mmm\\ yy'])('%s shows a month', (format) => {
    expect(isMonthFormat(format)).toBe(true);
  });
  it.each(['dd/mm/yyyy', 'd-mmm-yy', 'General', '0.0', 'hh:mm', '"Due" dd mmm yyyy', undefined])('%s does not', (format) => {
    expect(isMonthFormat(format)).toBe(false);
  });
});
