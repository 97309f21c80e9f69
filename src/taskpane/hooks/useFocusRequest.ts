import { useCallback, useEffect, useRef } from 'react';

/** Where focus should go: an element, or the first of these `data-focus` keys on the page. */
export type FocusTarget = HTMLElement | readonly string[];

const TRIES = 30;

function resolve(target: FocusTarget): HTMLElement | undefined {
  if (target instanceof HTMLElement) return target.isConnected ? target : undefined;
  for (const key of target) {
    const element = document.querySelector<HTMLElement>(`[data-focus="${key.replace(/["\\]/g, '\\$&')}"]`);
    if (element) return element;
  }
  return undefined;
}

/**
 * Moves focus after the page has changed (WCAG 2.4.3): a dialog closing, a row replaced by its
 * Revert. The target may not be rendered yet, so it is looked for on each frame for about half a
 * second; a dialog's own focus handling may also run first, so focus is set once it has settled.
 */
export function useFocusRequest(): (target: FocusTarget, options?: { onlyIfLost?: boolean }) => void {
  const pending = useRef<number | undefined>(undefined);
  useEffect(() => () => cancelAnimationFrame(pending.current ?? 0), []);
  return useCallback((target: FocusTarget, { onlyIfLost = false } = {}) => {
    cancelAnimationFrame(pending.current ?? 0);
    let tries = 0;
    const attempt = () => {
      // A fallback gives up as soon as anything else holds focus.
      if (onlyIfLost && document.activeElement !== null && document.activeElement !== document.body) return;
      const element = resolve(target);
      if (element && !element.closest('[aria-hidden="true"], [inert]')) {
        element.focus();
        if (document.activeElement === element) return;
      }
      if (++tries < TRIES) pending.current = requestAnimationFrame(attempt);
    };
    pending.current = requestAnimationFrame(attempt);
  }, []);
}
