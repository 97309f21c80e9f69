import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { AppliedFix } from '../hooks/useTrackerCheck.js';
import { appliedText, UNDO_WARNING } from '../text/fix-wording.js';

const useStyles = makeStyles({ list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS } });

export interface AppliedFixesProps {
  fixes: readonly AppliedFix[];
  disabled: boolean;
  onRevert: (fix: AppliedFix) => void;
}

/**
 * The fixes made from this pane, each with a Revert. Add-in writes clear Excel's undo stack, so the
 * pane keeps its own record of exactly what each fix replaced.
 */
export function AppliedFixes({ fixes, disabled, onRevert }: AppliedFixesProps): JSX.Element | null {
  const styles = useStyles();
  if (fixes.length === 0) return null;
  return (
    <div className={styles.list} data-testid="applied-fixes">
      {fixes.map((fix) => (
        <MessageBar key={fix.id} intent="success" layout="multiline">
          <MessageBarBody>
            {appliedText(fix.applied)} {UNDO_WARNING}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={disabled} onClick={() => onRevert(fix)}>
              Revert
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
