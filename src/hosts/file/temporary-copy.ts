import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Temporary files this process has made and not yet renamed or removed. */
const live = new Set<string>();

/**
 * A file written beside its target and renamed over it once whole, so the target is never seen
 * half-written. Its name is unpredictable and it is created exclusively (O_CREAT | O_EXCL): a file
 * or link planted in the folder, or a stale temporary file, is never opened, let alone written
 * through. Until it is renamed it is listed for removeTemporaryFiles, which the command runs on
 * any exit it can catch.
 */
export class TemporaryCopy {
  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  /** A new empty file in the target's folder with `mode`'s permissions, exactly where the file system keeps them. */
  static async create(target: string, mode: number): Promise<TemporaryCopy> {
    const path = join(dirname(resolve(target)), `.${basename(target)}.${randomBytes(12).toString('hex')}.tmp`);
    const handle = await open(path, 'wx', mode);
    live.add(path);
    // The umask has narrowed the mode open gave it; chmod makes it the input's. A file system that
    // refuses chmod (a network share) keeps the narrower mode, never a wider one.
    await handle.chmod(mode).catch(() => undefined);
    return new TemporaryCopy(path, handle);
  }

  async write(bytes: Uint8Array): Promise<void> {
    await this.handle.writeFile(bytes);
  }

  /** Renames the file over the target; whether a file was there before (and is now replaced). */
  async commit(target: string): Promise<{ replaced: boolean }> {
    await this.handle.close();
    const replaced = await lstat(target).then(
      () => true,
      () => false,
    );
    await rename(this.path, target);
    live.delete(this.path);
    return { replaced };
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.path, { force: true });
    live.delete(this.path);
  }
}

/** Writes `bytes` to `target` through a temporary copy; whether an existing file was replaced. */
export async function writeWhole(target: string, bytes: Uint8Array, mode: number): Promise<{ replaced: boolean }> {
  const temporary = await TemporaryCopy.create(target, mode);
  try {
    await temporary.write(bytes);
    return await temporary.commit(target);
  } catch (error) {
    await temporary.discard();
    throw error;
  }
}

/** Removes every temporary file still open, synchronously: it runs in exit and signal handlers. */
export function removeTemporaryFiles(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  live.clear();
}
