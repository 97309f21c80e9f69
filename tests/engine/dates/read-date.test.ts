import { describe, it, expect } from 'vitest';
import { readDate, type DateReading } from '../../../src/engine/dates/read-date.js';
import type { Cell } from '../../../src/engine/grid/cell.js';

const text = (value: string): Cell => ({ kind: 'text', value });
const date = (iso: string): DateReading => ({ kind: 'date', date: iso });
const invalid = (written: string): DateReading => ({ kind: 'invalid', text: written });
const none = (placeholder: string): DateReading => ({ kind: 'none', placeholder });

describe('readDate on typed cells', () => {
  it.each<[string, Cell, DateReading]>([
    ['a date cell', { kind: 'date', value: '2025-06-30' }, date('2025-06-30')],
    ['an empty cell', { kind: 'empty' }, { kind: 'none' }],
    ['a blank text cell', text('   '), { kind: 'none' }],
    ['an Excel serial', { kind: 'number', value: 45838 }, date('2025-06-30')],
    ['a serial with a time of day', { kind: 'number', value: 45838.75 }, date('2025-06-30')],
    ['a year typed as a number', { kind: 'number', value: 2026 }, date('2026-12-31')],
    ['a serial before 1980', { kind: 'number', value: 5 }, invalid('5')],
    ['a serial after 2099', { kind: 'number', value: 80000 }, invalid('80000')],
    ['a negative number', { kind: 'number', value: -3 }, invalid('-3')],
    ['an error cell', { kind: 'error', value: '#REF!' }, invalid('#REF!')],
    ['a boolean cell', { kind: 'boolean', value: true }, invalid('TRUE')],
  ])('%s', (_name, cell, expected) => {
    expect(readDate(cell)).toStrictEqual(expected);
  });
});

describe('readDate on text', () => {
  it.each<[string, string]>([
    ['30/06/2025', '2025-06-30'],
    ['30-06-2025', '2025-06-30'],
    ['30.06.2025', '2025-06-30'],
    ['1/7/25', '2025-07-01'],
    ['01/02/2025', '2025-02-01'],
    ['29/02/2024', '2024-02-29'],
    ['2025-06-30', '2025-06-30'],
    ['30 June 2025', '2025-06-30'],
    ['30th June 2025', '2025-06-30'],
    ['1st of July 2025', '2025-07-01'],
    ['30 Jun 2025', '2025-06-30'],
    ['30-Jun-25', '2025-06-30'],
    ['30 June, 2025.', '2025-06-30'],
    ['March 2026', '2026-03-31'],
    ['Mar 2026', '2026-03-31'],
    ['Mar-26', '2026-03-31'],
    ['Sept 2025', '2025-09-30'],
    ['february 2024', '2024-02-29'],
    ['03/2026', '2026-03-31'],
    ['Q1 2025/26', '2025-06-30'],
    ['Q2 2025/26', '2025-09-30'],
    ['Q2 2025-26', '2025-09-30'],
    ['Q2 25/26', '2025-09-30'],
    ['Q3 2025/26', '2025-12-31'],
    ['Q4 2024-25', '2025-03-31'],
    ['q4 2024–25', '2025-03-31'],
    ['Quarter 2 FY 2025/26', '2025-09-30'],
    ['2025/26', '2026-03-31'],
    ['2025-26', '2026-03-31'],
    ['2025/2026', '2026-03-31'],
    ['FY 2025/26', '2026-03-31'],
    ['FY25/26', '2026-03-31'],
    ['Autumn Term 2025', '2025-12-31'],
    ['Spring Term 2026', '2026-03-31'],
    ['Summer Term 2025', '2025-07-31'],
    ['Summer 2025', '2025-07-31'],
    ['Autumn 2025', '2025-12-31'],
    ['Summer Term 2025/26', '2026-07-31'],
    ['Autumn Term 2025/26', '2025-12-31'],
    ['end of March 2026', '2026-03-31'],
    ['by March 2026', '2026-03-31'],
    ['By the end of March 2026', '2026-03-31'],
    ['by 30/06/2025', '2025-06-30'],
    ['End of Q3 2025/26', '2025-12-31'],
    ['2026', '2026-12-31'],
    ['  30/06/2025\u00a0', '2025-06-30'],
  ])('%s is %s', (written, expected) => {
    expect(readDate(text(written))).toStrictEqual(date(expected));
  });

  it.each<[string]>([
    ['soon'],
    ['31/02/2025'],
    ['13/13/2025'],
    ['06/30/2025'],
    ['29/02/2025'],
    ['31 June 2025'],
    ['30 June'],
    ['Q5 2025/26'],
    ['Q2 2025/27'],
    ['Q1 2026'],
    ['25/26'],
    ['2025/27'],
    ['Winter 2025'],
    ['13/2026'],
    ['3025'],
    ['TBCX'],
    ['mid March 2026'],
  ])('%s is not a date', (written) => {
    expect(readDate(text(written))).toStrictEqual(invalid(written));
  });
});

describe('readDate placeholders', () => {
  it.each<[string]>([
    ['TBC'],
    ['tbc'],
    ['TBC.'],
    ['TBC - awaiting budget'],
    ['N/A'],
    ['n/a'],
    ['To be confirmed'],
    ['-'],
  ])('%s is no date yet', (written) => {
    expect(readDate(text(written))).toStrictEqual(none(written));
  });

  it('keeps the placeholder as written, trimmed', () => {
    expect(readDate(text('  TBC '))).toStrictEqual(none('TBC'));
  });

  it('uses the list it is given in place of the defaults', () => {
    expect(readDate(text('Pending'), ['pending'])).toStrictEqual(none('Pending'));
    expect(readDate(text('TBC'), ['pending'])).toStrictEqual(invalid('TBC'));
  });

  it('takes "-" only on its own', () => {
    expect(readDate(text('-5'))).toStrictEqual(invalid('-5'));
  });
});

describe('readDate: dates as officers type them', () => {
  const AS_AT = '2025-06-30';
  it.each<[string, string]>([
    ['w/c 14/07/25', '2025-07-18'],
    ['Dec 2025 (revised from Sept)', '2025-12-31'],
    ['Revised to 31.12.25', '2025-12-31'],
    ['Sep 2025 – Mar 2026', '2026-03-31'],
    ['Easter 2026', '2026-04-05'],
    ['Oct half term 2025', '2025-10-31'],
    ['Term 1 2025/26', '2025-10-31'],
    ['Term 3 2025/26', '2026-02-14'],
    ['Summer 25', '2025-07-31'],
    ['End of Q3', '2025-12-31'],
    ['End of the financial year', '2026-03-31'],
    ['Year end', '2026-03-31'],
  ])('%s is %s', (written, expected) => {
    expect(readDate(text(written), undefined, AS_AT)).toStrictEqual(date(expected));
  });

  it.each<[string, string]>([
    ['30th Sept', '2025-09-30'],
    ['June', '2025-06-30'],
    ['Spring term', '2025-03-31'],
  ])('%s has no year: read in the review\'s year, %s, and flagged', (written, expected) => {
    expect(readDate(text(written), undefined, AS_AT)).toStrictEqual({ kind: 'date', date: expected, noYear: true });
  });

  it.each([['Monthly'], ['Quarterly'], ['By next meeting'], ['Immediately'], ['Ongoing']])('%s has no fixed date', (written) => {
    expect(readDate(text(written), undefined, AS_AT)).toStrictEqual({ kind: 'no-fixed-date', text: written });
  });

  it('without an as-at date, a month alone is not a date', () => {
    expect(readDate(text('June'))).toStrictEqual(invalid('June'));
  });
});
