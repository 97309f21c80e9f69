/**
 * The ribbon's outcomes, shared with the task pane: a module-level store with one listener list.
 *
 * It works because manifest.xml declares the shared runtime: the ribbon's function commands and
 * the pane run in one JavaScript runtime (taskpane.html loads both bundles, and webpack's single
 * runtime chunk gives both one copy of this module). The ribbon publishes here; the pane, mounted
 * now or later, reads the latest outcome and hears every new one. Type-only imports keep this
 * module tiny, as it ships in the commands bundle.
 */
import type { ValidateOutcome } from '../hosts/office/office-tracker-host.js';

export type RibbonAction = 'validate' | 'summary';

export type RibbonOutcome =
  | { id: number; action: RibbonAction; state: 'running' }
  | { id: number; action: 'validate'; state: 'done'; outcome: ValidateOutcome }
  | { id: number; action: 'summary'; state: 'done'; outcome: ValidateOutcome; sheets: string[] }
  | { id: number; action: RibbonAction; state: 'failed'; message: string };

/** A RibbonOutcome before the store numbers it. */
export type RibbonOutcomeInput = RibbonOutcome extends infer O ? (O extends RibbonOutcome ? Omit<O, 'id'> : never) : never;

type Listener = (outcome: RibbonOutcome) => void;

const listeners = new Set<Listener>();
let latest: RibbonOutcome | undefined;
let nextId = 1;

export function publishRibbonOutcome(input: RibbonOutcomeInput): RibbonOutcome {
  const outcome = { ...input, id: nextId++ } as RibbonOutcome;
  latest = outcome;
  for (const listener of [...listeners]) listener(outcome);
  return outcome;
}

/** The last outcome published, so a pane that opens after the ribbon ran still shows it. */
export function latestRibbonOutcome(): RibbonOutcome | undefined {
  return latest;
}

/** Calls `listener` with every outcome published from now on; returns the unsubscribe. */
export function onRibbonOutcome(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tests only: forget the latest outcome and every listener. */
export function resetRibbonOutcomes(): void {
  latest = undefined;
  listeners.clear();
}
