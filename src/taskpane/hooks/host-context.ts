import { createContext, useContext } from 'react';
import { DEFAULT_PROFILE } from '../../engine/profile/default-profile.js';
import type { Profile } from '../../engine/profile/profile-schema.js';
import type { OfficeTrackerHost } from '../../hosts/office/office-tracker-host.js';

/** What the pane asks of Excel: OfficeTrackerHost's calls, and nothing else. Tests pass their own. */
export type TrackerHost = Pick<
  OfficeTrackerHost,
  'validate' | 'buildSummary' | 'applyEdits' | 'revert' | 'selectCell' | 'saveLayout' | 'saveReading' | 'readRow'
>;

export interface PaneServices {
  host: TrackerHost;
  /** Labels and palette the pane shows; the same profile the host checks with. */
  profile: Profile;
}

export const PaneServicesContext = createContext<PaneServices | undefined>(undefined);

export function usePaneServices(): PaneServices {
  const services = useContext(PaneServicesContext);
  if (!services) throw new Error('usePaneServices needs a PaneServicesContext provider (see App.tsx)');
  return services;
}

export function useProfile(): Profile {
  return useContext(PaneServicesContext)?.profile ?? DEFAULT_PROFILE;
}
