import { Field, Select } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { CompareOption } from '../../engine/compare/compare-choices.js';

export interface CompareWithProps {
  /** The kept reviews, as the host lists them; nothing is shown when none is kept. */
  options: readonly CompareOption[];
  /** The review chosen, or the one the last check compared with. */
  value: CompareOption['value'];
  disabled: boolean;
  onChange: (value: CompareOption['value']) => void;
}

/** "Compare with": which review kept in the workbook Validate and Build summary measure movement against. */
export function CompareWith({ options, value, disabled, onChange }: CompareWithProps): JSX.Element | null {
  if (options.length === 0) return null;
  return (
    <Field label="Compare with" hint="A review kept by an earlier Build summary, on the sheet Tracker Check reviews.">
      <Select
        value={value}
        disabled={disabled}
        onChange={(_, data) => {
          const chosen = options.find((option) => option.value === data.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
