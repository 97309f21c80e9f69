import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { TaskName } from '../hooks/useHostTask.js';

const BUSY_WORDS: Record<TaskName, string> = {
  validate: 'Validating the tracker…',
  summary: 'Building the summary…',
  fix: 'Changing the cells…',
  revert: 'Putting the cells back…',
  columns: 'Saving the columns and validating again…',
  select: 'Going to the cell…',
};

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface PaneActionsProps {
  busy: TaskName | undefined;
  onValidate: () => void;
  onBuildSummary: () => void;
}

/** The two things an officer starts here: Validate tracker and Build summary, with progress while Excel works. */
export function PaneActions({ busy, onValidate, onBuildSummary }: PaneActionsProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Button appearance="primary" disabled={busy !== undefined} onClick={onValidate}>
        Validate tracker
      </Button>
      <Button disabled={busy !== undefined} onClick={onBuildSummary}>
        Build summary
      </Button>
      {busy !== undefined && busy !== 'select' && <Spinner size="tiny" label={BUSY_WORDS[busy]} />}
    </div>
  );
}
