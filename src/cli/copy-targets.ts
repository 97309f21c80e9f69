import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Inputs } from './collect-inputs.js';

/** Where each input's checked copy goes, by input path; or why --out cannot be used. */
export type CopyTargets = { ok: true; targets: Map<string, string>; intoFolder: boolean } | { ok: false; message: string };

/** A file the command reads besides the inputs (`--since`, `--profile`), named by its option for the message. */
export interface ReadPath {
  option: string;
  path: string;
}

/**
 * `--out OUT.xlsx` for one file; `--out FOLDER` for one file or many (made if missing), each copy
 * under the input's name (below the folder it was found in), as .xlsx (.xlsm for a workbook with macros). Refused
 * before anything is checked: a copy that would land on any file the command reads (an input, or a
 * `readPaths` file), by name or by identity, or two copies on one name.
 */
export async function copyTargets(out: string, inputs: Inputs, readPaths: readonly ReadPath[] = []): Promise<CopyTargets> {
  const files = inputs.entries.flatMap((entry) => ('relative' in entry ? [entry] : []));
  const outStat = await statOrUndefined(out);
  const workbookName = ['.xlsx', '.xlsm'].includes(extname(out).toLowerCase());
  // A name that does not exist yet is a folder when it says so (a trailing slash, or no extension), or when several files are checked.
  const namesFolder = /[\\/]$/.test(out) || extname(out) === '';
  const intoFolder = outStat?.isDirectory() === true || (outStat === undefined && !workbookName && (inputs.batch || namesFolder));
  if (!intoFolder) {
    if (inputs.batch) return { ok: false, message: `--out names a folder when several files are checked, not "${out}"` };
    if (!workbookName) return { ok: false, message: `--out takes an .xlsx file name or a folder, not "${out}"` };
  }

  const targets = new Map<string, string>();
  const byTarget = new Map<string, string>();
  for (const file of files) {
    const target = intoFolder ? join(out, asXlsx(file.relative)) : out;
    const earlier = byTarget.get(target);
    if (earlier !== undefined) return { ok: false, message: `--out: ${earlier} and ${file.path} would both be copied to ${target}` };
    byTarget.set(target, file.path);
    targets.set(file.path, target);
  }

  const read = await readFiles([...files.map((file) => ({ option: '', path: file.path })), ...readPaths]);
  for (const [input, target] of targets) {
    const over = await readFileAt(target, read);
    if (over === undefined) continue;
    if (over.option !== '') return { ok: false, message: `--out: the copy of ${input} would be written over the ${over.option} file ${over.path}; choose another name` };
    return {
      ok: false,
      message:
        over.path === input && !intoFolder
          ? `--out ${out} is the input file; the copy needs a new name`
          : `--out: the copy of ${input} would be written over the input ${over.path}; choose another folder`,
    };
  }
  return { ok: true, targets, intoFolder };
}

interface ReadFile extends ReadPath {
  /** The path with its folder's links resolved (the file itself may not exist). */
  name: string;
  /** Device and inode, links followed, when the file exists. */
  id: string | undefined;
}

async function readFiles(paths: readonly ReadPath[]): Promise<ReadFile[]> {
  return Promise.all(paths.map(async (read) => ({ ...read, name: await canonicalName(read.path), id: identity(await statOrUndefined(read.path)) })));
}

/** The read file a target would be written over: the same name (links resolved) or the same file (a hard or symbolic link to it). */
async function readFileAt(target: string, read: readonly ReadFile[]): Promise<ReadFile | undefined> {
  const name = await canonicalName(target);
  const id = identity(await statOrUndefined(target));
  return read.find((file) => file.name === name || (id !== undefined && file.id === id));
}

function identity(found: Stats | undefined): string | undefined {
  return found === undefined ? undefined : `${found.dev}:${found.ino}`;
}

async function canonicalName(path: string): Promise<string> {
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

/** The copy's name: a workbook with macros stays .xlsm, anything else becomes .xlsx. */
function asXlsx(name: string): string {
  const extension = extname(name);
  const kind = extension.toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
  return `${extension === '' ? name : name.slice(0, -extension.length)}${kind}`;
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}
