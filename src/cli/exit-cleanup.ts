import { removeTemporaryFiles } from '../hosts/file/temporary-copy.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * A copy being written when the process ends (Ctrl-C, a kill, an unexpected failure) leaves no
 * partial temporary file of the officer's data behind. After a signal the process still dies of
 * it, so the shell sees the signal. SIGKILL cannot be caught; what it leaves is never reused.
 */
export function removeTemporaryFilesOnExit(): void {
  process.on('exit', removeTemporaryFiles);
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      removeTemporaryFiles();
      process.kill(process.pid, signal);
    });
  }
}
