import { Button } from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import type { TrackerLayout } from '../../engine/tracker/tracker-layout.js';
import type { ValidateOutcome } from '../../hosts/office/office-tracker-host.js';
import { useFocusRequest } from '../hooks/useFocusRequest.js';
import { ChooseColumnsPanel } from './ChooseColumnsPanel.js';

/** Whether the engine says the columns need the officer: no tracker found, or a required column missing. */
function columnsNeedChoosing(outcome: ValidateOutcome): boolean {
  const { trackers } = outcome.report;
  return trackers.length === 0 || trackers.some((t) => t.issues.some((issue) => issue.code === 'missing-column'));
}

export interface ColumnsSectionProps {
  outcome: ValidateOutcome;
  disabled: boolean;
  onSave: (sheet: string, layout: TrackerLayout | undefined) => void;
}

/**
 * The column chooser: open when the columns need choosing, otherwise one button away. Opened by
 * that button, the panel takes focus at its heading, and Close gives focus back to the button.
 */
export function ColumnsSection({ outcome, disabled, onSave }: ColumnsSectionProps): JSX.Element {
  const [opened, setOpened] = useState(false);
  const focus = useFocusRequest();
  const needed = columnsNeedChoosing(outcome);
  if (!opened && !needed) {
    return (
      <Button appearance="subtle" size="small" onClick={() => setOpened(true)} data-focus="choose-columns">
        Columns look wrong? Choose columns
      </Button>
    );
  }
  return (
    <ChooseColumnsPanel
      outcome={outcome}
      disabled={disabled}
      onSave={onSave}
      takeFocus={opened}
      {...(!needed && {
        onClose: () => {
          setOpened(false);
          focus(['choose-columns']);
        },
      })}
    />
  );
}
