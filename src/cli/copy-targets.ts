import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Inputs } from './collect-inputs.js';

/** Where each input's checked copy goes, by input path; or why --out cannot be used. */
export type CopyTargets = { ok: true; targets: Map<string, string>; intoFolder: boolean } | { ok: false; message: string };

/**
 * `--out OUT.xlsx` for one file; `--out FOLDER` for one file or many (made if missing), each copy
 * under the input's name (below the folder it was found in), as .xlsx (.xlsm for a workbook with macros). Refused
 * before anything is checked: a copy that would land on an input, or two copies on one name.
 */
export async function copyTargets(out: string, inputs: Inputs): Promise<CopyTargets> {
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

  // Only a target that exists can be an input: the same file is the same device and inode (links followed).
  const inputIds = new Map<string, string>();
  for (const file of files) {
    const found = await statOrUndefined(file.path);
    if (found) inputIds.set(`${found.dev}:${found.ino}`, file.path);
  }
  for (const [input, target] of targets) {
    const found = await statOrUndefined(target);
    const over = found === undefined ? undefined : inputIds.get(`${found.dev}:${found.ino}`);
    if (over === undefined) continue;
    return {
      ok: false,
      message:
        over === input && !intoFolder
          ? `--out ${out} is the input file; the copy needs a new name`
          : `--out: the copy of ${input} would be written over the input ${over}; choose another folder`,
    };
  }
  return { ok: true, targets, intoFolder };
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
