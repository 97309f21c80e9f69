/**
 * Task pane entry point.
 *
 * Kept deliberately tiny: this is the first script the pane runs, so it only waits for
 * Office.onReady and then mounts the UI. React, Fluent UI and <App /> are loaded as separate
 * chunks (dynamic imports started at once, so they download while office.js initialises),
 * which keeps the "Loading Tracker Check…" text from waiting on the UI libraries.
 *
 * No Office.js calls beyond onReady here: all Excel access lives in src/hosts/office/.
 */
const ui = Promise.all([
  import('react-dom/client'),
  import(/* webpackExports: ["FluentProvider", "webLightTheme"] */ '@fluentui/react-components'),
  import(/* webpackChunkName: "app" */ './App.js'),
  import(/* webpackChunkName: "app" */ './pane-theme.js'),
]);

async function mount(): Promise<void> {
  // Outside Office (a plain browser tab) onReady still resolves, with host null: the pane renders anyway.
  await Office.onReady();
  const [{ createRoot }, { FluentProvider, webLightTheme }, { App }, { remTheme }] = await ui;
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <FluentProvider theme={remTheme(webLightTheme)}>
      <App />
    </FluentProvider>,
  );
}

mount().catch((error: unknown) => {
  console.error('Tracker Check could not start', error);
  const status = document.getElementById('loading');
  if (status) status.textContent = 'Tracker Check could not start. Close the panel and open it again.';
});
