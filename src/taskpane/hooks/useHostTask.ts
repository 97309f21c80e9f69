import { useCallback, useState } from 'react';
import { officerMessage } from '../../hosts/office/officer-message.js';

/** The pane's calls to Excel, one at a time: the buttons are disabled while one runs. */
export type TaskName = 'validate' | 'summary' | 'fix' | 'revert' | 'columns' | 'select';

export interface HostTask {
  busy: TaskName | undefined;
  /** The officer message for the last call that failed. */
  problem: string | undefined;
  run: (name: TaskName, work: () => Promise<void>) => Promise<void>;
  dismissProblem: () => void;
}

export function useHostTask(): HostTask {
  const [busy, setBusy] = useState<TaskName>();
  const [problem, setProblem] = useState<string>();
  const run = useCallback(async (name: TaskName, work: () => Promise<void>) => {
    setBusy(name);
    setProblem(undefined);
    try {
      await work();
    } catch (error) {
      console.error(`Tracker Check: ${name} failed`, error);
      setProblem(officerMessage(error));
    } finally {
      setBusy(undefined);
    }
  }, []);
  const dismissProblem = useCallback(() => setProblem(undefined), []);
  return { busy, problem, run, dismissProblem };
}
