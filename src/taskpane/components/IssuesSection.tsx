import { Body1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type JSX } from 'react';
import type { CellEdit, Fix } from '../../engine/edits/fix-plan.js';
import type { Issue } from '../../engine/issues/issue-codes.js';
import { useAnnounce } from '../hooks/announce.js';
import { useFocusRequest } from '../hooks/useFocusRequest.js';
import { useIssueFilter, type IssueFilter } from '../hooks/useIssueFilter.js';
import { filterAnnouncement, NO_MATCH } from '../text/announcements.js';
import { ConfirmFixDialog } from './ConfirmFixDialog.js';
import { FixAllBar } from './FixAllBar.js';
import { IssueFilters } from './IssueFilters.js';
import { IssueGroups } from './IssueGroups.js';

const useStyles = makeStyles({ section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

export interface IssuesSectionProps {
  issues: readonly Issue[];
  fixes: readonly Fix[];
  disabled: boolean;
  onSelect: (issue: Issue) => void;
  /** Applies confirmed edits; `opener` is the button that asked for them. */
  onApply: (edits: readonly CellEdit[], opener: HTMLElement | undefined) => void;
}

const fixKey = (issue: Pick<Issue, 'code' | 'sheet' | 'cell'>): string => `${issue.code}|${issue.sheet}|${issue.cell ?? ''}`;

/** Says what the filters leave each time the officer changes them (not when a new check changes the list). */
function useFilterAnnouncement(filter: IssueFilter, total: number): void {
  const announce = useAnnounce();
  const setting = `${[...filter.shown].sort().join(',')}|${filter.text}`;
  const said = useRef(setting);
  const shown = filter.visible.length;
  useEffect(() => {
    if (said.current === setting) return;
    said.current = setting;
    announce(filterAnnouncement(shown, total));
  }, [setting, shown, total, announce]);
}

/** The issues found, filterable, each going to its cell; fixes are confirmed in a dialog first. */
export function IssuesSection({ issues, fixes, disabled, onSelect, onApply }: IssuesSectionProps): JSX.Element {
  const styles = useStyles();
  const filter = useIssueFilter(issues);
  useFilterAnnouncement(filter, issues.length);
  const [confirming, setConfirming] = useState<readonly CellEdit[]>();
  // The Fix or Fix all button that opened the dialog: focus goes back to it when the dialog closes.
  const opener = useRef<HTMLElement | undefined>(undefined);
  const focus = useFocusRequest();
  const confirm = (edits: readonly CellEdit[]) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    setConfirming(edits);
  };
  const fixesByIssue = useMemo(() => new Map(fixes.map((fix) => [fixKey(fix.issue), fix])), [fixes]);
  const fixesByCode = useMemo(() => {
    const byCode = new Map<string, Fix[]>();
    for (const fix of fixes) byCode.set(fix.issue.code, [...(byCode.get(fix.issue.code) ?? []), fix]);
    return [...byCode].filter(([, group]) => group.length > 1);
  }, [fixes]);

  return (
    <section className={styles.section} aria-label="Issues">
      <Subtitle1 as="h2">Issues</Subtitle1>
      {issues.length === 0 ? (
        <Body1>No issues found.</Body1>
      ) : (
        <>
          <IssueFilters issues={issues} filter={filter} />
          {fixesByCode.map(([code, group]) => (
            <FixAllBar key={code} code={code} fixes={group} disabled={disabled} onFixAll={() => confirm(group.map((f) => f.edit))} />
          ))}
          {filter.visible.length === 0 && <Body1>{NO_MATCH}</Body1>}
          <IssueGroups
            issues={filter.visible}
            fixFor={(issue) => fixesByIssue.get(fixKey(issue))}
            disabled={disabled}
            onSelect={onSelect}
            onFix={(fix) => confirm([fix.edit])}
          />
        </>
      )}
      <ConfirmFixDialog
        edits={confirming}
        onCancel={() => {
          setConfirming(undefined);
          if (opener.current) focus(opener.current);
        }}
        onConfirm={(edits) => {
          setConfirming(undefined);
          onApply(edits, opener.current);
        }}
      />
    </section>
  );
}
