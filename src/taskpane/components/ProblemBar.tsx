import { Button } from '@fluentui/react-components';
import type { JSX } from 'react';
import { PaneMessage } from './PaneMessage.js';

/** A failure, in the host's words for an officer. */
export function ProblemBar({ message, onDismiss }: { message: string; onDismiss: () => void }): JSX.Element {
  return (
    <PaneMessage intent="error" dismiss={<Button appearance="transparent" aria-label="Dismiss this message" onClick={onDismiss}>✕</Button>}>
      {message}
    </PaneMessage>
  );
}
