import { useCallback, useState } from 'react';
import { officerMessage } from '../../hosts/office/officer-message.js';

/** The pane's calls to Excel, one at a time: the buttons are disabled while one runs. */
export type TaskName = 'validate' | 'summary' | 'fix' | 'revert' | 'columns' | 'select';

export interface HostTask {
  busy: TaskName | undefined;
  /** The officer message for the last call that failed. */
  problem: string | undefined;
  /** Counts failures, so the same message twice is announced twice. */
  problemCount: number;
  /** Runs one call; resolves with its result, or undefined when it failed (the problem says why). */
  run: <T>(name: TaskName, work: () => Promise<T>) => Promise<T | undefined>;
  dismissProblem: () => void;
}

export function useHostTask(): HostTask {
  const [busy, setBusy] = useState<TaskName>();
  const [problem, setProblem] = useState<string>();
  const [problemCount, setProblemCount] = useState(0);
  const run = useCallback(async <T,>(name: TaskName, work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(name);
    setProblem(undefined);
    try {
      return await work();
    } catch (error) {
      console.error(`Tracker Check: ${name} failed`, error);
      setProblem(officerMessage(error));
      setProblemCount((n) => n + 1);
      return undefined;
    } finally {
      setBusy(undefined);
    }
  }, []);
  const dismissProblem = useCallback(() => setProblem(undefined), []);
  return { busy, problem, problemCount, run, dismissProblem };
}
