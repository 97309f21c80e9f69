import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

/** What a folder is searched for. */
export const CHECKED_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm', '.csv'];

/** Spreadsheets a folder may hold that cannot be checked, by extension: what each is, for the skipped line. */
const UNREADABLE_SPREADSHEETS: Readonly<Record<string, string>> = {
  '.xls': 'an Excel 97-2003 workbook',
  '.xlsb': 'an Excel binary workbook',
  '.ods': 'an OpenDocument spreadsheet',
};

/** A file a folder holds but that cannot be checked, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** One file to check, or a folder that gave none, reported in its place. */
export type InputEntry =
  | { path: string; /** The file's path below the folder it was found in (its name when given itself). */ relative: string }
  | { path: string; problem: string };

export interface Inputs {
  /** Several files or any folder: the batch report. One file on its own keeps the one-file report. */
  batch: boolean;
  entries: InputEntry[];
  /** Spreadsheets found in the folders that are not checked (.xls, .xlsb, .ods), in the order found. */
  skipped: SkippedFile[];
}

/** The files named, and every .xlsx, .xlsm and .csv in the folders named (below them too when recursive), each once. */
export async function collectInputs(paths: readonly string[], recursive: boolean): Promise<Inputs> {
  const entries: InputEntry[] = [];
  const skipped: SkippedFile[] = [];
  let batch = paths.length > 1;
  for (const path of paths) {
    if (!(await isFolder(path))) {
      entries.push({ path, relative: basename(path) });
      continue;
    }
    batch = true;
    try {
      const found = await filesIn(path, '', recursive, (relative, reason) => skipped.push({ path: join(path, relative), reason }));
      if (found.length === 0) {
        entries.push({ path, problem: `${path}: no .xlsx, .xlsm or .csv file in this folder${recursive ? ' or below it' : ''}` });
      }
      for (const relative of found) entries.push({ path: join(path, relative), relative });
    } catch (error) {
      entries.push({ path, problem: `${path}: the folder cannot be listed (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` });
    }
  }
  const seen = new Set<string>();
  return {
    batch,
    skipped,
    entries: entries.filter((entry) => {
      const key = resolve(entry.path);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // the reader says what is wrong with it, in its place
  }
}

/** Names in order; hidden files and Excel's "~$" lock files left out; symbolic links to folders not followed. */
async function filesIn(folder: string, below: string, recursive: boolean, skip: (relative: string, reason: string) => void): Promise<string[]> {
  const dirents = await readdir(join(folder, below), { withFileTypes: true });
  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const dirent of dirents) {
    if (dirent.name.startsWith('.') || dirent.name.startsWith('~$')) continue;
    const relative = below === '' ? dirent.name : join(below, dirent.name);
    if (dirent.isDirectory()) {
      if (recursive) found.push(...(await filesIn(folder, relative, recursive, skip)));
      continue;
    }
    const unreadable = UNREADABLE_SPREADSHEETS[extname(dirent.name).toLowerCase()];
    if (unreadable !== undefined) {
      skip(relative, `${unreadable}; Tracker Check reads .xlsx, .xlsm and .csv: open it in Excel and save it as .xlsx to check it`);
    } else if (CHECKED_EXTENSIONS.includes(extname(dirent.name).toLowerCase()) && (await isFileLike(folder, relative, dirent))) {
      found.push(relative);
    }
  }
  return found;
}

async function isFileLike(folder: string, relative: string, dirent: Dirent): Promise<boolean> {
  if (dirent.isFile()) return true;
  if (!dirent.isSymbolicLink()) return false;
  try {
    return (await stat(join(folder, relative))).isFile();
  } catch {
    return true; // a broken link: the reader reports it in its place
  }
}
