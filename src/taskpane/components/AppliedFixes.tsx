import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { AppliedFix } from '../hooks/useTrackerCheck.js';
import { appliedText, revertLabel, UNDO_WARNING } from '../text/fix-wording.js';
import { PaneMessage } from './PaneMessage.js';

const useStyles = makeStyles({ list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS } });

export interface AppliedFixesProps {
  fixes: readonly AppliedFix[];
  disabled: boolean;
  onRevert: (fix: AppliedFix) => void;
}

/** The data-focus key of a fix's Revert button: focus lands there once the fix is made. */
export const revertFocusKey = (fix: Pick<AppliedFix, 'id'>): string => `revert:${fix.id}`;

/**
 * The fixes made from this pane, each with a Revert that names its cells. Add-in writes clear
 * Excel's undo stack, so the pane keeps its own record of exactly what each fix replaced.
 */
export function AppliedFixes({ fixes, disabled, onRevert }: AppliedFixesProps): JSX.Element | null {
  const styles = useStyles();
  if (fixes.length === 0) return null;
  return (
    <div className={styles.list} data-testid="applied-fixes">
      {fixes.map((fix) => (
        <PaneMessage
          key={fix.id}
          intent="success"
          actions={
            <Button size="small" disabledFocusable={disabled} onClick={() => onRevert(fix)} data-focus={revertFocusKey(fix)}>
              {revertLabel(fix.applied)}
            </Button>
          }
        >
          {appliedText(fix.applied)} {UNDO_WARNING}
        </PaneMessage>
      ))}
    </div>
  );
}
