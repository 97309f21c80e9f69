import type { SinceReport } from '../engine/compare/since-report.js';
import { RATINGS, type Rating } from '../engine/profile/brag.js';
import { formatLongDate } from '../engine/text/format-date.js';

const NAMES: Record<Rating, string> = { blue: 'Blue', green: 'Green', amber: 'Amber', red: 'Red', unrated: 'Unrated' };

/** The movement since the earlier review, for the readable report: the totals, then each move with its items. */
export function movementLines(since: SinceReport): string[] {
  const when = since.asAt === null ? 'the earlier review' : `the ${formatLongDate(since.asAt)} review`;
  const from = since.column !== undefined ? `"${since.header ?? ''}", column ${since.column}` : since.file;
  const lines = [`  Since ${when} (${from})`];
  const completed = since.completed > 0 ? ` (${since.completed} completed)` : '';
  const unrated = since.unrated > 0 ? `, ${since.unrated} unrated then or now` : '';
  const addedRemoved = since.column === undefined ? `; ${since.added} added, ${since.removed} removed` : '';
  lines.push(`    ${since.improved} improved${completed}, ${since.worsened} worsened, ${since.unchanged} unchanged${unrated}${addedRemoved}`);
  const moves = new Map<string, string[]>();
  for (const item of since.items) {
    if (item.from === item.to) continue;
    const key = `${item.from}>${item.to}`;
    moves.set(key, [...(moves.get(key) ?? []), item.id ?? `row ${item.row}`]);
  }
  const order = (key: string) => key.split('>').map((r) => RATINGS.indexOf(r as Rating)).reduce((a, b) => a * 10 + b, 0);
  for (const [key, ids] of [...moves].sort((a, b) => order(a[0]) - order(b[0]))) {
    const [a, b] = key.split('>') as [Rating, Rating];
    lines.push(`    ${`${NAMES[a]} → ${NAMES[b]}`.padEnd(20)}${String(ids.length).padStart(4)}  ${ids.join(', ')}`);
  }
  for (const item of since.items) {
    if (item.matchedBy === 'text') {
      lines.push(`    ${item.id ?? `row ${item.row}`} matched by its text to ${item.earlierId === undefined ? `row ${item.earlierRow}` : `${item.earlierId} (row ${item.earlierRow})`} then`);
    }
  }
  if (since.addedItems.length > 0) lines.push(`    Added: ${since.addedItems.map((i) => i.id ?? `row ${i.row}`).join(', ')}`);
  if (since.removedItems.length > 0) lines.push(`    Removed: ${since.removedItems.map((i) => i.id ?? `row ${i.row}`).join(', ')}`);
  return lines;
}
