import { MessageBar, MessageBarActions, MessageBarBody, useId, type MessageBarProps } from '@fluentui/react-components';
import type { JSX, ReactElement, ReactNode } from 'react';

export interface PaneMessageProps {
  intent: NonNullable<MessageBarProps['intent']>;
  children: ReactNode;
  /** Buttons beside the message. */
  actions?: ReactNode;
  /** A Dismiss (✕) button in the corner. */
  dismiss?: ReactElement;
  /** A key for the pane's focus requests (data-focus). */
  focusKey?: string;
}

/**
 * A Fluent MessageBar named by its own words. Fluent's points aria-labelledby at a title that these
 * messages do not have (WCAG 4.1.2); its own announcement needs an announcer the pane does not use:
 * the pane's live region says the outcome instead.
 */
export function PaneMessage({ intent, children, actions, dismiss, focusKey }: PaneMessageProps): JSX.Element {
  const bodyId = useId('message');
  return (
    <MessageBar intent={intent} layout="multiline" aria-labelledby={bodyId} {...(focusKey !== undefined && { 'data-focus': focusKey, tabIndex: -1 })}>
      <MessageBarBody id={bodyId}>{children}</MessageBarBody>
      {(actions !== undefined || dismiss !== undefined) && <MessageBarActions {...(dismiss !== undefined && { containerAction: dismiss })}>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
