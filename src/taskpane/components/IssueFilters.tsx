import { SearchBox, ToggleButton, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { SEVERITIES, type Issue } from '../../engine/issues/issue-codes.js';
import { countIssues } from '../../engine/issues/count-issues.js';
import type { IssueFilter } from '../hooks/useIssueFilter.js';
import { SEVERITY_HEADINGS } from '../text/rating-words.js';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  search: { flexGrow: 1, minWidth: 0, flexBasis: '9rem' },
  // On or off shows by more than a pale background (WCAG 1.4.11): a check mark, and a filled
  // brand-blue button (5.3:1 against the pane's white) with a dark border when on.
  on: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackgroundPressed}`,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover, color: tokens.colorNeutralForegroundOnBrand },
    ':hover:active': { backgroundColor: tokens.colorBrandBackgroundPressed, color: tokens.colorNeutralForegroundOnBrand },
  },
  off: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    ':hover': shorthands.borderColor(tokens.colorNeutralStrokeAccessibleHover),
    ':hover:active': shorthands.borderColor(tokens.colorNeutralStrokeAccessiblePressed),
  },
  mark: { display: 'inline-block', width: '1em', textAlign: 'center' },
});

/** Severity toggles (with how many of each) and a text box that narrows the list. */
export function IssueFilters({ issues, filter }: { issues: readonly Issue[]; filter: IssueFilter }): JSX.Element {
  const styles = useStyles();
  const counts = countIssues(issues);
  return (
    <div className={styles.row} role="group" aria-label="Filter issues">
      {SEVERITIES.map((severity) => {
        const on = filter.shown.has(severity);
        return (
          <ToggleButton
            key={severity}
            size="small"
            checked={on}
            className={on ? styles.on : styles.off}
            onClick={() => filter.toggle(severity)}
          >
            <span className={styles.mark} aria-hidden="true">
              {on ? '✓' : ''}
            </span>
            {SEVERITY_HEADINGS[severity]} ({counts[severity]})
          </ToggleButton>
        );
      })}
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
