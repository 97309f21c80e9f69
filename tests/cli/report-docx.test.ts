/**
 * `tracker-check FILE --report REPORT.docx`: the committee report's part as a Word document, read back
 * from its package and rendered by LibreOffice Writer (skipped, saying so, where soffice is not on PATH).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured, type CliRun } from '../support/run-cli-captured.js';

const SAMPLE = 'tests/fixtures/dfe-commissioner-recommendations.xlsx';
const PARAGRAPH =
  '21% of the recommendations have been completed (5) and a further 71% are in progress and on track to be achieved in timescale (17). Two are in progress but with some delays.';

function onPath(command: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) if (dir && existsSync(join(dir, command))) return join(dir, command);
  return undefined;
}

/** The text of each paragraph of document.xml, its runs joined. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('tracker-check --report on the DfE sample', () => {
  let dir = '';
  let report = '';
  let ran: CliRun;
  let documentXml = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-docx-'));
    report = join(dir, 'committee report.docx');
    ran = await runCliCaptured(SAMPLE, '--report', report);
    const zip = await JSZip.loadAsync(await readFile(report));
    documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('says where it wrote, after the readable report', () => {
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Recommendations: header row 4, 24 items');
    expect(ran.stderr).toBe(`tracker-check: wrote ${report} (the report paragraph and tables for the committee report)\n`);
  });

  it('holds the pack\'s paragraph as a numbered paragraph', () => {
    const numbered = [...documentXml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('<w:numPr>'));
    expect(numbered && paragraphs(numbered)).toStrictEqual([PARAGRAPH]);
  });

  it('holds the status, by-lead and exceptions tables, the BRAG words in their colours', () => {
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(3);
    const texts = paragraphs(documentXml);
    for (const word of ['Completed', 'In progress and on track', 'In progress but some delays', 'Susanne Leece', 'Latest update']) expect(texts).toContain(word);
    expect(texts).toContain('21%');
    expect(documentXml).toMatch(/<w:shd [^>]*w:fill="1D70B8"/);
    // The header row repeats where a table runs onto the next page.
    expect(documentXml).toContain('<w:tblHeader/>');
  });

  it('draws the status chart as a picture with its data in words as alt text', () => {
    expect(documentXml).toMatch(/<wp:docPr [^>]*descr="Status of 24 recommendations: 5 completed, 17 on track, 2 some delays, 0 not in progress\."/);
  });

  it('renders in LibreOffice Writer (needs soffice on PATH)', { timeout: 180_000 }, async (ctx) => {
    const soffice = onPath('soffice');
    if (!soffice) ctx.skip('soffice is not on PATH; install libreoffice-writer-nogui to check the report renders');
    const out = join(dir, 'render');
    await promisify(execFile)(soffice ?? 'soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, report], { timeout: 170_000 });
    const pdf = await readFile(join(out, 'committee report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdftotext = onPath('pdftotext');
    if (pdftotext) {
      const { stdout } = await promisify(execFile)(pdftotext, [join(out, 'committee report.pdf'), '-']);
      expect(stdout.replace(/\s+/g, ' ')).toContain(PARAGRAPH);
    }
  });
});

describe('--report is refused', () => {
  it('for a name that is not a Word document', async () => {
    const refused = await runCliCaptured(SAMPLE, '--report', 'report.pdf');
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toMatch(/^tracker-check: --report writes a Word document: give a \.docx name, not "report\.pdf"/);
  });

  it('for several files', async () => {
    const refused = await runCliCaptured(SAMPLE, SAMPLE, '--report', 'r.docx');
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toMatch(/--report writes one committee report/);
  });
});
