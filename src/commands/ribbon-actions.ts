/**
 * What the ribbon buttons do. commands.ts registers these with Office and always calls
 * event.completed() after them, whether they resolve or throw, so an action only has to do
 * its work and resolve (or reject).
 *
 * How the officer hears the outcome: manifest.xml declares the shared runtime, so these commands
 * run in the same JavaScript runtime as the task pane. Microsoft documents this arrangement for
 * exactly this ("Configure your Office Add-in to use a shared runtime": ribbon commands and the
 * task pane share global state, and `Office.addin.showAsTaskpane()` opens the pane from code).
 * So each action shows the pane and publishes its progress and outcome to ribbon-outcomes.ts, a
 * module-level store the pane reads ("Validated from the ribbon: 5 completed, 17 on track,
 * 2 delayed — 0 errors, 3 warnings"). No dialog, no notification API, no second Excel call: the
 * pane shows what this run found. Excel is reached only through OfficeTrackerHost, loaded on
 * first use so the commands bundle (the first script the page runs) stays small.
 */
import { officerMessage } from '../hosts/office/officer-message.js';
import type { OfficeTrackerHost } from '../hosts/office/office-tracker-host.js';
import { publishRibbonOutcome } from './ribbon-outcomes.js';

let host: Promise<OfficeTrackerHost> | undefined;

/** The one host the ribbon uses, over office.js's Excel.run. */
function ribbonHost(): Promise<OfficeTrackerHost> {
  host ??= Promise.all([import('../hosts/office/office-tracker-host.js'), import('../hosts/office/office-js-run.js')]).then(
    ([{ OfficeTrackerHost }, { officeJsRun }]) => new OfficeTrackerHost(officeJsRun),
  );
  return host;
}

/**
 * Opens the task pane so the outcome is in front of the officer. Only a shared runtime has
 * Office.addin; without one (or if Office refuses) the outcome still waits in the store for the
 * pane to show when it opens.
 */
async function showPane(): Promise<void> {
  try {
    await Office.addin?.showAsTaskpane();
  } catch (error) {
    console.warn('Tracker Check: could not show the task pane', error);
  }
}

/** Ribbon: Home → Tracker Check → "Validate tracker" (manifest FunctionName `validateTracker`). */
export async function validateTrackerFromRibbon(): Promise<void> {
  await showPane();
  publishRibbonOutcome({ action: 'validate', state: 'running' });
  try {
    const outcome = await (await ribbonHost()).validate();
    publishRibbonOutcome({ action: 'validate', state: 'done', outcome });
  } catch (error) {
    publishRibbonOutcome({ action: 'validate', state: 'failed', message: officerMessage(error) });
  }
}

/** Ribbon: Home → Tracker Check → "Build summary" (manifest FunctionName `buildSummary`). */
export async function buildSummaryFromRibbon(): Promise<void> {
  await showPane();
  publishRibbonOutcome({ action: 'summary', state: 'running' });
  try {
    const { sheets, ...outcome } = await (await ribbonHost()).buildSummary();
    publishRibbonOutcome({ action: 'summary', state: 'done', outcome, sheets });
  } catch (error) {
    publishRibbonOutcome({ action: 'summary', state: 'failed', message: officerMessage(error) });
  }
}
