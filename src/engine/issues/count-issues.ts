import { SEVERITIES, type Issue, type Severity } from './issue-codes.js';

/** How many issues of each severity. */
export function countIssues(issues: readonly Issue[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
