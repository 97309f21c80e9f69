import type { Profile } from '../profile/profile-schema.js';
import type { ReportContent, ReportTable } from './report-content.js';

/** What "Copy for report" puts on the clipboard: formatted text for Word, and the same in plain text. */
export interface ReportClipboard {
  html: string;
  text: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CELL = 'border:1px solid #B1B4B6;padding:4px 6px;vertical-align:top;text-align:left;font-family:Arial,sans-serif;font-size:11pt';

function tableHtml(table: ReportTable, palette: Profile['palette']): string {
  const head = table.header.map((h) => `<th scope="col" style="${CELL};background:#F3F2F1">${escapeHtml(h)}</th>`).join('');
  const body = table.rows
    .map((row) => {
      const cells = row.cells.map((cell, index) => {
        const swatch = index === table.ratingColumn && row.rating !== undefined ? palette[row.rating] : undefined;
        const colour = swatch ? `;background:${swatch.fill};color:${swatch.font};font-weight:bold` : '';
        return index === 0 ? `<th scope="row" style="${CELL};font-weight:normal${colour}">${escapeHtml(cell)}</th>` : `<td style="${CELL}${colour}">${escapeHtml(cell)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table style="border-collapse:collapse"><caption style="text-align:left;font-weight:bold;font-family:Arial,sans-serif">${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * The committee report's content as HTML Word pastes as a paragraph and real tables (the BRAG words in
 * their colours, never colour alone), with a tab-separated plain-text alternative.
 */
export function reportClipboard(content: ReportContent, palette: Profile['palette']): ReportClipboard {
  const html =
    `<div><p style="font-family:Arial,sans-serif;font-size:12pt">${escapeHtml(content.paragraph)}</p>` +
    content.tables.map((table) => `${tableHtml(table, palette)}<p></p>`).join('') +
    '</div>';
  const text = [
    content.paragraph,
    ...content.tables.map((table) => [table.caption, table.header.join('\t'), ...table.rows.map((row) => row.cells.join('\t'))].join('\n')),
  ].join('\n\n');
  return { html, text };
}
