import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReportClipboard } from '../../engine/summary/report-html.js';
import { certainFixes, type CellEdit, type Fix } from '../../engine/edits/fix-plan.js';
import type { Issue } from '../../engine/issues/issue-codes.js';
import { withAnswer, withoutAnswer, type SavedAnswer } from '../../engine/reading/answer-question.js';
import type { Question } from '../../engine/reading/questions.js';
import type { TrackerLayout } from '../../engine/tracker/tracker-layout.js';
import type { AppliedEdit } from '../../hosts/office/cell-edits.js';
import type { CompareChoice, ValidateOutcome } from '../../hosts/office/office-tracker-host.js';
import {
  answerAnnouncement,
  columnsAnnouncement,
  fixAnnouncement,
  revertAnnouncement,
  selectedAnnouncement,
  summaryAnnouncement,
  validatedAnnouncement,
  withOutcomeMessages,
} from '../text/announcements.js';
import { appliedText, revertedText, skippedText } from '../text/fix-wording.js';
import { issueRange } from '../text/issue-location.js';
import { useAnnounce } from './announce.js';
import type { TrackerHost } from './host-context.js';
import { useHostTask, type TaskName } from './useHostTask.js';

/** A fix the add-in applied, kept so Revert can put back exactly what it replaced. */
export interface AppliedFix {
  id: number;
  applied: AppliedEdit[];
}

/** One choice of an answer: for the question as a whole, or for one number of its scale (`written`). */
export interface QuestionAnswer {
  written?: string;
  value: string;
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
  /** The committee report's paragraph and tables from the last Build summary, for "Copy for report". */
  reportCopy: ReportClipboard | undefined;
  appliedFixes: AppliedFix[];
  notice: Notice | undefined;
  /** The kept review the officer chose to compare with; undefined: the host's default (the latest before this one). */
  compareWith: CompareChoice['compareWith'];
  chooseCompareWith: (value: NonNullable<CompareChoice['compareWith']>) => void;
  validate: () => Promise<void>;
  buildSummary: () => Promise<void>;
  /** Resolves with the fix made (for its Revert), or undefined when no cell was changed. */
  applyFixes: (edits: readonly CellEdit[]) => Promise<AppliedFix | undefined>;
  revertFix: (fix: AppliedFix) => Promise<void>;
  selectIssue: (issue: Issue) => Promise<void>;
  saveColumns: (sheet: string, layout: TrackerLayout | undefined) => Promise<void>;
  /** Answers a question (a numbered scale: each number's answer), saves the reading in the workbook and validates again. */
  answerQuestion: (question: Question, answers: readonly QuestionAnswer[]) => Promise<void>;
  forgetAnswer: (answer: SavedAnswer) => Promise<void>;
  dismissProblem: () => void;
  dismissNotice: () => void;
}

/**
 * Everything the pane does, as calls to the host and the state they leave behind. No checks of its
 * own: the outcome and the fixes are the engine's; after any change it validates again. Each
 * outcome, and each failure, is announced once.
 */
export function useTrackerCheck(host: TrackerHost): TrackerCheck {
  const say = useAnnounce();
  const announce = useCallback((text: string) => say(text), [say]);
  const alert = useCallback((text: string) => say(text, 'assertive'), [say]);
  const { run, busy, problem, dismissProblem } = useHostTask(alert);
  const [outcome, setOutcome] = useState<ValidateOutcome>();
  const [summarySheets, setSummarySheets] = useState<string[]>();
  const [reportCopy, setReportCopy] = useState<ReportClipboard>();
  const [appliedFixes, setAppliedFixes] = useState<AppliedFix[]>([]);
  const [notice, setNotice] = useState<Notice>();
  const [compareWith, setCompareWith] = useState<CompareChoice['compareWith']>();
  const choice = useMemo<CompareChoice>(() => (compareWith === undefined ? {} : { compareWith }), [compareWith]);
  const nextFixId = useRef(1);
  const fixes = useMemo(() => (outcome ? certainFixes(outcome.analysis) : []), [outcome]);

  const revalidate = useCallback(async () => {
    const next = await host.validate(choice);
    setOutcome(next);
    return next;
  }, [host, choice]);

  const validate = useCallback(
    () =>
      run('validate', async () => {
        setSummarySheets(undefined);
        setReportCopy(undefined);
        setNotice(undefined);
        const next = await revalidate();
        announce(withOutcomeMessages(validatedAnnouncement(next.report), next));
      }),
    [run, revalidate, announce],
  );

  const buildSummary = useCallback(
    () =>
      run('summary', async () => {
        setSummarySheets(undefined);
        setReportCopy(undefined);
        const built = await host.buildSummary(choice);
        setOutcome(built);
        setSummarySheets(built.sheets);
        setReportCopy(built.copy);
        announce(withOutcomeMessages(summaryAnnouncement(built.sheets), built));
      }),
    [run, host, choice, announce],
  );

  const applyFixes = useCallback(
    (edits: readonly CellEdit[]) =>
      run('fix', async () => {
        const { applied, skipped } = await host.applyEdits(edits);
        const made = applied.length > 0 ? { id: nextFixId.current++, applied } : undefined;
        if (made) setAppliedFixes((current) => [...current, made]);
        setNotice(
          skipped.length > 0
            ? { intent: 'warning', text: `${applied.length > 0 ? `${appliedText(applied)} ` : ''}${skippedText(skipped)}` }
            : undefined,
        );
        await revalidate();
        announce(fixAnnouncement(applied, skipped));
        return made;
      }),
    [run, host, revalidate, announce],
  );

  const revertFix = useCallback(
    (fix: AppliedFix) =>
      run('revert', async () => {
        const { applied, skipped } = await host.revert(fix.applied);
        setAppliedFixes((current) => current.filter((f) => f.id !== fix.id));
        const parts = [applied.length > 0 ? revertedText(applied) : '', skipped.length > 0 ? skippedText(skipped) : ''];
        setNotice({ intent: skipped.length > 0 ? 'warning' : 'success', text: parts.filter(Boolean).join(' ') });
        await revalidate();
        announce(revertAnnouncement(applied, skipped));
      }),
    [run, host, revalidate, announce],
  );

  const selectIssue = useCallback(
    (issue: Issue) =>
      run('select', async () => {
        await host.selectCell(issue.sheet, issueRange(issue));
        announce(selectedAnnouncement(issue));
      }),
    [run, host, announce],
  );

  const saveColumns = useCallback(
    (sheet: string, layout: TrackerLayout | undefined) =>
      run('columns', async () => {
        await host.saveLayout(sheet, layout);
        const next = await revalidate();
        announce(withOutcomeMessages(columnsAnnouncement(layout === undefined, next.report), next));
      }),
    [run, host, revalidate, announce],
  );

  /** Saves the reading the engine made with or without an answer, then validates again so the counts follow. */
  const saveReading = useCallback(
    (forgotten: boolean, reading: (current: ValidateOutcome['analysis']['reading']) => ValidateOutcome['analysis']['reading']) =>
      run('answer', async () => {
        await host.saveReading(reading(outcome?.analysis.reading));
        const next = await revalidate();
        announce(withOutcomeMessages(answerAnnouncement(forgotten, next.report), next));
      }),
    [run, host, outcome, revalidate, announce],
  );

  const answerQuestion = useCallback(
    (question: Question, answers: readonly QuestionAnswer[]) =>
      saveReading(false, (current) =>
        answers.reduce(
          (reading, { written, value }) => withAnswer(reading, written === undefined ? question : { ...question, written }, value),
          current,
        ),
      ),
    [saveReading],
  );

  const forgetAnswer = useCallback(
    (answer: SavedAnswer) => saveReading(true, (current) => (current === undefined ? undefined : withoutAnswer(current, answer))),
    [saveReading],
  );

  return {
    busy,
    problem,
    outcome,
    fixes,
    summarySheets,
    reportCopy,
    appliedFixes,
    notice,
    compareWith,
    chooseCompareWith: setCompareWith,
    validate,
    buildSummary,
    applyFixes,
    revertFix,
    selectIssue,
    saveColumns,
    answerQuestion,
    forgetAnswer,
    dismissProblem,
    dismissNotice: useCallback(() => setNotice(undefined), []),
  };
}
