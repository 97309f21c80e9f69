import { createContext, useContext } from 'react';

/** Polite for outcomes, warnings and filter results; assertive for failures (WCAG 4.1.3). */
export type Urgency = 'polite' | 'assertive';

/** Says `text` in the pane's live region once any dialog has closed; the same words said again are read again. */
export type Announce = (text: string, urgency?: Urgency) => void;

export const AnnounceContext = createContext<Announce | undefined>(undefined);

/** The pane's one way to speak to a screen reader: the Announcer's live regions. */
export function useAnnounce(): Announce {
  const announce = useContext(AnnounceContext);
  if (!announce) throw new Error('useAnnounce needs an <Announcer> above it');
  return announce;
}
