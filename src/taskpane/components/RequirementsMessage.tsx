import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { JSX } from 'react';
import { REQUIRED_EXCEL_API } from '../office-requirements.js';

/** Shown instead of the pane when Excel lacks the API Tracker Check needs. */
export function RequirementsMessage(): JSX.Element {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This version of Excel cannot run Tracker Check</MessageBarTitle>
        Tracker Check needs Excel for Microsoft 365 (Windows or Mac), Excel 2021 or later, or Excel on the web (Excel
        API {REQUIRED_EXCEL_API}). Open the workbook in one of those, or use the tracker-check command on a copy of the
        file.
      </MessageBarBody>
    </MessageBar>
  );
}
