import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { JSX } from 'react';
import type { CellEdit } from '../../engine/edits/fix-plan.js';
import { editLine, fixQuestion, UNDO_WARNING } from '../text/fix-wording.js';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ConfirmFixDialogProps {
  /** The edits to confirm; undefined keeps the dialog closed. */
  edits: readonly CellEdit[] | undefined;
  onConfirm: (edits: readonly CellEdit[]) => void;
  onCancel: () => void;
}

/**
 * 'Change "In progress – some delays" to "In progress, some delays" in D25?', before anything is
 * written. The dialog is described by its warning, so a screen reader reads it on opening.
 */
export function ConfirmFixDialog({ edits, onConfirm, onCancel }: ConfirmFixDialogProps): JSX.Element {
  const styles = useStyles();
  const warningId = useId('fix-warning');
  return (
    <Dialog open={edits !== undefined} onOpenChange={(_event, data) => !data.open && onCancel()} modalType="modal">
      <DialogSurface aria-describedby={warningId}>
        <DialogBody>
          <DialogTitle>{edits ? fixQuestion(edits) : ''}</DialogTitle>
          <DialogContent className={styles.content}>
            {edits && edits.length > 1 && (
              <ul className={styles.list}>
                {edits.map((edit) => (
                  <li key={`${edit.sheet}!${edit.cell}`}>
                    <Body1>{editLine(edit)}</Body1>
                  </li>
                ))}
              </ul>
            )}
            <Caption1 id={warningId}>
              Tracker Check keeps a record of what it changes. {UNDO_WARNING}
            </Caption1>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => edits && onConfirm(edits)}>
              Change
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
