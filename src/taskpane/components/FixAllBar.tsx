import { Button } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Fix } from '../../engine/edits/fix-plan.js';
import { PaneMessage } from './PaneMessage.js';

/** Fixable issue codes in words, for "Fix all". */
const FIX_ALL_WORDS: Record<string, string> = {
  'status-nonstandard': 'statuses are written differently from the standard wording',
};

/** "3 statuses are written differently… [Fix all 3]": every fix of one kind, with one confirmation. */
export function FixAllBar({ code, fixes, disabled, onFixAll }: { code: string; fixes: readonly Fix[]; disabled: boolean; onFixAll: () => void }): JSX.Element {
  return (
    <PaneMessage
      intent="info"
      actions={
        <Button size="small" disabledFocusable={disabled} onClick={onFixAll}>
          Fix all {fixes.length}
        </Button>
      }
    >
      {fixes.length} {FIX_ALL_WORDS[code] ?? `issues (${code}) can be fixed`}.
    </PaneMessage>
  );
}
