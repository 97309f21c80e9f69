import { useEffect, useState } from 'react';

/**
 * Whether an element's content is taller than the element (so it scrolls), measured again whenever
 * the element or its content changes size: a narrow pane, a larger text size, longer words.
 * Returns a ref callback for the element, which may mount later than its component (a dialog's).
 */
export function useOverflowing(): [(element: HTMLElement | null) => void, boolean] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') {
      setOverflowing(false);
      return;
    }
    const measure = () => setOverflowing(element.scrollHeight > element.clientHeight + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    measure();
    return () => observer.disconnect();
  }, [element]);
  return [setElement, overflowing];
}
