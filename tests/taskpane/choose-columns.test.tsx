// @vitest-environment happy-dom
// "Choose columns": when no tracker is found, the officer says which column is which; the choice
// is saved in the workbook through saveLayout, and "Forget my choice" removes it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfficeTrackerHost } from '../../src/hosts/office/office-tracker-host.js';
import { App } from '../../src/taskpane/App.js';
import { createFakeExcel, fakeWorkbook, inspect } from '../support/fake-excel/index.js';
import { click, clickButton, pageText, render, unmountAll, waitFor, waitForText } from '../support/pane-harness.js';

const NOW = () => new Date('2026-11-23T12:00:00Z');

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

/** A plan whose headings Tracker Check does not know, so it finds no tracker by itself. */
function unknownPlan() {
  return fakeWorkbook({
    sheets: [
      {
        name: 'Plan',
        rows: [
          ['Ask', 'Who', 'Where we are', 'Colour'],
          ['1. Publish the plan', 'Ann Lee', 'Published in May', 'Completed'],
          ['2. Train the staff', 'Bob Shah', 'Half trained', 'On track'],
          ['3. Audit the files', 'Cy Dunn', 'Started late', 'Delayed'],
        ],
      },
    ],
  });
}

/** Opens the dropdown labelled `label` and picks the option whose text starts with `option`. */
async function pick(label: string, option: string): Promise<void> {
  const field = [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label));
  const dropdown = field?.htmlFor ? document.getElementById(field.htmlFor) : null;
  if (!dropdown) throw new Error(`no dropdown labelled ${label}`);
  await click(dropdown);
  const choice = await waitFor(() => {
    // Fluent renders a single-choice list as listbox/option and a multiselect one as menu/menuitemcheckbox.
    const listbox = document.getElementById(dropdown.getAttribute('aria-controls') ?? '');
    const options = [...(listbox?.querySelectorAll('[role="option"], [role="menuitemcheckbox"]') ?? [])];
    const found = options.find((o) => o.textContent?.startsWith(option));
    if (!found) throw new Error(`no option ${option} in ${label}: ${options.map((o) => o.textContent).join(' | ')}`);
    return found;
  });
  await click(choice);
  // A multiselect dropdown stays open after a pick; close it as an officer would, by clicking it again.
  if (dropdown.getAttribute('aria-expanded') === 'true') await click(dropdown);
  await waitFor(() => expect(dropdown.getAttribute('aria-expanded')).toBe('false'));
}

describe('Choose columns', () => {
  it('opens when no tracker is found, offers the header row’s cells, saves the choice and validates again', async () => {
    const excel = createFakeExcel(unknownPlan());
    const real = new OfficeTrackerHost(excel.run, NOW);
    const saveLayout = vi.spyOn(real, 'saveLayout');
    await render(<App host={real} supported />);
    await clickButton('Validate tracker');
    await waitForText('No tracker was found in this workbook');
    await waitForText('Choose columns');

    await pick('Item', 'A – Ask');
    await pick('Lead', 'B – Who');
    await pick('Progress update', 'C – Where we are');
    await pick('Status', 'D – Colour');
    await clickButton('Save and validate');

    await waitFor(() =>
      expect(saveLayout).toHaveBeenCalledWith('Plan', {
        sheet: 'Plan',
        headerRow: 1,
        columns: { item: 0, lead: 1, progress: 2 },
        ratedColumns: [3],
        source: 'chosen',
      }),
    );
    expect(inspect(excel.model).settings()['trackerCheck.layouts']).toEqual(
      JSON.stringify([{ sheet: 'Plan', headerRow: 1, columns: { item: 0, lead: 1, progress: 2 }, ratedColumns: [3] }]),
    );
    await waitFor(() => expect(document.querySelector('[data-testid="counts-Plan"]')).not.toBeNull());
    const counts = ['blue', 'green', 'amber'].map(
      (rating) => document.querySelector(`[data-testid="counts-Plan"] [data-testid="count-${rating}"]`)?.textContent,
    );
    expect(counts).toEqual(['1', '1', '1']);
  });

  it('“Forget my choice” removes the saved columns, so the next validate finds no tracker again', async () => {
    const model = unknownPlan();
    model.settings.set('trackerCheck.layouts', JSON.stringify(JSON.stringify([{ sheet: 'Plan', headerRow: 1, columns: { item: 0, lead: 1 }, ratedColumns: [3] }])));
    const excel = createFakeExcel(model);
    await render(<App host={new OfficeTrackerHost(excel.run, NOW)} supported />);
    await clickButton('Validate tracker');
    await waitFor(() => expect(document.querySelector('[data-testid="counts-Plan"]')).not.toBeNull());
    await clickButton('Columns look wrong? Choose columns');
    await waitForText('chosen by an officer and saved in the workbook');
    await clickButton('Forget my choice');
    await waitForText('No tracker was found in this workbook');
    expect(inspect(excel.model).settings()['trackerCheck.layouts']).toEqual('[]');
    expect(pageText()).not.toContain('chosen by an officer');
  });
});
