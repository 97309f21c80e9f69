import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { JSX } from 'react';

/** A failure, in the host's words for an officer. */
export function ProblemBar({ message, onDismiss }: { message: string; onDismiss: () => void }): JSX.Element {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" onClick={onDismiss}>✕</Button>} />
    </MessageBar>
  );
}
