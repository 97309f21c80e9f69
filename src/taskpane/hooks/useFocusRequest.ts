import { useCallback, useEffect, useRef, useState } from 'react';
import { whenExposed } from './when-exposed.js';

/** Where focus should go: an element, or the first of these `data-focus` keys on the page. */
export type FocusTarget = HTMLElement | readonly string[];

function resolve(target: FocusTarget): HTMLElement | undefined {
  if (target instanceof HTMLElement) return target.isConnected ? target : undefined;
  for (const key of target) {
    const element = document.querySelector<HTMLElement>(`[data-focus="${key.replace(/["\\]/g, '\\$&')}"]`);
    if (element) return element;
  }
  return undefined;
}

interface Request {
  target: FocusTarget;
  onlyIfLost: boolean;
  /** Marks the request done (focus moved, replaced or abandoned); safe to call more than once. */
  settle: () => void;
}

/** Requests (not fallbacks) not yet done: a fallback leaves focus to them. */
let waiting = 0;

/**
 * Moves focus after the page has changed (WCAG 2.4.3): a dialog closing, a row replaced by its
 * Revert. The target is looked for after React has rendered the change that asked for it, and
 * focused once it is exposed, that is once any dialog has really closed (see when-exposed.ts).
 * A later request from the same hook replaces an earlier one. A fallback (`onlyIfLost`) moves focus
 * only if it is on the page's body and no other request is waiting.
 */
export function useFocusRequest(): (target: FocusTarget, options?: { onlyIfLost?: boolean }) => void {
  const latest = useRef<Request>(undefined);
  const [request, setRequest] = useState<Request>();
  useEffect(() => {
    if (!request) return;
    const { target, onlyIfLost, settle } = request;
    const cancel = whenExposed(
      () => resolve(target),
      (element) => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (onlyIfLost && (waiting > 0 || !lost)) return true;
        element.focus();
        if (document.activeElement !== element) return false;
        settle();
        return true;
      },
    );
    return () => {
      cancel();
      settle();
    };
  }, [request]);
  return useCallback((target: FocusTarget, { onlyIfLost = false } = {}) => {
    latest.current?.settle();
    let counted = !onlyIfLost;
    if (counted) waiting++;
    const settle = () => {
      if (counted) waiting--;
      counted = false;
    };
    latest.current = { target, onlyIfLost, settle };
    setRequest(latest.current);
  }, []);
}
