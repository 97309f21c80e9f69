import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { RibbonOutcome } from '../../commands/ribbon-outcomes.js';
import { ribbonOutcomeText } from '../text/ribbon-outcome-text.js';

const INTENTS = { running: 'info', done: 'success', failed: 'error' } as const;

/** What the ribbon's Validate tracker or Build summary did, so the officer need not look for it. */
export function RibbonOutcomeBar({ outcome }: { outcome: RibbonOutcome }): JSX.Element {
  return (
    <MessageBar intent={INTENTS[outcome.state]} layout="multiline" data-testid="ribbon-outcome">
      <MessageBarBody>
        {outcome.state === 'running' ? <Spinner size="extra-tiny" label={ribbonOutcomeText(outcome)} /> : ribbonOutcomeText(outcome)}
      </MessageBarBody>
    </MessageBar>
  );
}
