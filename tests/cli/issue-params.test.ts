// Issue 17: a finding keeps its facts in the JSON beside its message, so a script (or the fix
// plan) never parses the English back.
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/run-cli-captured.js';

describe('the JSON report', () => {
  it('gives each issue its code, cell and parameters beside the message', async () => {
    const run = await runCliCaptured('tests/fixtures/dfe-commissioner-recommendations.xlsx', '--json', '--as-at', '2025-03-31');
    const report = JSON.parse(run.stdout) as { trackers: { issues: { code: string; cell?: string; message: string; params: Record<string, unknown> }[] }[] };
    const issues = report.trackers[0]?.issues ?? [];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.params).toBeTypeOf('object');
    const nonstandard = issues.find((issue) => issue.code === 'status-nonstandard');
    expect(nonstandard).toMatchObject({ cell: 'D25', params: { text: 'In progress – some delays', category: 'amber' } });
    expect(issues.find((issue) => issue.code === 'continuation-row')?.params).toMatchObject({ recordRow: 26 });
  });
});
