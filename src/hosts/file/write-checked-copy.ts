import type { OfficerReading } from '../../engine/reading/officer-reading.js';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookAnalysis } from '../../engine/analyse/analyse-workbook.js';
import type { Profile } from '../../engine/profile/profile-schema.js';
import { addToPackage, type Withheld } from './lossless/checked-package.js';
import { isWorkbookPackage, readTextTable } from './read-workbook-file.js';
import { writeWhole } from './temporary-copy.js';
import { couldBeFormula, xmlSafe } from './cell-text.js';

export interface CheckedCopyOptions {
  /** The .xlsx, .xlsm or .csv the analysis was made from. */
  input: string;
  /** The input's bytes, as the analysis read them: the copy is made from these, never from a second read. */
  bytes: Uint8Array;
  /** The input's permission bits: the copy gets the same (a private tracker stays private). */
  mode: number;
  /** Where the copy goes: an .xlsx path (.xlsm for a workbook with macros) that is not the input. */
  output: string;
  analysis: WorkbookAnalysis;
  /** The officer's answers given with --answers, saved in the copy. */
  reading?: OfficerReading;
  profile: Profile;
}

export interface CheckedCopy {
  output: string;
  /** Tracker sheets given status colouring. */
  colouredSheets: string[];
  /** Summary sheets written, one per tracker. */
  summarySheets: string[];
  /** Whether a file already at `output` was replaced. */
  replaced: boolean;
  /** What the workbook's protection kept out of the copy. */
  withheld: Withheld;
}

const MACRO_ENABLED = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

/**
 * Writes a copy of the workbook with each tracker's rated columns coloured as the add-in colours them
 * (conditional formats) and a summary sheet per tracker laid out as the add-in lays it out, its charts
 * as native chart parts. A workbook's own parts are kept as they are, only added to (see
 * addToPackage); a CSV becomes a new workbook. Never writes over the input; the file appears whole or
 * not at all.
 */
export async function writeCheckedCopy(options: CheckedCopyOptions): Promise<CheckedCopy> {
  const { input, output, analysis, profile } = options;
  if (await sameFile(input, output)) throw new Error(`${output} is the input file; give --out a new name`);
  const source = await loadSource(input, options.bytes);
  // Excel opens a package only under the extension its kind has.
  const macroName = extname(output).toLowerCase() === '.xlsm';
  if (source.macroEnabled !== macroName) {
    const wanted = source.macroEnabled ? 'an .xlsm file (the workbook holds macros)' : 'an .xlsx file';
    throw new Error(`the copy of ${basename(input)} must be ${wanted}, not ${basename(output)}`);
  }
  const copy = await addToPackage(source.bytes, analysis.trackers, profile, source.tabName, analysis.snapshots, options.reading);

  const { replaced } = await writeWhole(output, copy.bytes, options.mode);
  return { output, colouredSheets: copy.colouredSheets, summarySheets: copy.summarySheets, replaced, withheld: copy.withheld };
}

interface CopySource {
  bytes: Uint8Array;
  macroEnabled: boolean;
  /** The tab a tracker sheet has, from the name the engine read it under. */
  tabName: (engineName: string) => string;
}

async function loadSource(path: string, bytes: Uint8Array): Promise<CopySource> {
  if (!isWorkbookPackage(bytes)) return textSource(path, bytes);
  const contentTypes = (await (await JSZip.loadAsync(bytes)).file('[Content_Types].xml')?.async('string')) ?? '';
  return { bytes, macroEnabled: contentTypes.includes(MACRO_ENABLED), tabName: (name) => name };
}

/**
 * A new workbook holding a delimited text file's rows as the reader read them (its encoding and
 * separator found the same way), every cell the text it was in the file, on a sheet named after
 * the file.
 */
async function textSource(path: string, bytes: Uint8Array): Promise<CopySource> {
  const read = readTextTable(basename(path), path, bytes);
  if (!read.ok) throw new Error(read.message);
  const [grid] = read.workbook.sheets;
  const engineName = grid?.name ?? '';
  // Excel's sheet names are shorter and stricter than a file's name.
  const excelName =
    engineName
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet1';
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(excelName);
  grid?.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.kind !== 'text') return;
      const added = sheet.getCell(r + 1, c + 1);
      added.value = xmlSafe(cell.value);
      if (couldBeFormula(cell.value)) added.numFmt = '@';
    });
  });
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { bytes: written, macroEnabled: false, tabName: (name) => (name === engineName ? excelName : name) };
}

/** True when both paths name one file: the same resolved path (symbolic links followed) or the same inode. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [realA, realB] = await Promise.all([realOrResolved(a), realOrResolved(b)]);
  if (realA === realB) return true;
  try {
    const [statA, statB] = await Promise.all([stat(a), stat(b)]);
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    return false;
  }
}

async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}
