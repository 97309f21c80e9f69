import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

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
    handle = await open(path, 'r');
    const found = await handle.stat();
    if (found.isDirectory()) return { ok: false, message: `${path}: is a folder, not a file` };
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
