// npm run render:board-pack: regenerates the README's pictures of the board pack as LibreOffice prints
// it. Rebuilds the thirteen-lead fixture, writes the checked copy of the DfE sample, the three-priority
// plan, the thirteen-lead plan and the previous/current-rating tracker with `tracker-check --out`, and
// the DfE sample's committee report with `--report`; converts each to PDF with LibreOffice (a throwaway
// profile) and each summary page to a PNG in assets/screenshots/ with pdftoppm. Needs soffice (Calc and
// Writer) and poppler-utils on PATH.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../src/cli/run-cli.js';

const run = promisify(execFile);
const SHOTS = 'assets/screenshots';
/** The header LibreOffice prints on every summary page: "<title>, as at <date>". */
const SUMMARY_PAGE = /: progress summary, as at /;

interface Pack {
  name: string;
  file: string;
  args: string[];
  /** Every summary page, the first page of each summary sheet (a plan's four titles), or the pages showing this. */
  pages: 'all' | 'first-of-each' | RegExp;
}

const PACKS: Pack[] = [
  { name: 'dfe', file: 'tests/fixtures/dfe-commissioner-recommendations.xlsx', args: [], pages: 'all' },
  { name: 'plan', file: 'tests/fixtures/layouts/layouts-plan-per-priority.xlsx', args: ['--as-at', '2025-06-30'], pages: 'first-of-each' },
  { name: 'thirteen-leads', file: 'tests/fixtures/board-pack/thirteen-leads.xlsx', args: ['--as-at', '2025-06-30'], pages: 'all' },
  { name: 'movement', file: 'tests/fixtures/layouts/layouts-previous-current-rating.xlsx', args: ['--as-at', '2025-06-30'], pages: /Since the \d+ \w+ \d{4} review/ },
];

async function cli(...argv: string[]): Promise<void> {
  let errors = '';
  const code = await runCli(argv, { stdout: () => undefined, stderr: (text) => (errors += text), now: () => new Date() });
  if (code > 1) throw new Error(errors);
}

async function toPdf(dir: string, file: string): Promise<string> {
  await run('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 300_000 });
  return join(dir, basename(file).replace(/\.[^.]+$/, '.pdf'));
}

async function pageTexts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
  return stdout.split('\f');
}

async function png(pdf: string, page: number, out: string): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', String(page), '-l', String(page), pdf, out]);
  process.stdout.write(`wrote ${out}.png\n`);
}

async function main(): Promise<void> {
  await run('npx', ['tsx', 'tests/fixtures/board-pack/build-thirteen-leads.ts']);
  const dir = await mkdtemp(join(tmpdir(), 'render-board-pack-'));
  try {
    for (const pack of PACKS) {
      const out = join(dir, `${pack.name}.xlsx`);
      await cli(pack.file, '--out', out, ...pack.args);
      const pdf = await toPdf(dir, out);
      const texts = await pageTexts(pdf);
      let seen = '';
      let count = 0;
      for (const [index, text] of texts.entries()) {
        const header = text.split('\n').find((line) => SUMMARY_PAGE.test(line))?.trim();
        if (header === undefined) continue;
        const first = header !== seen;
        seen = header;
        if (pack.pages === 'first-of-each' && !first) continue;
        if (pack.pages instanceof RegExp && !pack.pages.test(text)) continue;
        count += 1;
        await png(pdf, index + 1, join(SHOTS, `board-pack-${pack.name}-${count}`));
      }
    }
    const report = join(dir, 'committee-report.docx');
    await cli(PACKS[0]!.file, '--report', report);
    await png(await toPdf(dir, report), 1, join(SHOTS, 'committee-report-dfe'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
