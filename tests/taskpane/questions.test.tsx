// @vitest-environment happy-dom
// Issue 16 in the pane: "Check how I read this tracker" lists Tracker Check's questions in plain
// words after Validate; each is answered in one step, the answer is saved in the workbook (the
// very hidden reading sheet) and the counts follow; "Your answers" can forget each one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyseWorkbook } from '../../src/engine/analyse/analyse-workbook.js';
import type { RatingCounts } from '../../src/engine/profile/brag.js';
import type { OfficerReading } from '../../src/engine/reading/officer-reading.js';
import { READING_SHEET } from '../../src/engine/reading/saved-reading.js';
import { workbookReport } from '../../src/engine/report/workbook-report.js';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { OfficeTrackerHost, type ValidateOutcome } from '../../src/hosts/office/office-tracker-host.js';
import { App } from '../../src/taskpane/App.js';
import { createFakeExcel, type WorkbookModel } from '../support/fake-excel/index.js';
import { fakeFromXlsx } from '../support/fake-from-xlsx.js';
import { button, click, clickButton, act, pageText, render, unmountAll, waitFor, waitForText } from '../support/pane-harness.js';
import { QUESTIONS_DIR, questionFixtures, truthAnswer, withTruth } from '../support/question-truth.js';

const NOW = () => new Date('2026-11-23T12:00:00Z');

/**
 * Fixtures whose answered counts the engine does not yet get right, in either host: there the pane
 * must show what the command line counts with the same answers, and the test fails once the engine
 * gets them right, so the entry is removed. header-row-inside-data: with the header answered as
 * row 4, the pasted header in row 12 is counted as an item (blue, by its fill), 6 completed not 5.
 */
const ENGINE_GAPS = new Set(['header-row-inside-data']);

/** The counts the command line's host gives the file with this reading. */
async function fileHostCounts(path: string, reading: OfficerReading): Promise<Record<string, RatingCounts>> {
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(read.message);
  const analysis = analyseWorkbook(read.workbook, { today: '2026-11-23', reading });
  return Object.fromEntries(workbookReport(path, analysis).trackers.map((t) => [t.sheet, t.statusCounts]));
}
const HEADING = 'Check how I read this tracker';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

/** The real host on the in-memory Excel holding `path`, with every requirement set (protection, read-only). */
async function hostFor(path: string): Promise<{ host: OfficeTrackerHost; model: WorkbookModel; last: () => ValidateOutcome }> {
  const model = await fakeFromXlsx(path);
  const excel = createFakeExcel(model, { excelApi: '1.13' });
  const host = new OfficeTrackerHost(excel.run, NOW, undefined, () => true);
  const validate = vi.spyOn(host, 'validate');
  /** The outcome of the pane's latest Validate. */
  const last = () => {
    const settled = validate.mock.settledResults.at(-1);
    if (settled?.type !== 'fulfilled') throw new Error('not validated');
    return settled.value;
  };
  return { host, model, last };
}

async function validated(path: string) {
  const made = await hostFor(path);
  await render(<App host={made.host} supported />);
  await clickButton('Validate tracker');
  await waitFor(() => expect(document.querySelector('[data-testid^="counts-"]')).not.toBeNull());
  return made;
}

const polite = () => document.querySelector('[data-testid="live-polite"]')?.textContent ?? '';
const section = () => document.querySelector<HTMLElement>('[data-testid="questions"]');
const questionBox = (id: string) => [...document.querySelectorAll<HTMLElement>('[data-testid^="question-"]')].find((e) => e.dataset['testid'] === `question-${id}`);

/** Picks `values` in a question's lists as the keyboard does (a change event per list), then presses its Answer. */
async function answer(id: string, values: readonly string[]): Promise<void> {
  const box = await waitFor(() => {
    const found = questionBox(id);
    if (!found) throw new Error(`no question ${id}: ${pageText().slice(0, 800)}`);
    return found;
  });
  const selects = [...box.querySelectorAll('select')];
  expect(selects.length).toBe(values.length);
  await act(async () => {
    selects.forEach((select, i) => {
      select.focus();
      select.value = values[i] ?? '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  });
  const answerButton = [...box.querySelectorAll('button')].find((b) => b.textContent === 'Answer');
  if (!answerButton) throw new Error('no Answer button');
  await waitFor(() => expect(answerButton.getAttribute('aria-disabled')).not.toBe('true'));
  answerButton.focus();
  await click(answerButton);
}

/** The counts the pane shows for a tracker; its table has no unrated row when none is unrated. */
const counts = (sheet: string) => {
  const table = [...document.querySelectorAll<HTMLElement>('[data-testid^="counts-"]')].find((e) => e.dataset['testid'] === `counts-${sheet}`);
  if (!table) return undefined;
  const shown = (rating: string) => table.querySelector(`[data-testid="count-${rating}"]`)?.textContent;
  return Object.fromEntries(['blue', 'green', 'amber', 'red', 'unrated'].map((r) => [r, Number(shown(r) ?? (r === 'unrated' ? 0 : NaN))]));
};

describe('Check how I read this tracker', () => {
  it('asks in plain words, the options as plain labels, and says why', async () => {
    await validated(`${QUESTIONS_DIR}/audit-implementation-wordings.xlsx`);
    await waitForText(HEADING);
    const box = questionBox('wording:Follow-up:substantially implemented');
    const select = box?.querySelector('select');
    const label = select ? document.querySelector(`label[for="${select.id}"]`)?.textContent : undefined;
    expect(label).toBe('How should "Substantially implemented" (4 items) count?');
    expect([...(select?.options ?? [])].map((o) => o.text)).toEqual(['Choose an answer', 'Completed', 'On track', 'Some delays', 'Not in progress', 'No rating']);
    // The why is the list's description, read with its label.
    const described = (select?.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('"Substantially implemented" is no wording Tracker Check knows, so 4 items are counted as unrated.');
    // Nothing is chosen, so Answer waits (focusable, marked unavailable).
    expect(button('Answer: How should "Substantially implemented" (4 items) count?').getAttribute('aria-disabled')).toBe('true');
  });

  it('offers columns by heading and letter, and header rows as rows', async () => {
    await validated(`${QUESTIONS_DIR}/risk-and-delivery-ratings.xlsx`);
    const select = questionBox('column:Programme tracker:status')?.querySelector('select');
    expect([...(select?.options ?? [])].map((o) => o.text)).toEqual(['"Delivery RAG" (column E)', '"Risk rating" (column G)']);
    expect(select?.value).toBe('E');
    unmountAll();
    await validated(`${QUESTIONS_DIR}/header-row-inside-data.xlsx`);
    const rows = questionBox('header-row:Action tracker')?.querySelector('select');
    expect([...(rows?.options ?? [])].map((o) => o.text)).toEqual(['Row 4', 'Row 12']);
  });

  it('asks the review date first, as long dates', async () => {
    await validated(`${QUESTIONS_DIR}/two-review-dates.xlsx`);
    const select = questionBox('review-date')?.querySelector('select');
    expect([...(select?.options ?? [])].map((o) => o.text)).toEqual(['30 September 2025', '14 October 2025']);
    expect(section()?.querySelector('li [data-testid="question-review-date"]')).toBe(section()?.querySelector('[data-testid^="question-"]'));
  });

  it('says, once, which saved answers no longer fit the workbook', async () => {
    const { host } = await hostFor(`${QUESTIONS_DIR}/plain-control.xlsx`);
    await host.saveReading({ sheets: { 'Old plan': { headerRow: 4 } } });
    await render(<App host={host} supported />);
    await clickButton('Validate tracker');
    await waitForText('The answers for sheet "Old plan" were set aside: the workbook has no sheet of that name now.');
    expect(pageText().split('were set aside').length).toBe(2);
  });

  it('is not shown when nothing is asked and nothing answered', async () => {
    await validated(`${QUESTIONS_DIR}/plain-control.xlsx`);
    expect(section()).toBeNull();
    expect(pageText()).not.toContain(HEADING);
  });

  it('answers every question of every fixture from its truth, and the counts are then exactly the truth’s (where the engine falls short, the command line’s with the same answers)', async () => {
    const fixtures = questionFixtures();
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    const answeredThroughPane: string[] = [];
    for (const fixture of fixtures) {
      const { host, last } = await validated(fixture.path);
      const asked = new Set<string>();
      // Answer what is asked (new questions may come as others are answered), until the truth answers nothing more.
      for (;;) {
        const { report } = last();
        const open = [...report.questions, ...report.trackers.flatMap((t) => t.questions)].filter((q) => !asked.has(q.id));
        const next = open.map((question) => ({ question, values: truthAnswer(question, fixture.answers) })).find((q) => q.values !== undefined);
        if (!next?.values) break;
        asked.add(next.question.id);
        const before = last();
        await answer(next.question.id, next.values);
        await waitFor(() => expect(last()).not.toBe(before));
        await waitFor(() => expect(polite()).toMatch(/^Saved your answer in this workbook\./));
        answeredThroughPane.push(`${fixture.name}: ${next.question.id}`);
      }
      // What the truth answers and nobody asked goes in as the answers file would: saved, then validated.
      const reading = withTruth(last().analysis.reading, fixture.answers);
      await host.saveReading(reading);
      await clickButton('Validate tracker');
      const gap = ENGINE_GAPS.has(fixture.name);
      const want = gap ? await fileHostCounts(fixture.path, reading) : fixture.counts;
      if (gap) expect(want, `${fixture.name} is right now: take it out of ENGINE_GAPS`).not.toEqual(fixture.counts);
      await waitFor(() => {
        for (const [sheet, counted] of Object.entries(want)) expect({ fixture: fixture.name, sheet, counts: counts(sheet) }).toEqual({ fixture: fixture.name, sheet, counts: counted });
      });
      unmountAll();
    }
    // Most questions are answered in the pane itself, not through the answers document.
    expect(answeredThroughPane.length).toBeGreaterThanOrEqual(10);
  }, 120_000);
});

describe('answering by keyboard and screen reader', () => {
  const FIXTURE = `${QUESTIONS_DIR}/one-unknown-wording.xlsx`;
  const ID = 'wording:Improvement plan:transferred to bau';
  const ANSWER = 'Answer: How should "Transferred to BAU" (4 items) count?';

  it('saves the answer, says the new counts, keeps focus off the page body, and lists the answer to forget', async () => {
    const { model } = await validated(FIXTURE);
    const lost: string[] = [];
    const watch = () => {
      if (document.activeElement === document.body || document.activeElement === null) lost.push(pageText().slice(0, 80));
    };
    const onFocusOut = () => queueMicrotask(watch);
    document.addEventListener('focusout', onFocusOut, true);

    await answer(ID, ['blue']);
    await waitFor(() =>
      expect(polite()).toBe(
        'Saved your answer in this workbook. Improvement plan now counts 4 completed, 7 on track, 3 delayed, 2 not in progress. No questions left.',
      ),
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe(HEADING));
    expect(document.activeElement?.tagName).toBe('H2');
    expect(counts('Improvement plan')).toEqual({ blue: 4, green: 7, amber: 3, red: 2, unrated: 0 });
    expect(questionBox(ID)).toBeUndefined();
    expect(model.sheet(READING_SHEET).visibility).toBe('VeryHidden');

    const forget = button('Forget: Improvement plan: "Transferred to BAU" counts as Completed');
    forget.focus();
    await click(forget);
    await waitFor(() =>
      expect(polite()).toBe('Forgot that answer. Improvement plan now counts 7 on track, 3 delayed, 2 not in progress, 4 with no recognised status. 1 question left.'),
    );
    // The last answer, with nothing asked when it was forgotten: the section might have gone, so focus went to Validate tracker.
    await waitFor(() => expect(document.activeElement).toBe(button('Validate tracker')));
    expect(() => button(/^Forget/)).toThrow();
    expect(button(ANSWER)).toBeDefined();
    document.removeEventListener('focusout', onFocusOut, true);
    expect(lost).toEqual([]);
  });

  it('lists an answer saved for something not asked, and forgetting it takes focus to Validate tracker as the section goes', async () => {
    const { host } = await hostFor(`${QUESTIONS_DIR}/date-and-completion-date.xlsx`);
    await host.saveReading({ sheets: { 'Action log': { columns: { due: 'E' } } } });
    await render(<App host={host} supported />);
    await clickButton('Validate tracker');
    const forget = await waitFor(() => button('Forget: Action log: the due date is column E'));
    expect(document.querySelector('[data-testid^="question-"]')).toBeNull();
    forget.focus();
    await click(forget);
    await waitFor(() => expect(polite()).toMatch(/^Forgot that answer\. Action log now counts/));
    await waitFor(() => expect(section()).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button('Validate tracker')));
  });

  it('says a refusal assertively when the workbook’s structure is protected, and saves nothing', async () => {
    const { model } = await validated(FIXTURE);
    model.structureProtected = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await answer(ID, ['blue']);
    await waitFor(() =>
      expect(document.querySelector('[data-testid="live-assertive"]')?.textContent).toMatch(/^This workbook's structure is protected \(Review > Protect Workbook\)/),
    );
    expect(model.findSheet(READING_SHEET)).toBeUndefined();
    expect(button(ANSWER)).toBeDefined();
  });
});
