// @vitest-environment happy-dom
// "Compare with" in the task pane: the reviews the host says are kept, the latest selected, and the
// officer's choice passed to Build summary.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/taskpane/App.js';
import type { TrackerHost } from '../../src/taskpane/hooks/host-context.js';
import { OfficeTrackerHost } from '../../src/hosts/office/office-tracker-host.js';
import { createFakeExcel, fakeWorkbook, inspect } from '../support/fake-excel/index.js';
import { clickButton, render, unmountAll, waitFor, waitForText } from '../support/pane-harness.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const rows = [['Action', 'Lead', 'Status'], ['1. Review the plan', 'Ann Lee', 'Green'], ['2. Agree priorities', 'Ben Holmes', 'Red']];

describe('Compare with', () => {
  it('lists the kept reviews, the latest selected, and builds with the officer’s choice', async () => {
    const excel = createFakeExcel(fakeWorkbook({ sheets: [{ name: 'Actions', rows }] }), { excelApi: '1.13' });
    const at = (iso: string) => new OfficeTrackerHost(excel.run, () => new Date(iso), undefined, () => true);
    await at('2025-03-31T12:00:00Z').buildSummary();
    await at('2025-06-30T12:00:00Z').buildSummary();
    const real = at('2025-09-30T12:00:00Z');
    const host: TrackerHost = {
      validate: vi.fn((choice) => real.validate(choice)),
      buildSummary: vi.fn((choice) => real.buildSummary(choice)),
      applyEdits: vi.fn((edits) => real.applyEdits(edits)),
      revert: vi.fn((applied) => real.revert(applied)),
      selectCell: vi.fn((sheet, cell) => real.selectCell(sheet, cell)),
      saveLayout: vi.fn((sheet, layout) => real.saveLayout(sheet, layout)),
      saveReading: vi.fn((reading) => real.saveReading(reading)),
      readRow: vi.fn((sheet, row) => real.readRow(sheet, row)),
    };
    await render(<App host={host} supported />);
    await clickButton('Validate tracker');
    await waitForText('Compare with');
    const select = document.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(['The 30 June 2025 review', 'The 31 March 2025 review', 'No earlier review']);
    expect(select.value).toBe('2025-06-30');

    select.value = '2025-03-31';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await clickButton('Build summary');
    await waitFor(() => expect(host.buildSummary).toHaveBeenCalledWith({ compareWith: '2025-03-31' }));
    await waitFor(() => expect(inspect(excel.model).values('Summary – Actions').flat()).toContain('Since the 31 March 2025 review'));
  });
});
