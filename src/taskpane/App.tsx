import { useMemo, type JSX } from 'react';
import { DEFAULT_PROFILE } from '../engine/profile/default-profile.js';
import type { Profile } from '../engine/profile/profile-schema.js';
import { officeJsRun } from '../hosts/office/office-js-run.js';
import { OfficeTrackerHost } from '../hosts/office/office-tracker-host.js';
import { Announcer } from './components/Announcer.js';
import { RequirementsMessage } from './components/RequirementsMessage.js';
import { TrackerCheckPane } from './components/TrackerCheckPane.js';
import { PaneServicesContext, type PaneServices, type TrackerHost } from './hooks/host-context.js';
import { excelApiSupported } from './office-requirements.js';

export interface AppProps {
  /** How the pane reaches Excel; by default OfficeTrackerHost over office.js's Excel.run. */
  host?: TrackerHost;
  profile?: Profile;
  /** Whether Excel has the API Tracker Check needs; by default asked of office.js. */
  supported?: boolean;
}

/**
 * The task pane. It holds no rules of its own: it shows what the engine returns and reaches Excel
 * only through OfficeTrackerHost.
 */
export function App({ host, profile = DEFAULT_PROFILE, supported }: AppProps): JSX.Element {
  const isSupported = useMemo(() => supported ?? excelApiSupported(), [supported]);
  const services = useMemo<PaneServices>(
    () => ({ host: host ?? new OfficeTrackerHost(officeJsRun, () => new Date(), profile), profile }),
    [host, profile],
  );
  if (!isSupported) return <RequirementsMessage />;
  return (
    <PaneServicesContext.Provider value={services}>
      <Announcer>
        <TrackerCheckPane />
      </Announcer>
    </PaneServicesContext.Provider>
  );
}
