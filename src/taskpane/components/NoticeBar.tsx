import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Notice } from '../hooks/useTrackerCheck.js';

/** What a fix or a revert did, when there is more to say than the change itself. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }): JSX.Element {
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" onClick={onDismiss}>✕</Button>} />
    </MessageBar>
  );
}
