import { useCallback, useMemo, useRef, useState } from 'react';
import { certainFixes, type CellEdit, type Fix } from '../../engine/edits/fix-plan.js';
import type { Issue } from '../../engine/issues/issue-codes.js';
import type { TrackerLayout } from '../../engine/tracker/tracker-layout.js';
import type { AppliedEdit } from '../../hosts/office/cell-edits.js';
import type { ValidateOutcome } from '../../hosts/office/office-tracker-host.js';
import { appliedText, revertedText, skippedText } from '../text/fix-wording.js';
import { issueRange } from '../text/issue-location.js';
import type { TrackerHost } from './host-context.js';
import { useHostTask, type TaskName } from './useHostTask.js';

/** A fix the add-in applied, kept so Revert can put back exactly what it replaced. */
export interface AppliedFix {
  id: number;
  applied: AppliedEdit[];
}

export interface Notice {
  intent: 'success' | 'warning';
  text: string;
}

export interface TrackerCheck {
  busy: TaskName | undefined;
  problem: string | undefined;
  outcome: ValidateOutcome | undefined;
  /** The one-click fixes the engine is certain of, for the current outcome. */
  fixes: Fix[];
  summarySheets: string[] | undefined;
  appliedFixes: AppliedFix[];
  notice: Notice | undefined;
  validate: () => Promise<void>;
  buildSummary: () => Promise<void>;
  applyFixes: (edits: readonly CellEdit[]) => Promise<void>;
  revertFix: (fix: AppliedFix) => Promise<void>;
  selectIssue: (issue: Issue) => Promise<void>;
  saveColumns: (sheet: string, layout: TrackerLayout | undefined) => Promise<void>;
  dismissProblem: () => void;
  dismissNotice: () => void;
}

/**
 * Everything the pane does, as calls to the host and the state they leave behind. No checks of its
 * own: the outcome and the fixes are the engine's; after any change it validates again.
 */
export function useTrackerCheck(host: TrackerHost): TrackerCheck {
  const { run, busy, problem, dismissProblem } = useHostTask();
  const [outcome, setOutcome] = useState<ValidateOutcome>();
  const [summarySheets, setSummarySheets] = useState<string[]>();
  const [appliedFixes, setAppliedFixes] = useState<AppliedFix[]>([]);
  const [notice, setNotice] = useState<Notice>();
  const nextFixId = useRef(1);
  const fixes = useMemo(() => (outcome ? certainFixes(outcome.analysis) : []), [outcome]);

  const revalidate = useCallback(async () => setOutcome(await host.validate()), [host]);

  const validate = useCallback(
    () =>
      run('validate', async () => {
        setSummarySheets(undefined);
        setNotice(undefined);
        await revalidate();
      }),
    [run, revalidate],
  );

  const buildSummary = useCallback(
    () =>
      run('summary', async () => {
        setSummarySheets(undefined);
        const built = await host.buildSummary();
        setOutcome(built);
        setSummarySheets(built.sheets);
      }),
    [run, host],
  );

  const applyFixes = useCallback(
    (edits: readonly CellEdit[]) =>
      run('fix', async () => {
        const { applied, skipped } = await host.applyEdits(edits);
        if (applied.length > 0) setAppliedFixes((current) => [...current, { id: nextFixId.current++, applied }]);
        setNotice(
          skipped.length > 0
            ? { intent: 'warning', text: `${applied.length > 0 ? `${appliedText(applied)} ` : ''}${skippedText(skipped)}` }
            : undefined,
        );
        await revalidate();
      }),
    [run, host, revalidate],
  );

  const revertFix = useCallback(
    (fix: AppliedFix) =>
      run('revert', async () => {
        const { applied, skipped } = await host.revert(fix.applied);
        setAppliedFixes((current) => current.filter((f) => f.id !== fix.id));
        const parts = [applied.length > 0 ? revertedText(applied) : '', skipped.length > 0 ? skippedText(skipped) : ''];
        setNotice({ intent: skipped.length > 0 ? 'warning' : 'success', text: parts.filter(Boolean).join(' ') });
        await revalidate();
      }),
    [run, host, revalidate],
  );

  const selectIssue = useCallback(
    (issue: Issue) => run('select', () => host.selectCell(issue.sheet, issueRange(issue))),
    [run, host],
  );

  const saveColumns = useCallback(
    (sheet: string, layout: TrackerLayout | undefined) =>
      run('columns', async () => {
        await host.saveLayout(sheet, layout);
        await revalidate();
      }),
    [run, host, revalidate],
  );

  return {
    busy,
    problem,
    outcome,
    fixes,
    summarySheets,
    appliedFixes,
    notice,
    validate,
    buildSummary,
    applyFixes,
    revertFix,
    selectIssue,
    saveColumns,
    dismissProblem,
    dismissNotice: useCallback(() => setNotice(undefined), []),
  };
}
