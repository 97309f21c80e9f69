import { makeStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type JSX, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { AnnounceContext, type Urgency } from '../hooks/announce.js';
import { whenExposed } from '../hooks/when-exposed.js';

/** Visually hidden, still read by screen readers. */
const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** One message; `id` changes each time, so the same words said again are read again. */
interface Announcement {
  id: number;
  text: string;
}

/**
 * The text a region shows: emptied first, then filled a moment later (screen readers read a live
 * region when its content changes, not when the same words are put back), and only once no dialog
 * is open or closing, so the words are never written while the page is hidden behind one.
 */
function useSpoken(announcement: Announcement | undefined, region: RefObject<HTMLElement | null>): string {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    setSpoken('');
    if (!announcement) return;
    let stop = () => {};
    const timer = setTimeout(() => {
      stop = whenExposed(
        () => region.current ?? undefined,
        () => {
          setSpoken(announcement.text);
          return true;
        },
      );
    }, 100);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [announcement, region]);
  return spoken;
}

/**
 * The pane's live regions (WCAG 4.1.3), in the page from the start: outcomes politely, failures
 * assertively. They are rendered straight into <body>, outside the pane's root, and marked so that
 * Fluent's focus manager never puts aria-hidden on them while a dialog is open
 * (data-tabster-never-hide, which it honours on the body's own children).
 */
export function Announcer({ children }: { children: ReactNode }): JSX.Element {
  const styles = useStyles();
  const [polite, setPolite] = useState<Announcement>();
  const [assertive, setAssertive] = useState<Announcement>();
  const next = useRef(1);
  const announce = useCallback((text: string, urgency: Urgency = 'polite') => {
    const announcement = { id: next.current++, text };
    (urgency === 'polite' ? setPolite : setAssertive)(announcement);
  }, []);
  const politeRegion = useRef<HTMLDivElement>(null);
  const assertiveRegion = useRef<HTMLDivElement>(null);
  const politeText = useSpoken(polite, politeRegion);
  const assertiveText = useSpoken(assertive, assertiveRegion);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      {createPortal(
        <div data-tabster-never-hide="">
          <div ref={politeRegion} className={styles.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="live-polite">
            {politeText}
          </div>
          <div ref={assertiveRegion} className={styles.hidden} role="alert" aria-live="assertive" aria-atomic="true" data-testid="live-assertive">
            {assertiveText}
          </div>
        </div>,
        document.body,
      )}
    </AnnounceContext.Provider>
  );
}
