import { SearchBox, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { SEVERITIES, type Issue } from '../../engine/issues/issue-codes.js';
import { countIssues } from '../../engine/report/workbook-report.js';
import type { IssueFilter } from '../hooks/useIssueFilter.js';
import { SEVERITY_HEADINGS } from '../text/rating-words.js';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  search: { flexGrow: 1, minWidth: '140px' },
});

/** Severity toggles (with how many of each) and a text box that narrows the list. */
export function IssueFilters({ issues, filter }: { issues: readonly Issue[]; filter: IssueFilter }): JSX.Element {
  const styles = useStyles();
  const counts = countIssues(issues);
  return (
    <div className={styles.row} role="group" aria-label="Filter issues">
      {SEVERITIES.map((severity) => (
        <ToggleButton
          key={severity}
          size="small"
          checked={filter.shown.has(severity)}
          onClick={() => filter.toggle(severity)}
        >
          {SEVERITY_HEADINGS[severity]} ({counts[severity]})
        </ToggleButton>
      ))}
      <SearchBox
        className={styles.search}
        size="small"
        placeholder="Filter by words or cell"
        aria-label="Filter issues by words or cell"
        value={filter.text}
        onChange={(_event, data) => filter.setText(data.value)}
      />
    </div>
  );
}
