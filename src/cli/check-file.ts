import { analyseWorkbook, type WorkbookAnalysis } from '../engine/analyse/analyse-workbook.js';
import type { EarlierWorkbook } from '../engine/compare/compare-workbooks.js';
import type { IsoDate } from '../engine/dates/calendar.js';
import type { Profile } from '../engine/profile/profile-schema.js';
import type { OfficerReading } from '../engine/reading/officer-reading.js';
import { workbookReport, type WorkbookReport } from '../engine/report/workbook-report.js';
import { readInput, type InputSnapshot } from '../hosts/file/read-input.js';
import { readWorkbookBytes } from '../hosts/file/read-workbook-file.js';
import { firstLine } from './plain-error.js';

export interface CheckSettings {
  today: IsoDate;
  profile: Profile;
  asAt?: IsoDate;
  /** The earlier review each tracker is compared with (`--since`). */
  since?: EarlierWorkbook;
  /** The officer's answers (`--answers`), in place of any saved in the workbook. */
  reading?: OfficerReading;
}

export type FileCheck = { ok: true; report: WorkbookReport; analysis: WorkbookAnalysis; input: InputSnapshot } | { ok: false; message: string };

/**
 * Reads one file and runs the engine on it. Whatever goes wrong, the reader's own sentence or an
 * unexpected failure, comes back as one plain message, so a batch carries on with the next file.
 * `shownAs` is the name the report gives the file.
 */
export async function checkFile(path: string, shownAs: string, settings: CheckSettings): Promise<FileCheck> {
  try {
    // Read once: the copy is made from these bytes, whatever happens to the file meanwhile.
    const input = await readInput(path);
    if (!input.ok) return input;
    const read = await readWorkbookBytes(path, input.input.bytes, { profile: settings.profile });
    if (!read.ok) return { ok: false, message: read.message };
    const analysis = analyseWorkbook(read.workbook, {
      today: settings.today,
      profile: settings.profile,
      ...(settings.asAt !== undefined && { asAt: settings.asAt }),
      ...(settings.since !== undefined && { since: settings.since }),
      ...(settings.reading !== undefined && { reading: settings.reading }),
    });
    return { ok: true, report: workbookReport(shownAs, analysis), analysis, input: input.input };
  } catch (error) {
    return { ok: false, message: `${path}: could not be checked (${firstLine(error)})` };
  }
}
