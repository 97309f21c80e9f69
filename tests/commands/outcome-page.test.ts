// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://localhost:3000/outcome.html?text=%3Cimg%20src%3Dx%3E%20Validated%3A%202%20delayed."}
// The outcome dialog's page: the text from the query shown as plain text, and OK asks the command to close.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const messageParent = vi.fn();

beforeEach(() => {
  const html = readFileSync('src/dialog/outcome.html', 'utf8');
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  vi.stubGlobal('Office', { onReady: (callback: () => void) => Promise.resolve().then(callback), context: { ui: { messageParent } } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('outcome.html', () => {
  it('shows the text as text, never as HTML, and OK sends close', async () => {
    await import('../../src/dialog/outcome.js');
    const outcome = document.getElementById('outcome');
    expect(outcome?.textContent).toBe('<img src=x> Validated: 2 delayed.');
    expect(outcome?.querySelector('img')).toBeNull();
    const ok = document.getElementById('ok') as HTMLButtonElement;
    await vi.waitFor(() => expect(ok.disabled).toBe(false));
    ok.click();
    expect(messageParent).toHaveBeenCalledWith('close');
  });
});
