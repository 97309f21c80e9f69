import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { TaskName } from '../hooks/useHostTask.js';

const BUSY_WORDS: Record<TaskName, string> = {
  validate: 'Validating the tracker…',
  summary: 'Building the summary…',
  fix: 'Changing the cells…',
  revert: 'Putting the cells back…',
  columns: 'Saving the columns and validating again…',
  answer: 'Saving your answer and validating again…',
  select: 'Going to the cell…',
};

/** data-focus keys of the two buttons: the places focus falls back to. */
export const VALIDATE_FOCUS = 'validate';
export const SUMMARY_FOCUS = 'summary';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface PaneActionsProps {
  busy: TaskName | undefined;
  onValidate: () => void;
  onBuildSummary: () => void;
}

/**
 * The two things an officer starts here: Validate tracker and Build summary, with progress while
 * Excel works. While busy they stay focusable (aria-disabled), so focus never drops out of the pane.
 */
export function PaneActions({ busy, onValidate, onBuildSummary }: PaneActionsProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Button appearance="primary" disabledFocusable={busy !== undefined} onClick={onValidate} data-focus={VALIDATE_FOCUS}>
        Validate tracker
      </Button>
      <Button disabledFocusable={busy !== undefined} onClick={onBuildSummary} data-focus={SUMMARY_FOCUS}>
        Build summary
      </Button>
      {busy !== undefined && busy !== 'select' && <Spinner size="tiny" label={BUSY_WORDS[busy]} />}
    </div>
  );
}
