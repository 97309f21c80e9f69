/**
 * Waiting for a dialog to have really closed. Fluent keeps a closing dialog's surface in the page
 * until its exit motion ends (about 250 ms, or at once with reduced motion), and its focus manager
 * (tabster) takes `aria-hidden` off the rest of the page about 250 ms after that. Until both have
 * happened, focus moved into the pane is pulled back or lands in a hidden subtree, and a live region
 * written in the pane is not read. So focus moves and announcements wait for the page itself to say
 * the dialog is gone, not for a guessed number of milliseconds.
 */

/** A modal dialog that is open, or still on its way out. */
const MODAL_DIALOG = '[aria-modal="true"]';
const HIDDEN = '[aria-hidden="true"], [inert]';

/** Whether a screen reader and the keyboard can reach `element` now: in the page, no modal dialog open or closing, nothing hiding it. */
export function isExposed(element: Element): boolean {
  return element.isConnected && element.ownerDocument.querySelector(MODAL_DIALOG) === null && element.closest(HIDDEN) === null;
}

/**
 * Calls `act` with what `find` returns once that is exposed, and again after each change to the page
 * until `act` returns true (done). Returns a function that stops waiting.
 */
export function whenExposed<T extends Element>(find: () => T | undefined, act: (element: T) => boolean): () => void {
  const attempt = (): boolean => {
    const element = find();
    return element !== undefined && isExposed(element) && act(element);
  };
  if (attempt()) return () => {};
  const observer = new MutationObserver(() => {
    if (attempt()) observer.disconnect();
  });
  // A dialog's surface leaving the page, tabster lifting aria-hidden, a target rendered or enabled.
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-hidden', 'inert', 'aria-modal', 'disabled', 'data-focus'],
  });
  return () => observer.disconnect();
}
