import { describe, it, expect } from 'vitest';
import { derivedDueDate } from '../../../src/engine/dates/timescale.js';

const BASELINE = '2025-01-31';

describe('derivedDueDate', () => {
  it.each<[string, string, string]>([
    ['Within the next six months the council should review its plan.', '2025-07-31', 'Within the next six months'],
    ['The council should, in the next three months, appoint a lead.', '2025-04-30', 'in the next three months'],
    ['Complete the review within 12 months.', '2026-01-31', 'within 12 months'],
    ['Publish a plan in the next 12 months', '2026-01-31', 'in the next 12 months'],
    ['Implement within the next nine months', '2025-10-31', 'within the next nine months'],
    ['Report within two years of the publication of this report', '2027-01-31', 'within two years'],
    ['Adopt a strategy within a year', '2026-01-31', 'within a year'],
    ['Respond within 6 weeks', '2025-03-14', 'within 6 weeks'],
    ['Respond within 10 days', '2025-02-10', 'within 10 days'],
    ['Deliver within one month', '2025-02-28', 'within one month'],
    ['Deliver within eighteen months', '2026-07-31', 'within eighteen months'],
    ['Deliver within twenty-four months', '2027-01-31', 'within twenty-four months'],
    ['Deliver within twenty four months', '2027-01-31', 'within twenty four months'],
    ['Deliver within six (6) months', '2025-07-31', 'within six (6) months'],
    ['Deliver within 6-9 months', '2025-10-31', 'within 6-9 months'],
    ['Deliver within two to three years', '2028-01-31', 'within two to three years'],
    ['WITHIN THREE MONTHS set up a board, and within a year report back', '2025-04-30', 'WITHIN THREE MONTHS'],
  ])('%s', (item, date, phrase) => {
    expect(derivedDueDate(item, BASELINE)).toStrictEqual({ date, phrase });
  });

  it('adds days across a leap day', () => {
    expect(derivedDueDate('within 6 weeks', '2024-02-20')).toStrictEqual({ date: '2024-04-02', phrase: 'within 6 weeks' });
  });

  it.each<[string]>([
    ['Review the scheme of delegation'],
    ['Report to Cabinet in 2026'],
    ['Keep spending within budget'],
    ['Include it in a yearly report'],
    ['Delays of over 6 months should be reported'],
    ['Within the next few months'],
  ])('%s has no timescale', (item) => {
    expect(derivedDueDate(item, BASELINE)).toBeUndefined();
  });
});
