import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** What one timed task took over its repetitions, in milliseconds. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export interface TimeOptions {
  /** Timed runs; the median of these is the figure reported. */
  repetitions: number;
  /** Untimed runs first, so the JIT and caches are warm. */
  warmups?: number;
}

/**
 * Runs `task` `warmups` times untimed, then `repetitions` times timed with performance.now(), and
 * returns the spread with the last result (so a timed read can feed the next step).
 */
export async function timeTask<T>(task: () => T | Promise<T>, options: TimeOptions): Promise<{ timing: Timing; result: T }> {
  const { repetitions, warmups = 1 } = options;
  if (repetitions < 1) throw new Error('timeTask: at least one repetition is needed');
  let result: T | undefined;
  for (let i = 0; i < warmups; i++) result = await task();
  const samples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    collectGarbage();
    const start = performance.now();
    result = await task();
    samples.push(performance.now() - start);
  }
  return { timing: summarise(samples), result: result as T };
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, samples: [...samples] };
}

/**
 * A full collection before each timed run, so garbage left by an earlier step (a 100,000-row
 * read leaves hundreds of megabytes) is not collected on the next step's clock. gc() is exposed
 * at run time, so `npm run bench` needs no node flags.
 */
const collectGarbage: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** "12.3 ms", "1.24 s": milliseconds as a person reads them. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}
