import { useCallback, useState } from 'react';
import { officerMessage } from '../../hosts/office/officer-message.js';

/** The pane's calls to Excel, one at a time: the buttons are disabled while one runs. */
export type TaskName = 'validate' | 'summary' | 'fix' | 'revert' | 'columns' | 'answer' | 'select';

export interface HostTask {
  busy: TaskName | undefined;
  /** The officer message for the last call that failed. */
  problem: string | undefined;
  /** Runs one call; resolves with its result, or undefined when it failed (the problem says why). */
  run: <T>(name: TaskName, work: () => Promise<T>) => Promise<T | undefined>;
  dismissProblem: () => void;
}

/** `onProblem` hears each failure's message, the same message again included. */
export function useHostTask(onProblem: (message: string) => void): HostTask {
  const [busy, setBusy] = useState<TaskName>();
  const [problem, setProblem] = useState<string>();
  const run = useCallback(async <T,>(name: TaskName, work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(name);
    setProblem(undefined);
    try {
      return await work();
    } catch (error) {
      console.error(`Tracker Check: ${name} failed`, error);
      const message = officerMessage(error);
      setProblem(message);
      onProblem(message);
      return undefined;
    } finally {
      setBusy(undefined);
    }
  }, [onProblem]);
  const dismissProblem = useCallback(() => setProblem(undefined), []);
  return { busy, problem, run, dismissProblem };
}
