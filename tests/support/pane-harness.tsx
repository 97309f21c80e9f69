// Renders the task pane into happy-dom's document and drives it like an officer: find by text,
// click, type, wait. No testing library: React's act() and the DOM are enough.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, type ReactElement } from 'react';

export { act };
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Fluent's MessageBar measures itself with ResizeObserver; happy-dom may not have one.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}

// happy-dom's Web Animations reject with an unhandled AbortError when Fluent cancels a motion (a
// dialog closing). Without element.animate, Fluent's test-environment path skips the motion.
for (const proto of [Element.prototype, HTMLElement.prototype]) {
  if (Object.hasOwn(proto, 'animate')) Object.defineProperty(proto, 'animate', { value: undefined, configurable: true });
}

export interface Rendered {
  container: HTMLElement;
  unmount: () => void;
}

const mounted: Root[] = [];

export async function render(element: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push(root);
  await act(async () => {
    root.render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
  });
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

export function unmountAll(): void {
  for (const root of mounted.splice(0)) act(() => root.unmount());
  document.body.innerHTML = '';
}

/** Text of the whole page, spaces collapsed (dialogs render in portals outside the container). */
export function pageText(): string {
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

/** Waits, letting React and the host's promises run, until `check` stops throwing. */
export async function waitFor<T>(check: () => T, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
    }
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

/** Waits for text to appear anywhere on the page. */
export function waitForText(text: string | RegExp): Promise<void> {
  return waitFor(() => {
    const found = typeof text === 'string' ? pageText().includes(text) : text.test(pageText());
    if (!found) throw new Error(`"${String(text)}" not on the page. The page says: ${pageText().slice(0, 2000)}`);
  });
}

/** The button whose visible text (or aria-label) matches, anywhere on the page. */
export function button(name: string | RegExp): HTMLButtonElement {
  const buttons = [...document.querySelectorAll('button')];
  const matches = (b: HTMLButtonElement): boolean => {
    const labels = [b.textContent?.replace(/\s+/g, ' ').trim() ?? '', b.getAttribute('aria-label') ?? ''];
    return labels.some((label) => (typeof name === 'string' ? label === name : name.test(label)));
  };
  const found = buttons.find(matches);
  if (!found) {
    const names = buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim()).join(' | ');
    throw new Error(`No button "${String(name)}". Buttons: ${names}`);
  }
  return found;
}

export async function click(element: Element): Promise<void> {
  await act(async () => {
    (element as HTMLElement).click();
  });
}

/** Clicks the button once it is there and enabled. */
export async function clickButton(name: string | RegExp): Promise<void> {
  const found = await waitFor(() => {
    const b = button(name);
    // Busy buttons stay focusable and say so with aria-disabled (Fluent's disabledFocusable).
    if (b.disabled || b.getAttribute('aria-disabled') === 'true') throw new Error(`Button "${String(name)}" is disabled`);
    return b;
  });
  await click(found);
}

/** Types into an input the way React hears it (the native value setter, then an input event). */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
    setter?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
