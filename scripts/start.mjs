// npm start: the add-in's dev server (webpack-dev-server, development build) on
// https://localhost:3000, falling back to http with a warning if the dev certificate
// cannot be set up. Prints how to sideload manifest.xml into Excel.
// DEV_PORT=3001 npm start serves on another port and writes a dev manifest that points there.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import makeConfig, { DEV_PORT, devPort, rewriteManifest } from '../webpack.config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One line, and out: the reason npm start cannot go on and what to do. */
function stopWith(line) {
  console.error(`npm start: ${line}`);
  process.exit(1);
}

/** Whether something already listens on localhost:port (checked before any of the slow set-up). */
function portInUse(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error) => resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES'));
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port, 'localhost');
  });
}

function inUseLine(port) {
  const other = port === DEV_PORT ? DEV_PORT + 1 : port + 1;
  return `port ${port} is in use (another npm start?); stop that process, or run DEV_PORT=${other} npm start to use another port.`;
}

let port;
try {
  port = devPort(process.env.DEV_PORT);
} catch (error) {
  stopWith(error.message);
}
if (await portInUse(port)) stopWith(inUseLine(port));

// manifest.xml points at port 3000; for another port, a copy that points there.
let manifest = path.join(root, 'manifest.xml');
if (port !== DEV_PORT) {
  const folder = path.join(os.tmpdir(), `tracker-check-dev-${port}`);
  await mkdir(folder, { recursive: true });
  const rebased = rewriteManifest(await readFile(manifest, 'utf8'), `https://localhost:${port}/`);
  manifest = path.join(folder, 'manifest.xml');
  await writeFile(manifest, rebased);
}

const config = await makeConfig({ serve: true, port }, { mode: 'development' });
const { devServer, ...webpackConfig } = config;
const secure = devServer?.server?.type === 'https';
const origin = `${secure ? 'https' : 'http'}://localhost:${port}`;

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
  // Taken between the check above and now.
  if (/EADDRINUSE/.test(message)) stopWith(inUseLine(port));
  stopWith(`could not start the dev server on port ${port}: ${message.split('\n')[0]}`);
}

console.log(`
Tracker Check dev server: ${origin}/taskpane.html
Manifest to sideload:     ${manifest}
${secure ? '' : `
  (Serving plain http: Office will not load the add-in from here until the https certificate
   works. See the warning above.)
`}
Sideload the add-in, "Tracker Check (dev)" (its manifest points at https://localhost:${port}/):

  Excel on the web
    Open a workbook → Home → Add-ins → More add-ins → Upload My Add-in
    → Browse… → pick manifest.xml → Upload. The "Tracker Check" group appears on the Home tab.
    (The browser must trust the dev certificate: open ${origin}/taskpane.html once first.)

  Excel on Windows (shared-folder catalog)
    1. Put manifest.xml in a folder and share it (folder Properties → Sharing → Share),
       note its network path, e.g. \\\\MY-PC\\addins.
    2. Excel → File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs:
       Catalog Url = that network path → Add catalog → tick "Show in Menu" → OK, restart Excel.
    3. Home → Add-ins → More add-ins → SHARED FOLDER → Tracker Check (dev) → Add.

  Excel on Mac
    Copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef
    (create the wef folder if it is missing), restart Excel, then
    Home → Add-ins → My Add-ins → Developer Add-ins → Tracker Check (dev).

Press Ctrl+C to stop.
`);
