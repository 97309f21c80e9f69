import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  SpinButton,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, type JSX } from 'react';
import { REQUIRED_ROLES, type ColumnRole } from '../../engine/profile/column-role.js';
import { columnLetter } from '../../engine/grid/a1.js';
import type { TrackerLayout } from '../../engine/tracker/tracker-layout.js';
import type { ValidateOutcome } from '../../hosts/office/office-tracker-host.js';
import { useAnnounce } from '../hooks/announce.js';
import { usePaneServices } from '../hooks/host-context.js';
import { SINGLE_ROLES, useColumnChoice, type SingleRole } from '../hooks/useColumnChoice.js';
import { useFocusRequest } from '../hooks/useFocusRequest.js';
import { useRowCells } from '../hooks/useRowCells.js';
import { ColumnDropdown, RatedColumnsDropdown } from './ColumnDropdown.js';
import { PaneMessage } from './PaneMessage.js';

const ROLE_LABELS: Record<SingleRole, string> = {
  item: 'Item (recommendation or action)',
  lead: 'Lead',
  progress: 'Progress update',
  due: 'Due date',
};

/** The data-focus key of Save and validate. */
const SAVE_FOCUS = 'columns-save';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Every sheet the workbook showed: the trackers found, the registers of leads, and the rest. */
function sheetsOf(outcome: ValidateOutcome): string[] {
  const { report } = outcome;
  return [...new Set([...report.trackers.map((t) => t.sheet), ...report.passedOver, ...report.registers.map((r) => r.sheet)])];
}

/** Tracker Check's reason for a role's column, while the column shown is the one it took. */
function reasonFor(outcome: ValidateOutcome, sheet: string | undefined, role: ColumnRole, column: number | undefined): string | undefined {
  const reason = outcome.report.trackers.find((t) => t.sheet === sheet)?.columnReasons?.[role];
  return reason !== undefined && column !== undefined && reason.column === columnLetter(column) ? reason.why : undefined;
}

export interface ChooseColumnsPanelProps {
  outcome: ValidateOutcome;
  disabled: boolean;
  /** Saves the choice (or, with undefined, forgets it) through the host, then validates again. */
  onSave: (sheet: string, layout: TrackerLayout | undefined) => void;
  /** Opened by the officer: focus moves to the panel's heading (WCAG 2.4.3). */
  takeFocus?: boolean;
  /** Closes the panel (when the columns do not need choosing), giving focus back to what opened it. */
  onClose?: () => void;
}

/**
 * "Choose columns": when no tracker is found, or the columns look wrong, the officer says which
 * column is which. The choice is saved in the workbook, so the next officer gets the same.
 */
export function ChooseColumnsPanel({ outcome, disabled, onSave, takeFocus = false, onClose }: ChooseColumnsPanelProps): JSX.Element {
  const styles = useStyles();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (takeFocus) panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [takeFocus]);
  const { host } = usePaneServices();
  const focus = useFocusRequest();
  const sheets = sheetsOf(outcome);
  const layoutOf = useCallback(
    (sheet: string) => outcome.analysis.trackers.find((t) => t.context.layout.sheet === sheet)?.context.layout,
    [outcome],
  );
  const choice = useColumnChoice(sheets[0], layoutOf);
  const row = useRowCells(host, choice.sheet, choice.headerRow);
  const announce = useAnnounce();
  useEffect(() => {
    if (row.problem !== undefined) announce(row.problem, 'assertive');
  }, [row.problem, announce]);
  const saved = choice.sheet !== undefined && layoutOf(choice.sheet)?.source === 'chosen';

  return (
    <section ref={panel} className={styles.panel} aria-labelledby="choose-columns-heading">
      <Subtitle1 as="h2" id="choose-columns-heading" tabIndex={-1}>
        Choose columns
      </Subtitle1>
      <Body1>Say which row holds the headings and which column is which. The choice is saved in this workbook.</Body1>
      <Field label="Sheet" size="small">
        <Dropdown
          size="small"
          inlinePopup // in the main landmark, like the column lists (see ColumnDropdown)
          value={choice.sheet ?? ''}
          selectedOptions={choice.sheet === undefined ? [] : [choice.sheet]}
          onOptionSelect={(_event, data) => data.optionValue !== undefined && choice.chooseSheet(data.optionValue)}
        >
          {sheets.map((sheet) => (
            <Option key={sheet} value={sheet}>
              {sheet}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Header row" size="small">
        <SpinButton
          size="small"
          min={1}
          value={choice.headerRow}
          onChange={(_event, data) => {
            const next = data.value ?? Number(data.displayValue);
            if (Number.isInteger(next) && next >= 1) choice.setHeaderRow(next);
          }}
        />
      </Field>
      {row.loading && <Spinner size="extra-tiny" label="Reading the header row…" />}
      {row.problem !== undefined && (
        <PaneMessage intent="error">{row.problem}</PaneMessage>
      )}
      {SINGLE_ROLES.map((role) => (
        <ColumnDropdown
          key={role}
          label={ROLE_LABELS[role]}
          required={REQUIRED_ROLES.includes(role)}
          cells={row.cells}
          value={choice.columns[role]}
          onChange={(column) => choice.setColumn(role, column)}
          why={reasonFor(outcome, choice.sheet, role, choice.columns[role])}
        />
      ))}
      <RatedColumnsDropdown cells={row.cells} value={choice.rated} onChange={choice.setRated} />
      {saved && <Caption1>The columns on this sheet were chosen by an officer and saved in the workbook.</Caption1>}
      <div className={styles.buttons}>
        {/* Unavailable buttons stay focusable (aria-disabled), so a screen reader finds them and focus never drops to the page. */}
        <Button
          appearance="primary"
          disabledFocusable={disabled || choice.layout === undefined}
          onClick={() => choice.sheet !== undefined && choice.layout && onSave(choice.sheet, choice.layout)}
          data-focus={SAVE_FOCUS}
        >
          Save and validate
        </Button>
        {saved && (
          <Button
            disabledFocusable={disabled}
            onClick={() => {
              if (choice.sheet === undefined) return;
              // Forgetting removes this button: focus goes first to Save, where a new choice is made.
              focus([SAVE_FOCUS]);
              onSave(choice.sheet, undefined);
            }}
          >
            Forget my choice
          </Button>
        )}
        {onClose && <Button onClick={onClose}>Close</Button>}
      </div>
    </section>
  );
}
