/**
 * Ribbon function commands. Every <FunctionName> in manifest.xml needs an
 * Office.actions.associate() here (tests/addin/manifest.test.ts checks it), and every
 * handler must call event.completed(), or Office keeps the command "running".
 *
 * This bundle is loaded only by commands.html, the manifest's FunctionFile: the ribbon's commands
 * run in their own runtime, apart from the task pane (no shared runtime), so they share no state
 * with it. Each action does its work and then shows its outcome in a dialog (outcome.html); it
 * resolves when the officer closes that dialog, and only then is event.completed() called.
 */
import { buildSummaryFromRibbon, validateTrackerFromRibbon } from './ribbon-actions.js';

type RibbonAction = () => Promise<void>;

/** Wraps an action so Office is told it finished however it ends. */
function completingAfter(name: string, action: RibbonAction): (event: Office.AddinCommands.Event) => void {
  return (event) => {
    action()
      .catch((error: unknown) => {
        console.error(`Tracker Check: the ribbon command ${name} failed`, error);
      })
      .finally(() => {
        event.completed();
      });
  };
}

void Office.onReady(() => {
  Office.actions.associate('validateTracker', completingAfter('validateTracker', validateTrackerFromRibbon));
  Office.actions.associate('buildSummary', completingAfter('buildSummary', buildSummaryFromRibbon));
});
