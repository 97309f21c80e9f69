import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Fix } from '../../engine/edits/fix-plan.js';
import { SEVERITIES, type Issue } from '../../engine/issues/issue-codes.js';
import { SEVERITY_HEADINGS } from '../text/rating-words.js';
import { IssueRow } from './IssueRow.js';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  heading: { marginTop: tokens.spacingVerticalS },
});

export interface IssueGroupsProps {
  issues: readonly Issue[];
  fixFor: (issue: Issue) => Fix | undefined;
  disabled: boolean;
  onSelect: (issue: Issue) => void;
  onFix: (fix: Fix) => void;
}

/** The issues under Errors, Warnings and Notes; empty groups are left out. */
export function IssueGroups({ issues, fixFor, disabled, onSelect, onFix }: IssueGroupsProps): JSX.Element {
  const styles = useStyles();
  return (
    <>
      {SEVERITIES.map((severity) => {
        const group = issues.filter((issue) => issue.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={styles.group} aria-label={SEVERITY_HEADINGS[severity]} data-severity={severity}>
            <Subtitle2 as="h3" className={styles.heading}>
              {SEVERITY_HEADINGS[severity]} ({group.length})
            </Subtitle2>
            <ul className={styles.list}>
              {group.map((issue) => (
                <IssueRow
                  key={`${issue.code}|${issue.sheet}|${issue.cell ?? issue.row}`}
                  issue={issue}
                  fix={fixFor(issue)}
                  disabled={disabled}
                  onSelect={onSelect}
                  onFix={onFix}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
