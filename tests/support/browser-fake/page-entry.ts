// The in-memory Excel as a page's host, for the headless-browser test. Bundled for the browser
// (webpack, see bundle-fake-host.ts) and injected before the page's own scripts, it defines
// window.Office / window.Excel over a workbook described in plain JSON, so Office.onReady
// resolves with Excel and Excel.run works; the test reads the workbook back through
// window.__trackerCheckFake.
import { fakeWorkbook, inspect, installFakeOffice, parseRef, type WorkbookDescription } from '../fake-excel/index.js';

export interface PageFake {
  value: (address: string) => unknown;
  selectedAddress: () => string | null;
  sheetNames: () => string[];
  runs: () => number;
  /** A sheet's used range, as values. */
  values: (sheet: string) => unknown[][];
  chartCount: (sheet: string) => number;
  /** Types a value into one cell, as an officer would between two reviews ("Recommendations!D25"). */
  setValue: (address: string, value: string | number) => void;
  /** Protects or unprotects a sheet, as Review > Protect Sheet does. */
  protect: (sheet: string, on: boolean) => void;
}

declare global {
  interface Window {
    __trackerCheckFake?: PageFake;
    __installTrackerCheckFake?: (description: WorkbookDescription) => void;
  }
}

window.__installTrackerCheckFake = (description) => {
  const model = fakeWorkbook(description);
  const office = installFakeOffice(window, model);
  const look = inspect(model);
  window.__trackerCheckFake = {
    value: (address) => look.value(address),
    selectedAddress: () => look.selectedAddress(),
    sheetNames: () => look.sheetNames(),
    runs: () => office.stats.runs,
    values: (sheet) => look.values(sheet),
    chartCount: (sheet) => look.charts(sheet).length,
    setValue: (address, value) => {
      const bang = address.lastIndexOf('!');
      const { rect } = parseRef(address.slice(bang + 1));
      model.sheet(address.slice(0, bang)).ensure(rect.r0, rect.c0).value = value;
    },
    protect: (sheet, on) => {
      model.sheet(sheet).protected = on;
    },
  };
};
