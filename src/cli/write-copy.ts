import type { OfficerReading } from '../engine/reading/officer-reading.js';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { WorkbookAnalysis } from '../engine/analyse/analyse-workbook.js';
import type { Profile } from '../engine/profile/profile-schema.js';
import { writeProblem } from './plain-error.js';

export interface CopyOutcome {
  ok: boolean;
  /** The stderr line: what was written, or why the copy was not. */
  line: string;
}

/**
 * Writes the checked copy; any failure (the file system, or the writer on something in the
 * workbook) becomes one line, so the report is never lost with it. The writer is loaded only here:
 * a check without --out never pays for it.
 */
export async function writeCopy(
  input: string,
  output: string,
  analysis: WorkbookAnalysis,
  profile: Profile,
  makeFolder: boolean,
  reading?: OfficerReading,
): Promise<CopyOutcome> {
  try {
    const { writeCheckedCopy } = await import('../hosts/file/write-checked-copy.js');
    if (makeFolder) await mkdir(dirname(output), { recursive: true });
    const copy = await writeCheckedCopy({ input, output, analysis, profile, ...(reading !== undefined && { reading }) });
    return {
      ok: true,
      line:
        copy.summarySheets.length === 0
          ? `tracker-check: wrote ${output} (no tracker found, so nothing was added)`
          : `tracker-check: wrote ${output} (status colours on ${quoted(copy.colouredSheets)}; summary ${copy.summarySheets.length === 1 ? 'sheet' : 'sheets'} ${quoted(copy.summarySheets)})`,
    };
  } catch (error) {
    return { ok: false, line: `tracker-check: the checked copy ${output} was not written: ${writeProblem(error)}` };
  }
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
