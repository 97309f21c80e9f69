// npm start: the add-in's dev server (webpack-dev-server, development build) on
// https://localhost:3000, falling back to http with a warning if the dev certificate
// cannot be set up. Prints how to sideload manifest.xml into Excel.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import makeConfig, { DEV_PORT } from '../webpack.config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = path.join(root, 'manifest.xml');

const config = await makeConfig({ serve: true }, { mode: 'development' });
const { devServer, ...webpackConfig } = config;
const secure = devServer?.server?.type === 'https';
const origin = `${secure ? 'https' : 'http'}://localhost:${DEV_PORT}`;

const compiler = webpack(webpackConfig);
const server = new WebpackDevServer(devServer, compiler);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  await server.start();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Could not start the dev server on port ${DEV_PORT}: ${message}`);
  if (/EADDRINUSE/.test(message)) console.error(`Another process is using port ${DEV_PORT}; stop it and run npm start again.`);
  process.exit(1);
}

console.log(`
Tracker Check dev server: ${origin}/taskpane.html
Manifest to sideload:     ${manifest}
${secure ? '' : `
  (Serving plain http: Office will not load the add-in from here until the https certificate
   works. See the warning above.)
`}
Sideload the add-in (manifest.xml points at https://localhost:${DEV_PORT}/):

  Excel on the web
    Open a workbook → Home → Add-ins → More add-ins → Upload My Add-in
    → Browse… → pick manifest.xml → Upload. The "Tracker Check" group appears on the Home tab.
    (The browser must trust the dev certificate: open ${origin}/taskpane.html once first.)

  Excel on Windows (shared-folder catalog)
    1. Put manifest.xml in a folder and share it (folder Properties → Sharing → Share),
       note its network path, e.g. \\\\MY-PC\\addins.
    2. Excel → File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs:
       Catalog Url = that network path → Add catalog → tick "Show in Menu" → OK, restart Excel.
    3. Home → Add-ins → More add-ins → SHARED FOLDER → Tracker Check → Add.

  Excel on Mac
    Copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef
    (create the wef folder if it is missing), restart Excel, then
    Home → Add-ins → My Add-ins → Developer Add-ins → Tracker Check.

Press Ctrl+C to stop.
`);
