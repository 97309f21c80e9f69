import type { BenchContext } from '../section.js';
import { formatMs } from '../timing.js';
import { runNodeProcess, type ProcessRun } from './run-process.js';

/** Each command run `repetitions` times after one warm-up, in turn, so that load from other work on the machine falls on every command alike. */
export async function interleaved<K extends string>(commands: Record<K, string[]>, repetitions: number, cwd: string, context: BenchContext): Promise<Record<K, ProcessRun[]>> {
  const names = Object.keys(commands) as K[];
  const runs = Object.fromEntries(names.map((name) => [name, [] as ProcessRun[]])) as Record<K, ProcessRun[]>;
  for (let i = 0; i <= repetitions; i++) {
    for (const name of names) {
      const run = await runNodeProcess(commands[name], cwd, context.tempDir);
      if (i > 0) runs[name].push(run);
    }
  }
  for (const name of names) context.progress(`  ${name}: ${runs[name].map((r) => formatMs(r.wallMs)).join(', ')}`);
  return runs;
}
