import type { ExcelRun } from './excel-run.js';

/**
 * office.js's own `Excel.run`, looked up on each call rather than when this module loads, so the
 * pane and the ribbon (which never touch `Excel.*` themselves) reach whichever Excel the page has:
 * the real host, or the in-memory one the browser test installs.
 */
export const officeJsRun: ExcelRun = (batch) => Excel.run(batch);
