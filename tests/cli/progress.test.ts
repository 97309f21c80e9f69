import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProgressLine, showsProgress } from '../../src/cli/progress.js';
import { runCli } from '../../src/cli/run-cli.js';

const CLEAN = fileURLToPath(new URL('../fixtures/dfe-commissioner-recommendations.xlsx', import.meta.url));
const SLIDES = fileURLToPath(new URL('../fixtures/dfe-commissioner-slides-paste.xlsx', import.meta.url));

describe('when the progress line is shown', () => {
  it.each([
    [{ files: 20, terminal: true, elapsedMs: 1001 }, true],
    [{ files: 20, terminal: true, elapsedMs: 1000 }, false],
    [{ files: 20, terminal: false, elapsedMs: 60_000 }, false],
    [{ files: 1, terminal: true, elapsedMs: 60_000 }, false],
  ])('%o: %s', (situation, shown) => {
    expect(showsProgress(situation)).toBe(shown);
  });
});

describe('ProgressLine', () => {
  it('writes nothing until a second has passed, then rewrites one line, and clears it', () => {
    let now = 0;
    let written = '';
    const progress = new ProgressLine(3, true, () => now, (text) => (written += text));
    progress.next(0, 'a.xlsx');
    progress.clear();
    expect(written).toBe('');
    now = 1500;
    progress.next(1, 'b.xlsx');
    expect(written).toBe('\r\x1b[Kchecking 2 of 3: b.xlsx');
    progress.clear();
    progress.clear();
    expect(written).toBe('\r\x1b[Kchecking 2 of 3: b.xlsx\r\x1b[K');
  });
});

describe('a batch run', () => {
  async function run(terminal: boolean): Promise<{ stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    let now = 0;
    await runCli([CLEAN, SLIDES, CLEAN.replace('.xlsx', '.csv')], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      now: () => new Date('2030-01-01T12:00:00Z'),
      // Each look at the clock is 0.8 s later: slow enough that the second file is announced.
      clock: () => (now += 800),
      stderrIsTerminal: terminal,
    });
    return { stdout, stderr };
  }

  it('on a terminal, announces the files after the first second and leaves stderr clear', async () => {
    const { stdout, stderr } = await run(true);
    expect(stderr).toContain(`checking 2 of 3: ${SLIDES}`);
    expect(stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(stdout).not.toContain('checking');
  });

  it('not on a terminal, writes no progress', async () => {
    expect((await run(false)).stderr).toBe('');
  });
});
