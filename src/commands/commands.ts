/**
 * Ribbon function commands. Every <FunctionName> in manifest.xml needs an
 * Office.actions.associate() here (tests/addin/manifest.test.ts checks it), and every
 * handler must call event.completed(), or Office keeps the command "running".
 *
 * With the shared runtime this bundle is loaded into taskpane.html (and commands.html,
 * for a manifest without the shared runtime), so the commands share state with the pane.
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
