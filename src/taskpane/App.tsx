import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';

/**
 * Placeholder task pane UI: the title only, so the build and the shell work end to end.
 * Replaced by the task pane's owner. Keep Office.js out of UI code: Excel access goes through
 * src/hosts/office/.
 */
const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
});

export function App(): JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">Tracker Check</Title2>
      <Body1>Checks recommendation trackers and builds the board summary.</Body1>
    </main>
  );
}
