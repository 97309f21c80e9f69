// @vitest-environment happy-dom
// The pane on a plan of three priority sheets and on a tracker with its own key: the whole plan's
// counts above each tracker's, and the key in one line with its entries a click away.
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/taskpane/App.js';
import { OfficeTrackerHost } from '../../src/hosts/office/office-tracker-host.js';
import { DEFAULT_PROFILE } from '../../src/engine/profile/default-profile.js';
import { createFakeExcel } from '../support/fake-excel/index.js';
import { fakeFromXlsx } from '../support/fake-from-xlsx.js';
import { EXCEL_WITH_MERGES } from '../support/host-parity.js';
import { clickButton, render, unmountAll, waitFor } from '../support/pane-harness.js';

const NOW = () => new Date('2025-06-30T12:00:00Z');
afterEach(() => unmountAll());

async function validatedPane(path: string): Promise<void> {
  const excel = createFakeExcel(await fakeFromXlsx(path), { excelApi: '1.13' });
  await render(<App host={new OfficeTrackerHost(excel.run, NOW, DEFAULT_PROFILE, EXCEL_WITH_MERGES)} supported />);
  await clickButton('Validate tracker');
  await waitFor(() => document.querySelector('[data-testid="validation-results"]') !== null);
}

describe('the pane', () => {
  it('shows the whole plan of three priority sheets, then each', async () => {
    await validatedPane('tests/fixtures/layouts/layouts-plan-per-priority.xlsx');
    const total = document.querySelector('[data-testid="counts-plan-total"]');
    expect(total?.textContent).toContain('27 items across 3 trackers');
    for (const sheet of ['Priority 1', 'Priority 2', 'Priority 3']) {
      expect(document.querySelector(`[data-testid="counts-${sheet}"]`)).not.toBeNull();
    }
  });

  it('says where the tracker\'s key is and lists its entries', async () => {
    await validatedPane('tests/fixtures/statuses/key-table-below.xlsx');
    const key = document.querySelector('[data-testid="tracker-key"]');
    expect(key?.querySelector('summary')?.textContent).toMatch(/^Key read from Improvement plan [A-Z]+\d+:[A-Z]+\d+: 4 entries$/);
    expect(key?.textContent).toContain('“1” is Completed');
  });
});
