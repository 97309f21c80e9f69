import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import { reportContent, reportSummary } from '../../src/engine/summary/report-content.js';
import { reportClipboard } from '../../src/engine/summary/report-html.js';
import { trackerWorkbook } from '../support/grid-builder.js';

describe('Copy for report', () => {
  const analysis = analyseWorkbook(
    trackerWorkbook([
      ['Action', 'Lead', 'Progress', 'Status'],
      ['1. Agree the plan', 'Ann Lee', 'Agreed', 'Completed'],
      ['2. Train <all> staff & managers', 'Bob Roe', 'Half done', 'Amber'],
      ['3. Audit', 'Ann Lee', 'Under way', 'Green'],
    ]),
    { today: '2025-06-30', asAt: '2025-06-30' },
  );
  const summary = reportSummary(analysis.trackers, DEFAULT_PROFILE)!;
  const copy = reportClipboard(reportContent(summary, DEFAULT_PROFILE), DEFAULT_PROFILE.palette);

  it('puts the paragraph and real tables in the HTML, each BRAG word in its colour', () => {
    expect(copy.html).toContain(`<p style="font-family:Arial,sans-serif;font-size:12pt">${summary.paragraph}</p>`);
    expect(copy.html.match(/<table /g)).toHaveLength(3);
    expect(copy.html).toMatch(/<th scope="row" style="[^"]*background:#1D70B8;color:#FFFFFF[^"]*">Completed<\/th><td[^>]*>1<\/td><td[^>]*>34%<\/td>/);
    expect(copy.html).toMatch(/<td style="[^"]*background:#FFDD00[^"]*">Amber<\/td>/);
  });

  it('escapes the tracker\'s text', () => {
    expect(copy.html).toContain('2. Train &lt;all&gt; staff &amp; managers');
    expect(copy.html).not.toContain('<all>');
  });

  it('gives the same in plain text, tables by tabs', () => {
    expect(copy.text.startsWith(`${summary.paragraph}\n\n`)).toBe(true);
    expect(copy.text).toContain('Status\tNumber\t%\nCompleted\t1\t34%');
    expect(copy.text).toContain('2. Train <all> staff & managers\tBob Roe\tAmber\tHalf done');
  });
});
