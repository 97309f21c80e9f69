/**
 * The outcome dialog's page: shows the `text` query parameter as plain text (textContent, never
 * HTML) and, once office.js is ready, lets OK tell the ribbon command that opened it to close it.
 */
const FALLBACK = 'Tracker Check has finished.';

const outcome = document.getElementById('outcome');
const ok = document.getElementById('ok');

if (outcome) outcome.textContent = new URLSearchParams(globalThis.location.search).get('text') ?? FALLBACK;

void Office.onReady(() => {
  if (!(ok instanceof HTMLButtonElement)) return;
  ok.addEventListener('click', () => {
    Office.context.ui.messageParent('close');
  });
  ok.disabled = false;
  ok.focus();
});

// A module (no exports): webpack entry for outcome.html.
export {};
