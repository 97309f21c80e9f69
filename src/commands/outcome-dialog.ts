/**
 * Tells the officer what a ribbon command did, in a small Office dialog (the Dialog API, as
 * Microsoft documents for function commands): outcome.html from the add-in's own origin, with the
 * text in its `text` query parameter. The promise resolves once the dialog is done with, so the
 * command's event.completed() waits for the officer: when the page sends 'close' (its OK button),
 * when the officer closes the dialog, or at once if Office cannot open it (logged).
 */

/** The dialog page, next to commands.html in dist/ (webpack.config.js builds it). */
export const OUTCOME_PAGE = 'outcome.html';

/** Percent of the window; Office keeps the dialog at least 250px high and 150px wide. */
export const OUTCOME_DIALOG_OPTIONS: Office.DialogOptions = { height: 30, width: 35, displayInIframe: true };

/** The message outcome.html sends from its OK button. */
export const CLOSE_MESSAGE = 'close';

/** `https://…/outcome.html?text=…`, on the origin and path of `base` (the commands page). */
export function outcomeDialogUrl(text: string, base: string): string {
  const url = new URL(OUTCOME_PAGE, base);
  url.searchParams.set('text', text);
  return url.href;
}

/** An outcome dialog once Office has answered the request to open it: how to close it early. */
interface Shown {
  replace(): void;
}

/** The latest request to show an outcome, settled once Office has opened it (or could not). */
let latest: Promise<Shown | undefined> = Promise.resolve(undefined);

/**
 * Shows `text` in the outcome dialog and resolves when the officer is done with it; never rejects.
 * Office shows one dialog per host window and fails a second with 12007, so a command that ends
 * while an earlier one's outcome is still open (the officer pressed another button meanwhile)
 * replaces it: the earlier dialog is closed, its command completes, and the newer outcome is shown.
 */
export function showOutcomeDialog(text: string, base: string = globalThis.location.href): Promise<void> {
  let settle: (shown: Shown | undefined) => void = () => undefined;
  const earlier = latest;
  latest = new Promise((resolve) => (settle = resolve));
  return earlier.then((shown) => {
    shown?.replace();
    return openOutcomeDialog(text, base, settle);
  });
}

function openOutcomeDialog(text: string, base: string, settle: (shown: Shown | undefined) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    let finished = false;
    const finish = (dialog?: Office.Dialog): void => {
      if (finished) return;
      finished = true;
      try {
        dialog?.close();
      } catch (error) {
        console.warn('Tracker Check: could not close the outcome dialog', error);
      }
      resolve();
    };
    try {
      Office.context.ui.displayDialogAsync(outcomeDialogUrl(text, base), OUTCOME_DIALOG_OPTIONS, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          console.warn(`Tracker Check: could not show the outcome dialog (${result.error.code}: ${result.error.message}). ${text}`);
          settle(undefined);
          finish();
          return;
        }
        const dialog = result.value;
        settle({ replace: () => finish(dialog) });
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          if ('message' in arg && arg.message === CLOSE_MESSAGE) finish(dialog);
        });
        // Closed by the officer (12006) or unloaded (12002, 12003): nothing more will come from it.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
          finish(dialog);
        });
      });
    } catch (error) {
      console.warn(`Tracker Check: could not show the outcome dialog. ${text}`, error);
      settle(undefined);
      finish();
    }
  });
}
