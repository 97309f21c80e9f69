import type { OfficerReading } from '../engine/reading/officer-reading.js';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { WorkbookAnalysis } from '../engine/analyse/analyse-workbook.js';
import type { Profile } from '../engine/profile/profile-schema.js';
import type { Withheld } from '../hosts/file/lossless/checked-package.js';
import type { InputSnapshot } from '../hosts/file/read-input.js';
import { writeProblem } from './plain-error.js';

export interface CopyOutcome {
  ok: boolean;
  /** The stderr lines: what was written (and what was not added), or why the copy was not written. */
  lines: string[];
}

/**
 * Writes the checked copy from the input's bytes as they were checked; any failure (the file
 * system, or the writer on something in the workbook) becomes one line, so the report is never
 * lost with it. The writer is loaded only here: a check without --out never pays for it.
 */
export async function writeCopy(
  input: string,
  snapshot: InputSnapshot,
  output: string,
  analysis: WorkbookAnalysis,
  profile: Profile,
  makeFolder: boolean,
  reading?: OfficerReading,
): Promise<CopyOutcome> {
  try {
    const { writeCheckedCopy } = await import('../hosts/file/write-checked-copy.js');
    if (makeFolder) await mkdir(dirname(output), { recursive: true });
    const copy = await writeCheckedCopy({ input, bytes: snapshot.bytes, mode: snapshot.mode, output, analysis, profile, ...(reading !== undefined && { reading }) });
    const verb = copy.replaced ? 'replaced' : 'wrote';
    const notAdded = withheldLine(output, copy.withheld);
    return {
      ok: true,
      lines: [
        copy.summarySheets.length === 0 && copy.colouredSheets.length === 0
          ? `tracker-check: ${verb} ${output} (${analysis.trackers.length === 0 ? 'no tracker found, so nothing was added' : 'nothing was added'})`
          : `tracker-check: ${verb} ${output} (${added(copy.colouredSheets, copy.summarySheets)})`,
        ...(notAdded === undefined ? [] : [notAdded]),
      ],
    };
  } catch (error) {
    return { ok: false, lines: [`tracker-check: the checked copy ${output} was not written: ${writeProblem(error)}`] };
  }
}

function added(coloured: readonly string[], summaries: readonly string[]): string {
  const parts: string[] = [];
  if (coloured.length > 0) parts.push(`status colours on ${quoted(coloured)}`);
  if (summaries.length > 0) parts.push(`summary ${summaries.length === 1 ? 'sheet' : 'sheets'} ${quoted(summaries)}`);
  return parts.join('; ');
}

/** What protection kept out of the copy, in one line; none when nothing was. */
function withheldLine(output: string, withheld: Withheld): string | undefined {
  const parts: string[] = [];
  const structure = "the workbook's structure is protected (Review > Protect Workbook)";
  if (withheld.summaries && withheld.colours) parts.push(`the summary sheets and the status colours: ${structure}`);
  else if (withheld.summaries) parts.push(`the summary sheets: ${structure}`);
  else if (withheld.colours) parts.push(`the status colours: ${structure}`);
  const sheets = withheld.protectedSheets;
  if (sheets.length > 0) parts.push(`status colours on ${quoted(sheets)}: ${sheets.length === 1 ? 'the sheet is' : 'the sheets are'} protected (Review > Unprotect Sheet)`);
  return parts.length === 0 ? undefined : `tracker-check: not added to ${output}, as Excel would refuse them: ${parts.join('; ')}`;
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
