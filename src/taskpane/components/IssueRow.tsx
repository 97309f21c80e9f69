import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Fix } from '../../engine/edits/fix-plan.js';
import type { Issue } from '../../engine/issues/issue-codes.js';
import { issueLocation } from '../text/issue-location.js';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  goTo: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    background: 'none',
    textAlign: 'left',
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  place: { fontWeight: tokens.fontWeightSemibold },
  fix: { marginTop: tokens.spacingVerticalS },
});

export interface IssueRowProps {
  issue: Issue;
  fix: Fix | undefined;
  disabled: boolean;
  onSelect: (issue: Issue) => void;
  onFix: (fix: Fix) => void;
}

/** One issue: where it is (clicking goes there in Excel), what is wrong, and a Fix when one is certain. */
export function IssueRow({ issue, fix, disabled, onSelect, onFix }: IssueRowProps): JSX.Element {
  const styles = useStyles();
  const place = issueLocation(issue);
  return (
    <li className={styles.row} data-code={issue.code}>
      <button
        type="button"
        className={styles.goTo}
        onClick={() => onSelect(issue)}
        title={`Go to ${place}`}
        aria-label={`Go to ${place}: ${issue.message}`}
      >
        <Caption1 className={styles.place}>{place}</Caption1>
        <Text size={300}>{issue.message}</Text>
        {issue.suggestion !== undefined && <Caption1>Suggested: “{issue.suggestion}”</Caption1>}
      </button>
      {fix && (
        <Button className={styles.fix} size="small" disabled={disabled} onClick={() => onFix(fix)} aria-label={`Fix ${place}`}>
          Fix
        </Button>
      )}
    </li>
  );
}
