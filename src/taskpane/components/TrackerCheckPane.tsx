import { Body1, MessageBar, MessageBarBody, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { usePaneServices } from '../hooks/host-context.js';
import { useTrackerCheck } from '../hooks/useTrackerCheck.js';
import { AppliedFixes } from './AppliedFixes.js';
import { ColumnsSection } from './ColumnsSection.js';
import { NoticeBar } from './NoticeBar.js';
import { PaneActions } from './PaneActions.js';
import { ProblemBar } from './ProblemBar.js';
import { SummaryWritten } from './SummaryWritten.js';
import { ValidationResults } from './ValidationResults.js';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '640px',
    // The section gaps space the pane; headings keep no browser margins of their own.
    '& h1, & h2, & h3': { margin: 0 },
  },
});

/** The task pane: the buttons, then whatever the last call to Excel left to say. */
export function TrackerCheckPane(): JSX.Element {
  const styles = useStyles();
  const { host } = usePaneServices();
  const check = useTrackerCheck(host);
  const busy = check.busy !== undefined;
  const { outcome } = check;

  return (
    <main className={styles.pane}>
      <Title2 as="h1">Tracker Check</Title2>
      <Body1>Checks the recommendation tracker in this workbook and builds the board summary.</Body1>
      <PaneActions busy={check.busy} onValidate={() => void check.validate()} onBuildSummary={() => void check.buildSummary()} />
      {check.problem !== undefined && <ProblemBar message={check.problem} onDismiss={check.dismissProblem} />}
      {outcome?.accessMessage !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{outcome.accessMessage}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.settingsMessage !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{outcome.settingsMessage}</MessageBarBody>
        </MessageBar>
      )}
      {check.summarySheets && <SummaryWritten sheets={check.summarySheets} />}
      <AppliedFixes fixes={check.appliedFixes} disabled={busy} onRevert={(fix) => void check.revertFix(fix)} />
      {check.notice && <NoticeBar notice={check.notice} onDismiss={check.dismissNotice} />}
      {outcome && (
        <ValidationResults
          report={outcome.report}
          fixes={check.fixes}
          disabled={busy}
          onSelect={(issue) => void check.selectIssue(issue)}
          onApply={(edits) => void check.applyFixes(edits)}
        />
      )}
      {outcome && <ColumnsSection outcome={outcome} disabled={busy} onSave={(sheet, layout) => void check.saveColumns(sheet, layout)} />}
    </main>
  );
}
