import { Body1, Button, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { savedAnswers, type SavedAnswer } from '../../engine/reading/answer-question.js';
import type { Question } from '../../engine/reading/questions.js';
import type { TrackerLayout } from '../../engine/tracker/tracker-layout.js';
import type { ValidateOutcome } from '../../hosts/office/office-tracker-host.js';
import { useFocusRequest } from '../hooks/useFocusRequest.js';
import type { QuestionAnswer } from '../hooks/useTrackerCheck.js';
import { savedAnswerText } from '../text/question-words.js';
import { VALIDATE_FOCUS } from './PaneActions.js';
import { QuestionForm } from './QuestionForm.js';

/** The data-focus key of the section's heading, where focus waits while an answer is saved. */
export const QUESTIONS_FOCUS = 'questions-heading';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  answers: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  answer: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

interface QuestionGroup {
  /** The tracker's sheet; undefined for the workbook's own question (the review date). */
  sheet?: string;
  questions: Question[];
  layout?: TrackerLayout;
}

/** The workbook's questions first, then each tracker's, as the engine orders them. */
function questionGroups(outcome: ValidateOutcome): QuestionGroup[] {
  const { report, analysis } = outcome;
  const trackers = report.trackers.map((tracker): QuestionGroup => {
    const layout = analysis.trackers.find((t) => t.context.layout.sheet === tracker.sheet)?.context.layout;
    return { sheet: tracker.sheet, questions: tracker.questions, ...(layout && { layout }) };
  });
  return [{ questions: report.questions }, ...trackers].filter((group) => group.questions.length > 0);
}

export interface QuestionsSectionProps {
  outcome: ValidateOutcome;
  disabled: boolean;
  onAnswer: (question: Question, answers: QuestionAnswer[]) => void;
  onForget: (answer: SavedAnswer) => void;
}

/**
 * "Check how I read this tracker": what Tracker Check could not read with certainty, asked in plain
 * words, and the answers already saved in the workbook, each of which can be forgotten. Shown only
 * when there is something to ask or an answer to list. A question answered, or an answer forgotten,
 * leaves the list: focus moves first to the section's heading, which stays (or, when the last
 * answer is forgotten with nothing asked, to Validate tracker).
 */
export function QuestionsSection({ outcome, disabled, onAnswer, onForget }: QuestionsSectionProps): JSX.Element | null {
  const styles = useStyles();
  const focus = useFocusRequest();
  const groups = questionGroups(outcome);
  const answers = savedAnswers(outcome.analysis.reading);
  if (groups.length === 0 && answers.length === 0) return null;
  const answer = (question: Question, given: QuestionAnswer[]) => {
    focus([QUESTIONS_FOCUS]);
    onAnswer(question, given);
  };
  const forget = (saved: SavedAnswer) => {
    // The last answer, with nothing asked: the whole section may go, so focus goes to Validate tracker.
    focus(groups.length === 0 && answers.length === 1 ? [VALIDATE_FOCUS] : [QUESTIONS_FOCUS]);
    onForget(saved);
  };
  return (
    <section className={styles.section} aria-labelledby="questions-heading" data-testid="questions">
      <Subtitle1 as="h2" id="questions-heading" tabIndex={-1} data-focus={QUESTIONS_FOCUS}>
        Check how I read this tracker
      </Subtitle1>
      {groups.length > 0 && <Body1>Tracker Check was not sure of these. Each answer is saved in this workbook and used by every later check.</Body1>}
      {groups.map((group) => (
        <div key={group.sheet ?? ''} className={styles.section}>
          {group.sheet !== undefined && <Subtitle2 as="h3">{group.sheet}</Subtitle2>}
          <ul className={styles.list}>
            {group.questions.map((question) => (
              <li key={`${question.id}:${String(question.chosen)}`}>
                <QuestionForm question={question} layout={group.layout} disabled={disabled} onAnswer={answer} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {answers.length > 0 && (
        <>
          <Subtitle2 as="h3">Your answers</Subtitle2>
          <ul className={styles.answers}>
            {answers.map((saved) => {
              const text = savedAnswerText(saved);
              return (
                <li key={`${saved.sheet ?? ''}:${saved.kind}:${saved.subject}`} className={styles.answer}>
                  <Body1>{text}</Body1>
                  <Button size="small" disabledFocusable={disabled} aria-label={`Forget: ${text}`} onClick={() => forget(saved)}>
                    Forget
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
