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

/** The data-focus key of an issue's Fix button: focus returns there after a Revert or a cancelled fix. */
export const fixFocusKey = (sheet: string, place: string | number): string => `fix:${sheet}!${place}`;

/** One issue: where it is (clicking goes there in Excel), what is wrong, and a Fix when one is certain. */
export function IssueRow({ issue, fix, disabled, onSelect, onFix }: IssueRowProps): JSX.Element {
  const styles = useStyles();
  const place = issueLocation(issue);
  const suggestion = issue.suggestion === undefined ? undefined : `Suggested: “${issue.suggestion}”`;
  // The name holds every visible line (WCAG 2.5.3), after the "Go to" that says what the button does.
  const name = [`Go to ${place}:`, issue.message, suggestion].filter(Boolean).join(' ');
  return (
    <li className={styles.row} data-code={issue.code}>
      <button
        type="button"
        className={styles.goTo}
        onClick={() => onSelect(issue)}
        title={`Go to ${place}`}
        aria-label={name}
      >
        {/* The spaces keep the lines apart in the text a screen reader or speech input reads. */}
        <Caption1 className={styles.place}>{place}</Caption1>{' '}
        <Text size={300}>{issue.message}</Text>{' '}
        {suggestion !== undefined && <Caption1>{suggestion}</Caption1>}
      </button>
      {fix && (
        <Button
          className={styles.fix}
          size="small"
          disabledFocusable={disabled}
          onClick={() => onFix(fix)}
          aria-label={`Fix ${place}`}
          data-focus={fixFocusKey(issue.sheet, issue.cell ?? issue.row)}
        >
          Fix
        </Button>
      )}
    </li>
  );
}
