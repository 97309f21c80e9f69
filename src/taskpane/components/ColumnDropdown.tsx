import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { JSX } from 'react';
import { columnLetter } from '../../engine/grid/a1.js';
import type { RowCell } from '../../hosts/office/office-tracker-host.js';

const NONE = 'none';

/** "D – Status": a column by its letter and what its header cell says. */
export function columnName(column: number, cells: readonly RowCell[]): string {
  const text = cells.find((cell) => cell.column === column)?.text ?? '';
  return text === '' ? columnLetter(column) : `${columnLetter(column)} – ${text}`;
}

/** Every cell of the header row, plus any chosen column not among them. */
function choices(cells: readonly RowCell[], chosen: readonly number[]): number[] {
  return [...new Set([...cells.map((cell) => cell.column), ...chosen])].sort((a, b) => a - b);
}

export interface ColumnDropdownProps {
  label: string;
  required: boolean;
  cells: readonly RowCell[];
  value: number | undefined;
  onChange: (column: number | undefined) => void;
  /** Why Tracker Check took this column, shown while it is the one chosen. */
  why?: string | undefined;
}

/**
 * One role's column, picked from the header row's cells. Lists open inline (`inlinePopup`), inside
 * the pane's main landmark, not in a portal at the end of the page where no landmark holds them.
 */
export function ColumnDropdown({ label, required, cells, value, onChange, why }: ColumnDropdownProps): JSX.Element {
  const chosen = value === undefined ? [] : [value];
  return (
    <Field label={label} required={required} size="small" {...(why !== undefined && { hint: `Chosen because ${why}.` })}>
      <Dropdown
        size="small"
        inlinePopup
        placeholder="Not in this tracker"
        value={value === undefined ? '' : columnName(value, cells)}
        selectedOptions={value === undefined ? [] : [String(value)]}
        onOptionSelect={(_event, data) =>
          onChange(data.optionValue === undefined || data.optionValue === NONE ? undefined : Number(data.optionValue))
        }
      >
        {!required && <Option value={NONE}>Not in this tracker</Option>}
        {choices(cells, chosen).map((column) => (
          <Option key={column} value={String(column)}>
            {columnName(column, cells)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

export interface RatedColumnsDropdownProps {
  cells: readonly RowCell[];
  value: readonly number[];
  onChange: (columns: number[]) => void;
}

/** The rated (BRAG) columns: one or more, the first being the tracker's status. */
export function RatedColumnsDropdown({ cells, value, onChange }: RatedColumnsDropdownProps): JSX.Element {
  return (
    <Field label="Status (one or more rated columns; the first is the status)" required size="small">
      <Dropdown
        size="small"
        inlinePopup
        multiselect
        placeholder="Choose the status column"
        value={value.map((column) => columnName(column, cells)).join('; ')}
        selectedOptions={value.map(String)}
        onOptionSelect={(_event, data) => onChange(data.selectedOptions.map(Number))}
      >
        {choices(cells, value).map((column) => (
          <Option key={column} value={String(column)}>
            {columnName(column, cells)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
