import { Button } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Notice } from '../hooks/useTrackerCheck.js';
import { PaneMessage } from './PaneMessage.js';

/** What a fix or a revert did, when there is more to say than the change itself. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }): JSX.Element {
  return (
    <PaneMessage
      intent={notice.intent}
      focusKey="notice"
      dismiss={<Button appearance="transparent" aria-label="Dismiss this message" onClick={onDismiss}>✕</Button>}
    >
      {notice.text}
    </PaneMessage>
  );
}
