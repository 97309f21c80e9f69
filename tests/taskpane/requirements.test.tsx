// @vitest-environment happy-dom
// The pane's requirement check: office.js is asked for ExcelApi 1.9 before the pane is shown.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { App } from '../../src/taskpane/App.js';
import { installFakeOffice, type InstalledFakeOffice } from '../support/fake-excel/index.js';
import { fakeFromGrid } from '../support/fake-from-grid.js';
import { pageText, render, unmountAll } from '../support/pane-harness.js';

let sample: WorkbookGrid;
let office: InstalledFakeOffice;

beforeAll(async () => {
  const read = await readWorkbookFile('tests/fixtures/dfe-commissioner-recommendations.xlsx');
  if (!read.ok) throw new Error(read.message);
  sample = read.workbook;
});

beforeEach(() => {
  office = installFakeOffice(globalThis, fakeFromGrid(sample));
});

afterEach(() => {
  unmountAll();
  office.uninstall();
});

describe('The pane’s requirement check', () => {
  it('asks office.js for ExcelApi 1.9 and explains when it is missing', async () => {
    office.uninstall();
    office = installFakeOffice(globalThis, fakeFromGrid(sample), { excelApi: '1.8' });
    await render(<App />);
    expect(pageText()).toContain('This version of Excel cannot run Tracker Check');
    expect(pageText()).toContain('Excel API 1.9');
  });

  it('shows the pane when ExcelApi 1.9 is there', async () => {
    await render(<App />);
    expect(pageText()).toContain('Validate tracker');
  });
});
