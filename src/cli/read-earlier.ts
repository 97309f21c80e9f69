import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { EarlierWorkbook } from '../engine/compare/compare-workbooks.js';
import { earlierTrackerOf } from '../engine/compare/earlier-tracker.js';
import { isoToday } from '../engine/dates/calendar.js';
import { checkFile, type CheckSettings } from './check-file.js';

export type EarlierRead = { ok: true; since: EarlierWorkbook } | { ok: false; message: string };

/**
 * The earlier review (`--since`), read and analysed as any input is. Its date is its own progress
 * header's period; without one, the day the file was last saved (never the --as-at of the review now).
 */
export async function readEarlier(path: string, settings: CheckSettings): Promise<EarlierRead> {
  let saved: string;
  try {
    saved = isoToday((await stat(path)).mtime);
  } catch {
    saved = settings.today; // the reader says what is wrong with it
  }
  const checked = await checkFile(path, basename(path), { today: saved, profile: settings.profile });
  if (!checked.ok) return { ok: false, message: `--since: ${checked.message}` };
  const { analysis } = checked;
  return { ok: true, since: { file: basename(path), asAt: analysis.asAt, trackers: analysis.trackers.map(earlierTrackerOf) } };
}
