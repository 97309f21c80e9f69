/**
 * What the ribbon buttons do. commands.ts registers these with Office and always calls
 * event.completed() after them, whether they resolve or throw.
 *
 * The commands run in their own runtime: manifest.xml's FunctionFile (commands.html) has no shared
 * runtime with the task pane (the council's manifest schema has no <Runtimes>), so nothing here can
 * reach the pane's state. Each action runs OfficeTrackerHost over office.js's Excel.run, as the pane
 * does, then tells the officer the outcome (or the officer message, if it failed) in a small dialog,
 * outcome.html (outcome-dialog.ts), and resolves once the officer closes it. The host is loaded on
 * first use so the commands bundle stays small.
 */
import { officerMessage } from '../hosts/office/officer-message.js';
import type { OfficeTrackerHost } from '../hosts/office/office-tracker-host.js';
import { showOutcomeDialog } from './outcome-dialog.js';
import { summaryBuiltText, validatedText } from './outcome-text.js';

let host: Promise<OfficeTrackerHost> | undefined;

/** The one host the ribbon uses, over office.js's Excel.run. */
function ribbonHost(): Promise<OfficeTrackerHost> {
  host ??= Promise.all([import('../hosts/office/office-tracker-host.js'), import('../hosts/office/office-js-run.js')]).then(
    ([{ OfficeTrackerHost }, { officeJsRun }]) => new OfficeTrackerHost(officeJsRun),
  );
  return host;
}

/** The outcome's text, or the officer message if the work failed. */
async function outcomeText(work: (host: OfficeTrackerHost) => Promise<string>): Promise<string> {
  try {
    return await work(await ribbonHost());
  } catch (error) {
    console.warn('Tracker Check: the ribbon command failed', error);
    return officerMessage(error);
  }
}

/** Ribbon: Home → Tracker Check → "Validate tracker" (manifest FunctionName `validateTracker`). */
export async function validateTrackerFromRibbon(): Promise<void> {
  await showOutcomeDialog(await outcomeText(async (host) => validatedText(await host.validate())));
}

/** Ribbon: Home → Tracker Check → "Build summary" (manifest FunctionName `buildSummary`). */
export async function buildSummaryFromRibbon(): Promise<void> {
  await showOutcomeDialog(
    await outcomeText(async (host) => {
      const { sheets, ...outcome } = await host.buildSummary();
      return summaryBuiltText(outcome, sheets);
    }),
  );
}
