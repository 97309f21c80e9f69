import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { CellEdit, Fix } from '../../engine/edits/fix-plan.js';
import type { Issue } from '../../engine/issues/issue-codes.js';
import type { WorkbookReport } from '../../engine/report/workbook-report.js';
import { AsAtLine } from './AsAtLine.js';
import { IssuesSection } from './IssuesSection.js';
import { PaneMessage } from './PaneMessage.js';
import { PlanTotalCounts, TrackerCounts } from './TrackerCounts.js';

const useStyles = makeStyles({ results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

export interface ValidationResultsProps {
  report: WorkbookReport;
  fixes: readonly Fix[];
  disabled: boolean;
  onSelect: (issue: Issue) => void;
  onApply: (edits: readonly CellEdit[], opener: HTMLElement | undefined) => void;
}

/** What Validate found: the date, each tracker's counts, and the issues. */
export function ValidationResults({ report, fixes, disabled, onSelect, onApply }: ValidationResultsProps): JSX.Element {
  const styles = useStyles();
  const issues = report.trackers.flatMap((tracker) => tracker.issues);
  return (
    <div className={styles.results} data-testid="validation-results">
      {report.trackers.length === 0 ? (
        <PaneMessage intent="warning">
          No tracker was found in this workbook: no sheet has a header row with a status, lead or recommendation
          column. Choose the columns below.
        </PaneMessage>
      ) : (
        <>
          <AsAtLine report={report} />
          {report.total && <PlanTotalCounts total={report.total} />}
          {report.trackers.map((tracker) => (
            <TrackerCounts key={tracker.sheet} tracker={tracker} />
          ))}
          <Divider />
          <IssuesSection issues={issues} fixes={fixes} disabled={disabled} onSelect={onSelect} onApply={onApply} />
        </>
      )}
    </div>
  );
}
