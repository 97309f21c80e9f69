import { writeFile } from 'node:fs/promises';
import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { WorkbookAnalysis } from '../engine/analyse/analyse-workbook.js';
import { statusChartDescription } from '../engine/edits/chart-descriptions.js';
import type { Profile } from '../engine/profile/profile-schema.js';
import { reportContent, reportSummary, type ReportTable } from '../engine/summary/report-content.js';
import { writeProblem } from './plain-error.js';
import { STATUS_BAR, statusBarPng } from './status-bar-png.js';

const NUMBERED = 'report-paragraphs';
const FONT = 'Arial';

function cell(text: string, options: { bold?: boolean; fill?: string; colour?: string; header?: boolean } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, font: FONT, size: 22, bold: options.bold === true || options.header === true, ...(options.colour && { color: options.colour.replace('#', '') }) })] })],
    ...((options.fill ?? (options.header ? '#F3F2F1' : undefined)) && {
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: (options.fill ?? '#F3F2F1').replace('#', '') },
    }),
  });
}

function table(content: ReportTable, palette: Profile['palette']): (Paragraph | Table)[] {
  const header = new TableRow({ tableHeader: true, children: content.header.map((h) => cell(h, { header: true })) });
  const rows = content.rows.map(
    (row) =>
      new TableRow({
        children: row.cells.map((text, index) => {
          const swatch = index === content.ratingColumn && row.rating !== undefined ? palette[row.rating] : undefined;
          return cell(text, swatch ? { bold: true, fill: swatch.fill, colour: swatch.font } : {});
        }),
      }),
  );
  return [
    new Paragraph({ children: [new TextRun({ text: content.caption, font: FONT, bold: true, size: 22 })], spacing: { before: 240, after: 80 }, keepNext: true }),
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
  ];
}

/**
 * The committee report's part, as a Word document (`--report FILE.docx`): the report paragraph as a
 * numbered paragraph, the status chart as a picture with its data in words as alt text, and the status,
 * by-lead and exceptions tables with the BRAG words in their colours. Built with the `docx` library.
 */
export async function reportDocument(analysis: WorkbookAnalysis, profile: Profile): Promise<Buffer | undefined> {
  const summary = reportSummary(analysis.trackers, profile);
  if (!summary) return undefined;
  const content = reportContent(summary, profile);
  const counts = { blue: 0, green: 0, amber: 0, red: 0, unrated: 0 };
  for (const line of summary.headline) counts[line.rating] = line.count;
  const description = statusChartDescription(summary);
  const document = new Document({
    creator: 'Tracker Check',
    title: content.title,
    description: content.asAtLine,
    numbering: { config: [{ reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: content.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: content.asAtLine }),
          new Paragraph({ text: content.paragraph, numbering: { reference: NUMBERED, level: 0 }, spacing: { before: 200, after: 200 } }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: statusBarPng(counts, profile.palette),
                transformation: { width: STATUS_BAR.width, height: STATUS_BAR.height },
                altText: { name: 'Status chart', title: `${content.title}: status`, description },
              }),
            ],
          }),
          new Paragraph({ text: description }),
          ...content.tables.flatMap((t) => table(t, profile.palette)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Writes the report; any failure becomes the one stderr line, so the check's report is never lost with it. */
export async function writeReport(output: string, analysis: WorkbookAnalysis, profile: Profile): Promise<{ ok: boolean; line: string }> {
  try {
    const bytes = await reportDocument(analysis, profile);
    if (!bytes) return { ok: true, line: `tracker-check: no tracker found, so no report was written to ${output}` };
    await writeFile(output, new Uint8Array(bytes));
    return { ok: true, line: `tracker-check: wrote ${output} (the report paragraph and tables for the committee report)` };
  } catch (error) {
    return { ok: false, line: `tracker-check: the report ${output} was not written: ${writeProblem(error)}` };
  }
}
