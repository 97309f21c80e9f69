import { useMemo, useState } from 'react';
import { SEVERITIES, type Issue, type Severity } from '../../engine/issues/issue-codes.js';
import { issueLocation } from '../text/issue-location.js';

export interface IssueFilter {
  shown: ReadonlySet<Severity>;
  toggle: (severity: Severity) => void;
  text: string;
  setText: (text: string) => void;
  /** The issues that pass both filters, in the engine's order. */
  visible: Issue[];
}

/** Which issues the officer wants to see: by severity, and by words in the message or the place. */
export function useIssueFilter(issues: readonly Issue[]): IssueFilter {
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [text, setText] = useState('');
  const visible = useMemo(() => {
    const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return issues.filter((issue) => {
      if (!shown.has(issue.severity)) return false;
      const haystack = `${issueLocation(issue)} ${issue.message} ${issue.suggestion ?? ''} ${issue.code}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }, [issues, shown, text]);
  const toggle = (severity: Severity): void =>
    setShown((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  return { shown, toggle, text, setText, visible };
}
