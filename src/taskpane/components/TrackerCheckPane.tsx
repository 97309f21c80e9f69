import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type JSX } from 'react';
import type { CellEdit } from '../../engine/edits/fix-plan.js';
import { usePaneServices } from '../hooks/host-context.js';
import { useFocusRequest } from '../hooks/useFocusRequest.js';
import { useTrackerCheck, type AppliedFix } from '../hooks/useTrackerCheck.js';
import { AppliedFixes, revertFocusKey } from './AppliedFixes.js';
import { ColumnsSection } from './ColumnsSection.js';
import { CompareWith } from './CompareWith.js';
import { fixFocusKey } from './IssueRow.js';
import { NoticeBar } from './NoticeBar.js';
import { PaneActions, VALIDATE_FOCUS } from './PaneActions.js';
import { PaneMessage } from './PaneMessage.js';
import { ProblemBar } from './ProblemBar.js';
import { QuestionsSection } from './QuestionsSection.js';
import { SummaryWritten } from './SummaryWritten.js';
import { CopyForReport } from './CopyForReport.js';
import { ValidationResults } from './ValidationResults.js';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '40rem',
    // Reflow at 320 CSS px and at large text sizes: long cell names and sheet names wrap, never scroll.
    minWidth: 0,
    overflowWrap: 'anywhere',
    // The section gaps space the pane; headings keep no browser margins of their own.
    '& h1, & h2, & h3': { margin: 0 },
  },
});

/** The task pane: the buttons, then whatever the last call to Excel left to say. */
export function TrackerCheckPane(): JSX.Element {
  const styles = useStyles();
  const { host } = usePaneServices();
  const check = useTrackerCheck(host);
  const focus = useFocusRequest();
  const fallback = useFocusRequest();
  const busy = check.busy !== undefined;
  const { outcome } = check;

  // No action leaves focus on the page's body (WCAG 2.4.3): when what had focus went away with the
  // action (a row fixed, a message gone) and nothing else was given it, it comes back to Validate tracker.
  // Only after an action: opening the pane leaves focus where Office put it.
  const wasBusy = useRef(false);
  useEffect(() => {
    if (wasBusy.current && !busy) fallback([VALIDATE_FOCUS], { onlyIfLost: true });
    wasBusy.current = busy;
  }, [busy, fallback]);

  const applyFixes = async (edits: readonly CellEdit[], opener: HTMLElement | undefined) => {
    if (opener) focus(opener);
    const made = await check.applyFixes(edits);
    // After a fix, focus lands on its Revert; if no cell could be changed, on the message saying why.
    focus(made ? [revertFocusKey(made)] : ['notice', VALIDATE_FOCUS]);
  };
  const revertFix = async (fix: AppliedFix) => {
    await check.revertFix(fix);
    // Back to the issue's Fix, which returns with the old value; else the message saying what happened.
    const [first] = fix.applied;
    focus([...(first ? [fixFocusKey(first.sheet, first.cell)] : []), 'notice', VALIDATE_FOCUS]);
  };
  const dismissed = (dismiss: () => void) => () => {
    dismiss();
    focus([VALIDATE_FOCUS]);
  };

  return (
    <main className={styles.pane}>
      <Title2 as="h1">Tracker Check</Title2>
      <Body1>Checks the recommendation tracker in this workbook and builds the board summary.</Body1>
      <PaneActions busy={check.busy} onValidate={() => void check.validate()} onBuildSummary={() => void check.buildSummary()} />
      {outcome && (
        <CompareWith
          options={outcome.compareOptions}
          value={check.compareWith ?? outcome.comparedWith}
          disabled={busy}
          onChange={check.chooseCompareWith}
        />
      )}
      {check.problem !== undefined && <ProblemBar message={check.problem} onDismiss={dismissed(check.dismissProblem)} />}
      {outcome?.accessMessage !== undefined && <PaneMessage intent="warning">{outcome.accessMessage}</PaneMessage>}
      {outcome?.settingsMessage !== undefined && <PaneMessage intent="warning">{outcome.settingsMessage}</PaneMessage>}
      {/* Saved answers that no longer fit the workbook (a sheet renamed, a column gone), each said once. */}
      {outcome?.report.setAside?.map((note) => (
        <PaneMessage key={note} intent="warning">
          {note}
        </PaneMessage>
      ))}
      {check.summarySheets && <SummaryWritten sheets={check.summarySheets} />}
      {check.reportCopy && <CopyForReport copy={check.reportCopy} />}
      <AppliedFixes fixes={check.appliedFixes} disabled={busy} onRevert={(fix) => void revertFix(fix)} />
      {check.notice && <NoticeBar notice={check.notice} onDismiss={dismissed(check.dismissNotice)} />}
      {outcome && (
        <QuestionsSection
          outcome={outcome}
          disabled={busy}
          onAnswer={(question, answers) => void check.answerQuestion(question, answers)}
          onForget={(answer) => void check.forgetAnswer(answer)}
        />
      )}
      {outcome && (
        <ValidationResults
          report={outcome.report}
          fixes={check.fixes}
          disabled={busy}
          onSelect={(issue) => void check.selectIssue(issue)}
          onApply={(edits, opener) => void applyFixes(edits, opener)}
        />
      )}
      {outcome && <ColumnsSection outcome={outcome} disabled={busy} onSave={(sheet, layout) => void check.saveColumns(sheet, layout)} />}
    </main>
  );
}
