import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import { loadProfile } from '../../src/engine/profile/load-profile.js';
import type { Profile } from '../../src/engine/profile/profile-schema.js';
import { workbookReport, type WorkbookReport } from '../../src/engine/report/workbook-report.js';
import { statusVocabulary } from '../../src/engine/vocabulary/status-vocabulary.js';
import { trackerWorkbook, type CellInput } from '../support/grid-builder.js';

const HEADER = ['Recommendation', 'Lead', 'Progress', 'Status'];

function profileFrom(file: unknown): Profile {
  const result = loadProfile(JSON.stringify(file));
  if (!result.ok) throw new Error(result.message);
  return result.profile;
}

function failureOf(text: string): string {
  const result = loadProfile(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
}

function analyse(rows: CellInput[][], profile: Profile, asAt = '2025-03-31'): WorkbookReport {
  return workbookReport('test.xlsx', analyseWorkbook(trackerWorkbook(rows), { today: '2030-01-01', asAt, profile }));
}

describe('loadProfile', () => {
  it('an empty file gives the defaults', () => {
    const profile = profileFrom({});
    expect(profile.categories).toStrictEqual(DEFAULT_PROFILE.categories);
    expect(profile.columns).toStrictEqual(DEFAULT_PROFILE.columns);
    expect(profile.baselineDate).toBeUndefined();
  });

  it('adds a wording ("Wrapped up" is blue) and keeps the default ones', () => {
    const profile = profileFrom({ categories: { blue: { wordings: ['Wrapped up'] } } });
    const vocabulary = statusVocabulary(profile);
    expect(vocabulary.categoryOf('Wrapped up') ?? 'unrated').toBe('blue');
    expect(vocabulary.categoryOf('Done') ?? 'unrated').toBe('blue');
    expect(vocabulary.categoryOf('On track') ?? 'unrated').toBe('green');
    expect((statusVocabulary(DEFAULT_PROFILE).categoryOf('Wrapped up') ?? 'unrated')).toBe('unrated');

    const rows = [HEADER, ['1. Review', 'Ann Lee', 'Done', 'Wrapped up'], ['2. Audit', 'Ann Lee', 'Under way', 'On track']];
    expect(analyse(rows, profile).trackers[0]?.statusCounts).toStrictEqual({ blue: 1, green: 1, amber: 0, red: 0, unrated: 0 });
    const withDefaults = analyse(rows, DEFAULT_PROFILE).trackers[0];
    expect(withDefaults?.statusCounts.unrated).toBe(1);
    expect(withDefaults?.issues.map((i) => i.code)).toStrictEqual(['status-unknown']);
  });

  it('does not change the default profile', () => {
    const before = structuredClone(DEFAULT_PROFILE);
    profileFrom({ categories: { blue: { wordings: ['Wrapped up'], label: 'Done and dusted' } }, columns: { lead: ['Portfolio holder'] } });
    expect(DEFAULT_PROFILE).toStrictEqual(before);
  });

  it('a canonical wording becomes the suggestion for its own spellings, never for another wording', () => {
    const rows = [
      HEADER,
      ['1. Review', 'Ann Lee', 'Under way', 'In progress & on track'],
      ['2. Audit', 'Ann Lee', 'Under way', 'On track'],
      ['3. Recruit', 'Ann Lee', 'Under way', 'on track'],
      ['4. Train', 'Ann Lee', 'Under way', 'On track'],
    ];
    const canonical = 'In progress and on track';
    const profile = profileFrom({ categories: { green: { canonical } } });
    expect(profile.categories.green.canonical).toBe(canonical);

    const issues = analyse(rows, profile).trackers[0]?.issues ?? [];
    // "On track" is another wording of green, not a spelling of the canonical one: its odd spelling
    // is put right to the tracker's own "On track".
    expect(issues.map((i) => [i.code, i.cell, i.suggestion])).toStrictEqual([
      ['status-nonstandard', 'D2', canonical],
      ['status-nonstandard', 'D4', 'On track'],
    ]);
    const byDefault = analyse(rows, DEFAULT_PROFILE).trackers[0]?.issues ?? [];
    expect(byDefault.map((i) => [i.code, i.cell, i.suggestion])).toStrictEqual([['status-nonstandard', 'D4', 'On track']]);
  });

  it('a label changes how the category is named, and is itself a wording', () => {
    const profile = profileFrom({ categories: { red: { label: 'Off course' } } });
    expect(profile.categories.red.label).toBe('Off course');
    expect(profile.categories.red.wordings).toStrictEqual(DEFAULT_PROFILE.categories.red.wordings);
    expect((statusVocabulary(profile).categoryOf('Off course') ?? 'unrated')).toBe('red');
  });

  it('adds a column word ("Portfolio holder" names the lead column)', () => {
    const rows = [['Recommendation', 'Portfolio holder', 'Progress', 'Status'], ['1. Review', 'Ann Lee', 'Under way', 'On track']];
    const profile = profileFrom({ columns: { lead: ['Portfolio holder'] } });
    expect(profile.columns.lead).toContain('Portfolio holder');
    expect(profile.columns.lead).toContain('Lead');
    const tracker = analyse(rows, profile).trackers[0];
    expect(tracker?.columns.lead).toBe('B');
    expect(tracker?.issues).toStrictEqual([]);
    expect(analyse(rows, DEFAULT_PROFILE).trackers[0]?.issues.map((i) => i.code)).toStrictEqual(['missing-column']);
  });

  it('sets the baseline date timescales in item text are counted from', () => {
    const profile = profileFrom({ baselineDate: '2024-08-31' });
    expect(profile.baselineDate).toBe('2024-08-31');
    const rows = [HEADER, ['1. Within the next six months, review the plan', 'Ann Lee', 'Under way', 'On track']];
    // Six months from 31 August 2024 is 28 February 2025, before the as-at date.
    const issues = analyse(rows, profile).trackers[0]?.issues ?? [];
    expect(issues.map((i) => [i.code, i.cell])).toStrictEqual([['overdue', 'A2']]);
    expect(issues[0]?.message).toContain('28 February 2025');
    expect(analyse(rows, DEFAULT_PROFILE).trackers[0]?.issues).toStrictEqual([]);
    expect(analyse(rows, profile, '2025-02-28').trackers[0]?.issues).toStrictEqual([]);
  });

  describe('replaceDefaults', () => {
    it('replaces the default wordings with the ones given', () => {
      const profile = profileFrom({ replaceDefaults: true, categories: { blue: { wordings: ['Wrapped up'] } } });
      expect(profile.categories.blue.wordings).toStrictEqual(['Wrapped up']);
      const vocabulary = statusVocabulary(profile);
      expect(vocabulary.categoryOf('Wrapped up') ?? 'unrated').toBe('blue');
      expect(vocabulary.categoryOf('Done') ?? 'unrated').toBe('unrated');
      // A category the file does not name keeps its defaults.
      expect(profile.categories.green.wordings).toStrictEqual(DEFAULT_PROFILE.categories.green.wordings);
    });

    it('replaces the default column words with the ones given', () => {
      const profile = profileFrom({ replaceDefaults: true, columns: { lead: ['Portfolio holder'] } });
      expect(profile.columns.lead).toStrictEqual(['Portfolio holder']);
      expect(profile.columns.item).toStrictEqual(DEFAULT_PROFILE.columns.item);
      const rows = [HEADER, ['1. Review', 'Ann Lee', 'Under way', 'On track']];
      expect(analyse(rows, profile).trackers[0]?.issues.map((i) => i.code)).toStrictEqual(['missing-column']);
    });
  });

  describe('a profile that cannot be used gives a message, never a throw', () => {
    it('bad JSON', () => {
      expect(failureOf('{ "categories": ')).toMatch(/not valid JSON/);
    });

    it('a colour that is not #RRGGBB, naming the field', () => {
      const message = failureOf(JSON.stringify({ palette: { blue: { fill: '#12345', font: '#FFFFFF' } } }));
      expect(message).toContain('palette.blue.fill');
      expect(message).toContain('#RRGGBB');
    });

    it('an impossible baseline date, naming the field', () => {
      expect(failureOf(JSON.stringify({ baselineDate: '2025-02-30' }))).toContain('baselineDate');
    });

    it('a wording list that is not a list, naming the field', () => {
      expect(failureOf(JSON.stringify({ categories: { amber: { wordings: 'Slipping' } } }))).toContain('categories.amber.wordings');
    });

    it('a misspelt key is refused, not ignored', () => {
      expect(failureOf(JSON.stringify({ categories: { blue: { wording: ['Wrapped up'] } } }))).toContain('categories.blue');
    });

    it('JSON that is not an object', () => {
      expect(failureOf('[1, 2]')).toMatch(/not valid/);
    });
  });
});
