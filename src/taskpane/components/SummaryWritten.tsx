import type { JSX } from 'react';
import { summarySheetsText } from '../text/ribbon-outcome-text.js';
import { PaneMessage } from './PaneMessage.js';

/** "Summary written to sheet 'Summary – Recommendations'" */
export function SummaryWritten({ sheets }: { sheets: readonly string[] }): JSX.Element {
  return <PaneMessage intent={sheets.length > 0 ? 'success' : 'warning'}>{summarySheetsText(sheets)}</PaneMessage>;
}
