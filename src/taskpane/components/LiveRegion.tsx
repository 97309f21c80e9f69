import { makeStyles } from '@fluentui/react-components';
import { useEffect, useState, type JSX } from 'react';

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

/** One message for the live region; `id` changes each time, so the same words said again are read again. */
export interface Announcement {
  id: number;
  text: string;
}

/**
 * The text a region shows: emptied first, then filled a moment later, because screen readers read a
 * live region when its content changes, not when the same words are put back.
 */
function useSpoken(announcement: Announcement | undefined): string {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    setSpoken('');
    if (!announcement) return;
    const timer = setTimeout(() => setSpoken(announcement.text), 100);
    return () => clearTimeout(timer);
  }, [announcement]);
  return spoken;
}

/**
 * The pane's live regions (WCAG 4.1.3): the outcome of every action, politely, and failures,
 * assertively. Both are in the page from the start, as screen readers need.
 */
export function LiveRegion({ polite, assertive }: { polite: Announcement | undefined; assertive: Announcement | undefined }): JSX.Element {
  const styles = useStyles();
  const politeText = useSpoken(polite);
  const assertiveText = useSpoken(assertive);
  return (
    <>
      <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="live-polite">
        {politeText}
      </div>
      <div className={styles.hidden} role="alert" aria-live="assertive" aria-atomic="true" data-testid="live-assertive">
        {assertiveText}
      </div>
    </>
  );
}
