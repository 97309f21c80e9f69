import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const CHILD_USAGE = new URL('./child-usage.mjs', import.meta.url).href;

export interface ProcessRun {
  code: number;
  /** From spawn to exit, as a person at the prompt waits. */
  wallMs: number;
  /** User and system CPU time of the child itself. */
  cpuMs: number;
  maxRssKb: number;
}

/** Runs `node <args>` as a whole process, output discarded, and measures it. */
export async function runNodeProcess(args: readonly string[], cwd: string, usageDir: string): Promise<ProcessRun> {
  const usageFile = join(usageDir, `usage-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const start = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', CHILD_USAGE, ...args], {
      cwd,
      stdio: 'ignore',
      env: { ...process.env, TRACKER_CHECK_BENCH_USAGE: usageFile },
    });
    child.on('error', reject);
    child.on('exit', (exit) => resolve(exit ?? -1));
  });
  const wallMs = performance.now() - start;
  const usage = JSON.parse(await readFile(usageFile, 'utf8')) as { cpuMs: number; maxRssKb: number };
  await rm(usageFile, { force: true });
  return { code, wallMs, ...usage };
}
