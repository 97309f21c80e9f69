import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = 'tests/cli/interrupted-write-child.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-check-interrupted-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts a copy in another process, signals it once its temporary file exists, and reports how it ended. */
function interruptedWrite(target: string, signal: NodeJS.Signals): Promise<{ temporary: string; existed: boolean; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, target], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    let temporary = '';
    let existed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (temporary !== '' || !output.includes('\n')) return;
      temporary = output.trim();
      stat(temporary).then(
        () => {
          existed = true;
          child.kill(signal);
        },
        reject,
      );
    });
    child.on('error', reject);
    child.on('exit', (_code, ended) => resolve({ temporary, existed, signal: ended }));
  });
}

describe('an interrupted copy leaves no temporary file of the officer’s data', () => {
  it.each([['SIGTERM' as const], ['SIGINT' as const], ['SIGHUP' as const]])('%s', async (signal) => {
    const target = join(dir, `checked-${signal}.xlsx`);
    const ended = await interruptedWrite(target, signal);
    expect(ended.existed).toBe(true);
    expect(ended.temporary).toMatch(new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\.checked-${signal}\\.xlsx\\.[0-9a-f]{24}\\.tmp$`));
    // The process still dies of the signal, so a shell or a scheduler sees it was interrupted.
    expect(ended.signal).toBe(signal);
    expect(await readdir(dir)).toStrictEqual([]);
  });
});
