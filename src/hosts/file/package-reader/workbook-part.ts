import { attribute, isMain, parsePart, relationshipAttribute } from './xml-stream.js';
import type { ZipDirectory, ZipEntry } from './zip-directory.js';
import type { SheetVisibility } from '../../../engine/grid/sheet-grid.js';

export interface WorkbookSheet {
  readonly name: string;
  readonly relationshipId: string;
  readonly visibility?: SheetVisibility;
}

export interface WorkbookPart {
  readonly sheets: WorkbookSheet[];
  readonly date1904: boolean;
  /** Workbook-level and sheet-level defined names with their formula text ("'Summary'!$A$1"). */
  readonly definedNames: ReadonlyArray<{ name: string; formula: string }>;
}

/** The workbook part: its sheets in tab order, the date system, the defined names. */
export async function readWorkbookPart(zip: ZipDirectory, entry: ZipEntry): Promise<WorkbookPart> {
  const sheets: WorkbookSheet[] = [];
  const definedNames: Array<{ name: string; formula: string }> = [];
  let date1904 = false;
  let definedName: { name: string; formula: string } | undefined;
  await parsePart(zip, entry, {
    open(tag) {
      if (isMain(tag, 'sheet')) {
        const state = attribute(tag, 'state');
        sheets.push({
          name: attribute(tag, 'name') ?? '',
          relationshipId: relationshipAttribute(tag, 'id') ?? '',
          ...((state === 'hidden' || state === 'veryHidden') && { visibility: state }),
        });
      } else if (isMain(tag, 'workbookPr')) {
        const value = attribute(tag, 'date1904');
        date1904 = value === '1' || value === 'true';
      } else if (isMain(tag, 'definedName')) {
        definedName = { name: attribute(tag, 'name') ?? '', formula: '' };
      }
    },
    text(text) {
      if (definedName) definedName.formula += text;
    },
    close(tag) {
      if (definedName && isMain(tag, 'definedName')) {
        definedNames.push(definedName);
        definedName = undefined;
      }
    },
  });
  return { sheets, date1904, definedNames };
}
