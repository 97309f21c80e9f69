import { useSyncExternalStore } from 'react';
import { latestRibbonOutcome, onRibbonOutcome, type RibbonOutcome } from '../../commands/ribbon-outcomes.js';

/** The latest outcome of a ribbon button, kept current as the ribbon publishes new ones. */
export function useRibbonOutcome(): RibbonOutcome | undefined {
  return useSyncExternalStore(onRibbonOutcome, latestRibbonOutcome, latestRibbonOutcome);
}
