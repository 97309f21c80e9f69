// Webpack build for the Tracker Check Excel add-in (task pane, ribbon commands and their outcome
// dialog), on the layout of Microsoft's Office React task-pane template.
//
//   npm run build       production → dist/ (minified, content-hashed, no source maps, dist/manifest.xml rewritten)
//   npm run build:dev   development → dist/
//   npm run release     the production build packaged for a council's IT (scripts/release.mjs)
//   npm start           dev server on https://localhost:3000 (scripts/start.mjs)
// (scripts/build.mjs runs webpack for the first two.)
//
// Production base URL: manifest.xml in the repo is the dev add-in, every URL on https://localhost:3000/.
// The production build writes dist/manifest.xml with that base replaced by the env var
// ADDIN_BASE_URL (must be https), the production Id and name and package.json's version, e.g.
//   ADDIN_BASE_URL=https://addins.council.gov.uk/tracker-check/ npm run build
// and dist/ is then served at exactly that URL. ADDIN_CONTACT names the contact help.html gives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));
const officeJsDist = path.join(root, 'node_modules/@microsoft/office-js/dist');

/** office.js from Microsoft's CDN: what production add-ins load (AppSource requires it), always the supported build. */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The local copy (npm @microsoft/office-js, copied into dist/office-js/): the dev server and the offline tests. */
export const OFFICE_JS_LOCAL = 'office-js/office.js';

/**
 * Where the pages load office.js from: the CDN in a production build, the local copy in a
 * development build or with OFFICE_JS=local (the offline browser test builds the pane so).
 * @param {boolean} production
 * @param {string | undefined} value OFFICE_JS: unset, "local" or "cdn"
 * @returns {string}
 */
export function officeJsSource(production, value) {
  const choice = (value ?? '').trim();
  if (choice === '') return production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
  if (choice === 'local') return OFFICE_JS_LOCAL;
  if (choice === 'cdn') return OFFICE_JS_CDN;
  throw new Error(`OFFICE_JS must be "local" or "cdn" (or unset: the CDN in production, the local copy otherwise), but it is "${choice}".`);
}

/** The base every URL in manifest.xml starts with: the dev server. */
export const DEV_BASE_URL = 'https://localhost:3000/';
export const DEV_PORT = 3000;

/**
 * The dev server's port: DEV_PORT from the environment, else 3000 (where manifest.xml points).
 * @param {string | undefined} value
 * @returns {number}
 */
export function devPort(value) {
  const raw = (value ?? '').trim();
  if (raw === '') return DEV_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`DEV_PORT must be a port number from 1024 to 65535, not "${raw}".`);
  return port;
}

/**
 * Reads ADDIN_BASE_URL: unset (or blank) → the dev base; otherwise it must be an absolute
 * https URL with no query or fragment. Returned with a trailing slash.
 * @param {string | undefined} value
 * @returns {string}
 */
export function resolveBaseUrl(value) {
  const raw = (value ?? '').trim();
  if (raw === '') return DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ADDIN_BASE_URL is not a URL: "${raw}". Set it to the https address dist/ is served from, ` +
        'e.g. ADDIN_BASE_URL=https://addins.council.gov.uk/tracker-check/',
    );
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `ADDIN_BASE_URL must be an https URL (Office only loads add-ins over https), but it is "${raw}". ` +
        'e.g. ADDIN_BASE_URL=https://addins.council.gov.uk/tracker-check/',
    );
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(`ADDIN_BASE_URL must be a plain base address with no query, fragment or credentials: "${raw}".`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** @param {string} text */
function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Microsoft recommends a manifest per environment, each with its own Id, so that a developer's
 * sideloaded copy and the council's deployed add-in never stand for one another. manifest.xml in
 * the repo is the dev add-in (localhost, "Tracker Check (dev)"); a manifest built for any other
 * address is the production add-in, with this Id and name. Keep the Id from release to release:
 * it is how Office knows an upload is an update of the add-in users have, not a second one.
 */
export const PRODUCTION_ADDIN = { id: '2fa72a78-2b46-400a-a68b-0b5b783371b5', name: 'Tracker Check' };

/**
 * The manifest's four-part version from package.json's three-part one (0.2.1 → 0.2.1.0). Office
 * needs the number raised whenever the manifest changes; `npm version` raises package.json's.
 * @param {string} packageVersion
 * @returns {string}
 */
export function manifestVersion(packageVersion) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!match) throw new Error(`package.json's version must be MAJOR.MINOR.PATCH for the manifest, not "${packageVersion}".`);
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/**
 * The built manifest: every `https://localhost:3000/…` URL rebased on `baseUrl`, the AppDomain
 * (`https://localhost:3000`) set to the base's origin, the version set, and the repo's comments
 * (which talk about localhost) replaced by one saying where the file came from. For an address
 * other than localhost it becomes the production add-in (PRODUCTION_ADDIN's Id and name).
 * @param {string} xml manifest.xml as in the repo
 * @param {string} baseUrl from resolveBaseUrl()
 * @param {{ version?: string }} [options] the manifest version (manifestVersion()); else manifest.xml's
 * @returns {string}
 */
export function rewriteManifest(xml, baseUrl, options = {}) {
  if (!xml.includes(DEV_BASE_URL)) {
    throw new Error(`manifest.xml no longer uses ${DEV_BASE_URL} as its base URL; the build cannot rebase it.`);
  }
  const devOrigin = new URL(DEV_BASE_URL).origin;
  const production = new URL(baseUrl).hostname !== 'localhost';
  const base = escapeXml(baseUrl);
  const origin = escapeXml(new URL(baseUrl).origin);
  let body = xml
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .split(DEV_BASE_URL)
    .join(base)
    .split(devOrigin)
    .join(origin);
  if (options.version !== undefined) body = replaceOnce(body, /<Version>[^<]*<\/Version>/, `<Version>${escapeXml(options.version)}</Version>`);
  if (production) {
    body = replaceOnce(body, /<Id>[^<]*<\/Id>/, `<Id>${PRODUCTION_ADDIN.id}</Id>`);
    body = replaceOnce(body, /<DisplayName DefaultValue="[^"]*"\/>/, `<DisplayName DefaultValue="${escapeXml(PRODUCTION_ADDIN.name)}"/>`);
    if (body.includes('localhost')) throw new Error('dist/manifest.xml still mentions localhost after rebasing: check manifest.xml.');
  }
  const note = `<!-- Generated by the ${production ? 'production' : 'development'} build from manifest.xml, base URL ${base} (ADDIN_BASE_URL). -->\n`;
  const declaration = /^<\?xml[^>]*\?>\s*/.exec(body);
  return declaration ? `${declaration[0]}${note}${body.slice(declaration[0].length)}` : note + body;
}

/**
 * @param {string} text
 * @param {RegExp} pattern
 * @param {string} replacement
 */
function replaceOnce(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`manifest.xml has no ${pattern.source}; the build cannot set it.`);
  return text.replace(pattern, replacement);
}

/**
 * help.html with the contact IT names at release (ADDIN_CONTACT, plain text), or, without one,
 * words that send the officer to whoever gave them the add-in.
 * @param {string} html src/help/help.html
 * @param {string | undefined} contact
 * @returns {string}
 */
export function fillHelpContact(html, contact) {
  const given = (contact ?? '').trim();
  const words = given === '' ? 'the colleague or service desk that set up Tracker Check for you' : escapeXml(given);
  if (!html.includes(HELP_CONTACT_SLOT)) throw new Error(`src/help/help.html has no ${HELP_CONTACT_SLOT} for the contact.`);
  return html.split(HELP_CONTACT_SLOT).join(words);
}
const HELP_CONTACT_SLOT = '{{CONTACT}}';

/**
 * https options for the dev server from office-addin-dev-certs (it creates and trusts a
 * localhost certificate; it may ask for your password to trust its CA). If that fails
 * (no sudo, no keychain, …) the dev server falls back to plain http with a warning, so
 * `npm start` never crashes on certificates.
 * @returns {Promise<import('webpack-dev-server').ServerConfiguration>}
 */
export async function devServerTransport(port = DEV_PORT) {
  try {
    const { default: devCerts } = await import('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    if (!options?.cert || !options?.key) throw new Error('no certificate or key returned');
    return { type: 'https', options };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.warn(
      [
        '',
        '⚠  WARNING: could not set up the https development certificate (office-addin-dev-certs):',
        `   ${reason}`,
        `   The dev server is falling back to PLAIN HTTP on http://localhost:${port}/.`,
        `   Office only sideloads https add-ins, so the manifest (https://localhost:${port}/) will not load`,
        `   from this server; use http://localhost:${port}/taskpane.html in a browser to check the pane.`,
        '   To fix: run `npx office-addin-dev-certs install` (needs sudo on Linux/macOS), then `npm start` again.',
        '',
      ].join('\n'),
    );
    return { type: 'http' };
  }
}

/**
 * @param {Record<string, unknown>} env  from scripts/start.mjs (`serve: true`, `port`), scripts/build.mjs and
 *        scripts/release.mjs (`outputPath`); WEBPACK_SERVE if run by `webpack serve`
 * @param {{ mode?: string }} argv
 * @returns {Promise<import('webpack').Configuration>}
 */
export default async function config(env = {}, argv = {}) {
  const production = (argv.mode ?? process.env.NODE_ENV) === 'production';
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const serving = Boolean(env.WEBPACK_SERVE || env.serve);
  const baseUrl = production ? resolveBaseUrl(process.env.ADDIN_BASE_URL) : DEV_BASE_URL;
  if (production && baseUrl === DEV_BASE_URL) {
    console.warn(
      `Note: ADDIN_BASE_URL is not set, so dist/manifest.xml is the dev add-in on ${DEV_BASE_URL} (local testing only). ` +
        'For a deployment: ADDIN_BASE_URL=https://<host>/<path>/ npm run release (see DEPLOY.md)',
    );
  }

  const officeJsScript = { globOptions: { ignore: ['**/*.debug.js'] } };
  const officeJs = officeJsSource(production, process.env.OFFICE_JS);
  // office.js from the add-in's own origin (no CDN). Not the whole package dist (86 MB of
  // locales and debug builds): the top-level scripts office.js loads by host/platform,
  // the en-us strings (office.js falls back to en-us, and maps en-GB to it), and the two
  // telemetry scripts office.js and the Excel host scripts load from their own folder.
  // *.debug.js are only used by office.debug.js; office-vsdoc.js is editor IntelliSense.
  const localOfficeJs =
    officeJs === OFFICE_JS_LOCAL
      ? [
          {
            context: officeJsDist,
            from: '*.js',
            to: 'office-js/[name][ext]',
            globOptions: { ignore: ['**/*.debug.js', '**/office-vsdoc.js'] },
            info: { minimized: true },
          },
          { context: officeJsDist, from: 'en-us/*.js', to: 'office-js/', info: { minimized: true }, ...officeJsScript },
          { context: officeJsDist, from: 'telemetry/oteljs_agave.js', to: 'office-js/telemetry/[name][ext]', info: { minimized: true } },
          {
            context: officeJsDist,
            from: 'ariatelemetry/aria-web-telemetry.js',
            to: 'office-js/ariatelemetry/[name][ext]',
            info: { minimized: true },
          },
        ]
      : [];

  return {
    mode: production ? 'production' : 'development',
    context: root,
    // No source maps in a production build: what a council hosts is the minified pages alone.
    devtool: production ? false : 'eval-cheap-module-source-map',
    // One entry per page: the pane (taskpane.html), the ribbon's function file (commands.html, its
    // own runtime: no shared runtime in manifest.xml) and the ribbon's outcome dialog (outcome.html).
    entry: {
      commands: './src/commands/commands.ts',
      taskpane: './src/taskpane/index.tsx',
      outcome: './src/dialog/outcome.ts',
    },
    output: {
      // npm run release builds into its versioned folder (scripts/release.mjs passes env.outputPath).
      path: typeof env.outputPath === 'string' ? env.outputPath : path.join(root, 'dist'),
      // Relative URLs, so dist/ works under any base path (e.g. …/tracker-check/).
      publicPath: 'auto',
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The sources import siblings as './x.js' (NodeNext style); find the .ts/.tsx behind them.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; the bundle only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime chunk, shared by the entries (each page loads it with its own entry).
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        // Named, long-cached vendor chunks for the UI libraries. Async only: a named group takes
        // every matching module, so letting it into the initial chunks would pull all of React
        // into the first script just because the entry uses react/jsx-runtime (a few hundred bytes).
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            chunks: 'async',
            priority: 30,
          },
          fluentui: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|@emotion|stylis)[\\/]/,
            name: 'fluentui',
            chunks: 'async',
            priority: 20,
          },
        },
      },
    },
    performance: production
      ? {
          // The first scripts each page runs (runtime + its entry) must stay small;
          // React, Fluent UI and the app load as separate chunks. office.js (copied) is not ours.
          hints: 'error',
          maxEntrypointSize: 40 * 1024,
          maxAssetSize: 700 * 1024,
          assetFilter: (name) => name.endsWith('.js') && !name.startsWith('office-js/'),
        }
      : false,
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: 'outcome.html',
        template: './src/dialog/outcome.html',
        chunks: ['outcome'],
        officeJs,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'src/help/help.html',
            to: 'help.html',
            transform: { transformer: (content) => fillHelpContact(content.toString('utf8'), process.env.ADDIN_CONTACT), cache: false },
          },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: {
              transformer: (content) => (production ? rewriteManifest(content.toString('utf8'), baseUrl, { version: manifestVersion(version) }) : content),
              cache: false,
            },
          },
          ...localOfficeJs,
        ],
      }),
    ],
    devServer: serving
      ? {
          host: 'localhost', // this machine only, not the local network
          port: typeof env.port === 'number' ? env.port : DEV_PORT,
          server: await devServerTransport(typeof env.port === 'number' ? env.port : DEV_PORT),
          headers: { 'Access-Control-Allow-Origin': '*' },
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false, errors: true } },
          static: false,
        }
      : undefined,
    stats: production ? 'normal' : 'minimal',
  };
}
