import { Body1, Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type JSX } from 'react';
import type { Question } from '../../engine/reading/questions.js';
import type { TrackerLayout } from '../../engine/tracker/tracker-layout.js';
import type { QuestionAnswer } from '../hooks/useTrackerCheck.js';
import { answerParts, questionText, type AnswerPart } from '../text/question-words.js';

const useStyles = makeStyles({
  question: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  field: { alignSelf: 'stretch' },
});

/** The empty choice of a question Tracker Check took no answer for: Answer waits for a real one. */
const UNCHOSEN = '';

export interface QuestionFormProps {
  question: Question;
  /** The tracker's layout, for the headings of the columns a column question offers. */
  layout: TrackerLayout | undefined;
  disabled: boolean;
  onAnswer: (question: Question, answers: QuestionAnswer[]) => void;
}

/**
 * One question, answered in one step: a native list (keyboard and screen readers know it) labelled
 * by the question and described by why it is asked, then Answer. A numbered scale without a key
 * has a list per number, all saved by the one Answer.
 */
export function QuestionForm({ question, layout, disabled, onAnswer }: QuestionFormProps): JSX.Element {
  const styles = useStyles();
  const parts = answerParts(question, layout);
  const [values, setValues] = useState(() => parts.map((part) => part.chosen ?? UNCHOSEN));
  const textId = useId();
  const whyId = useId();
  const text = questionText(question);
  const whole = parts.length === 1;
  const complete = values.every((value) => value !== UNCHOSEN);
  const list = (part: AnswerPart, index: number) => (
    <Field key={part.written ?? 'answer'} className={styles.field} size="small" label={whole ? text : part.label} {...(whole && { hint: question.why })}>
      <Select
        size="small"
        value={values[index] ?? UNCHOSEN}
        onChange={(_event, data) => setValues((current) => current.map((value, i) => (i === index ? data.value : value)))}
      >
        {(values[index] ?? UNCHOSEN) === UNCHOSEN && <option value={UNCHOSEN}>Choose an answer</option>}
        {part.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
  const answer = () => onAnswer(question, parts.map((part, index) => ({ ...(part.written !== undefined && { written: part.written }), value: values[index] ?? UNCHOSEN })));
  return (
    <div className={styles.question} data-testid={`question-${question.id}`} {...(!whole && { role: 'group', 'aria-labelledby': textId, 'aria-describedby': whyId })}>
      {!whole && <Body1 id={textId}>{text}</Body1>}
      {!whole && <Caption1 id={whyId}>{question.why}</Caption1>}
      {parts.map(list)}
      {/* Unavailable stays focusable (aria-disabled), so a screen reader finds it and focus never drops to the page. */}
      <Button size="small" appearance="primary" disabledFocusable={disabled || !complete} aria-label={`Answer: ${text}`} onClick={answer}>
        Answer
      </Button>
    </div>
  );
}
