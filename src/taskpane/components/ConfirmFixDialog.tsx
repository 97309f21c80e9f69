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
import { useEffect, useRef, type JSX } from 'react';
import type { CellEdit } from '../../engine/edits/fix-plan.js';
import { useOverflowing } from '../hooks/useOverflowing.js';
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
 * written. The dialog is described by its warning, so a screen reader reads it on opening, and it
 * opens on Cancel: Enter pressed at once changes nothing.
 */
export function ConfirmFixDialog({ edits, onConfirm, onCancel }: ConfirmFixDialogProps): JSX.Element {
  const styles = useStyles();
  const warningId = useId('fix-warning');
  const open = edits !== undefined;
  const cancel = useRef<HTMLElement | null>(null);
  // Fluent focuses the dialog's first control when it opens; this effect, in the dialog's parent,
  // runs after Fluent's and moves focus on to Cancel.
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);
  // At 320 px and twice the text size the details scroll: they then take a tab stop, so the keys
  // can scroll them (WCAG 2.1.1), and a name saying what they are.
  const [content, scrolls] = useOverflowing();
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onCancel()} modalType="modal">
      <DialogSurface aria-describedby={warningId}>
        <DialogBody>
          <DialogTitle>{edits ? fixQuestion(edits) : ''}</DialogTitle>
          <DialogContent
            ref={content}
            className={styles.content}
            {...(scrolls && { tabIndex: 0, role: 'region', 'aria-label': 'The change in full' })}
          >
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
            <Button ref={(element: HTMLElement | null) => void (cancel.current = element)} onClick={onCancel}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
