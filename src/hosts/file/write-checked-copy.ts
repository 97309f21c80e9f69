import { readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookAnalysis } from '../../engine/analyse/analyse-workbook.js';
import { statusColouringPlan } from '../../engine/edits/status-colouring-plan.js';
import { summarySheetPlans } from '../../engine/edits/summary-sheet-plan.js';
import { SUMMARY_MARKER_PREFIX } from '../../engine/edits/summary-sheet-names.js';
import type { Profile } from '../../engine/profile/profile-schema.js';
import { addStopIfTrue, applyColouringPlan } from './apply-colouring-exceljs.js';
import { parseCsv } from './parse-csv.js';
import { writeSummarySheet } from './summary-sheet-exceljs.js';
import { addChartsToXlsx, type ChartSpec } from './xlsx-charts/index.js';
import { findWorksheetPart } from './xlsx-charts/workbook-sheets.js';

export interface CheckedCopyOptions {
  /** The .xlsx or .csv the analysis was made from. */
  input: string;
  /** Where the copy goes: an .xlsx path that is not the input. */
  output: string;
  analysis: WorkbookAnalysis;
  profile: Profile;
}

export interface CheckedCopy {
  output: string;
  /** Tracker sheets given status colouring. */
  colouredSheets: string[];
  /** Summary sheets written, one per tracker. */
  summarySheets: string[];
}

/** Where a workbook's sheets are, by the names the engine read them under. */
interface CopySource {
  workbook: ExcelJS.Workbook;
  sheetFor: (engineName: string) => ExcelJS.Worksheet | undefined;
}

/**
 * Writes a copy of the workbook with each tracker's rated columns coloured as the add-in colours them
 * (conditional formats) and a summary sheet per tracker laid out as the add-in lays it out, its charts
 * as native chart parts. Never writes over the input; the file appears whole or not at all.
 */
export async function writeCheckedCopy(options: CheckedCopyOptions): Promise<CheckedCopy> {
  const { input, output, analysis, profile } = options;
  if (await sameFile(input, output)) throw new Error(`${output} is the input file; give --out a new name`);
  const source = await loadSource(input);
  const { workbook } = source;
  const { trackers } = analysis;

  const written: { sheetName: string; charts: ChartSpec[] }[] = [];
  for (const plan of summarySheetPlans(trackers, profile, analysis.snapshots)) written.push(writeSummarySheet(workbook, plan, SUMMARY_MARKER_PREFIX));
  // After the summaries, so the very hidden lists sheet comes last.
  const stopping = applyColouringPlan(workbook, statusColouringPlan(trackers, profile), source.sheetFor);
  const colouredSheets = [...stopping.keys()];

  let bytes: Uint8Array = new Uint8Array(await workbook.xlsx.writeBuffer());
  bytes = await withStopIfTrue(bytes, stopping);
  for (const summary of written) bytes = await addChartsToXlsx(bytes, summary.sheetName, summary.charts);

  const temporary = join(dirname(resolve(output)), `.${basename(output)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, output);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return { output, colouredSheets, summarySheets: written.map((w) => w.sheetName) };
}

/** exceljs cannot write stopIfTrue on a conditional-format rule, so it is added to the sheet parts afterwards. */
async function withStopIfTrue(bytes: Uint8Array, stopping: ReadonlyMap<string, number[]>): Promise<Uint8Array> {
  const sheets = [...stopping].filter(([, priorities]) => priorities.length > 0);
  if (sheets.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, priorities] of sheets) {
    const path = await findWorksheetPart(zip, name);
    const xml = await zip.file(path)?.async('string');
    if (xml !== undefined) zip.file(path, addStopIfTrue(xml, priorities));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function loadSource(path: string): Promise<CopySource> {
  const bytes = await readFile(path);
  if (extname(path).toLowerCase() === '.csv') return csvSource(basename(path), bytes.toString('utf8'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { workbook, sheetFor: (name) => workbook.worksheets.find((sheet) => sheet.name === name) };
}

/** A new workbook holding the CSV's rows, every cell as the text it was in the file, on a sheet named after the file. */
function csvSource(fileName: string, text: string): CopySource {
  const workbook = new ExcelJS.Workbook();
  // The engine names the sheet after the file (see workbookFromCsv); Excel's sheet names are shorter and stricter.
  const engineName = fileName.replace(/\.csv$/i, '');
  const excelName =
    engineName
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet1';
  const sheet = workbook.addWorksheet(excelName);
  parseCsv(text).forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== '') sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  return { workbook, sheetFor: (name) => (name === engineName ? sheet : undefined) };
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
