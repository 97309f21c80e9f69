import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { count, READ_LIMITS } from './package-reader/read-limits.js';

/** Which file was read, as it was: a later stat that differs means it was saved over or changed. */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

/** An input's bytes, read once: the check and the copy are both made from them. */
export interface InputSnapshot {
  bytes: Buffer;
  /** Its permission bits, which the copy is given. */
  mode: number;
  identity: FileIdentity;
}

export type InputRead = { ok: true; input: InputSnapshot } | { ok: false; message: string };

/** Reads a file whole through one handle, so its bytes and the identity they are compared by are of one file. */
export async function readInput(path: string): Promise<InputRead> {
  let handle;
  try {
    // Looked at before opening: opening a pipe waits for a writer, and a device never ends.
    const before = await stat(path);
    if (!before.isFile() && !before.isDirectory()) return notRegular(path);
    handle = await open(path, 'r');
    const found = await handle.stat();
    if (found.isDirectory()) return { ok: false, message: `${path}: is a folder, not a file` };
    if (!found.isFile()) return notRegular(path);
    if (found.size > READ_LIMITS.fileBytes) {
      return { ok: false, message: `${path}: not read: the file is larger than ${count(READ_LIMITS.fileBytes)} bytes, past what Tracker Check reads (README, "Limits")` };
    }
    const bytes = await handle.readFile();
    return { ok: true, input: { bytes, mode: found.mode & 0o777, identity: identityOf(found) } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `${path}: no such file` };
    if (code === 'EISDIR') return { ok: false, message: `${path}: is a folder, not a file` };
    if (code === 'ELOOP') return { ok: false, message: `${path}: is a link that leads round in a loop, to no file` };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `${path}: cannot be read (permission denied)` };
    return { ok: false, message: `${path}: cannot be read (${code ?? 'unknown error'})` };
  } finally {
    await handle?.close();
  }
}

function notRegular(path: string): InputRead {
  return { ok: false, message: `${path}: is not a regular file (a pipe or a device); save the workbook to a file and try again` };
}

/** Whether the file at `path` is no longer the one read (replaced, rewritten or removed). */
export async function changedSince(path: string, identity: FileIdentity): Promise<boolean> {
  try {
    const now = identityOf(await stat(path));
    return now.dev !== identity.dev || now.ino !== identity.ino || now.size !== identity.size || now.mtimeMs !== identity.mtimeMs;
  } catch {
    return true;
  }
}

function identityOf(found: Stats): FileIdentity {
  return { dev: found.dev, ino: found.ino, size: found.size, mtimeMs: found.mtimeMs };
}
