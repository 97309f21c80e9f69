import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { JSX } from 'react';
import { summarySheetsText } from '../text/ribbon-outcome-text.js';

/** "Summary written to sheet 'Summary – Recommendations'" */
export function SummaryWritten({ sheets }: { sheets: readonly string[] }): JSX.Element {
  return (
    <MessageBar intent={sheets.length > 0 ? 'success' : 'warning'} layout="multiline">
      <MessageBarBody>{summarySheetsText(sheets)}</MessageBarBody>
    </MessageBar>
  );
}
