// npm run release: the add-in packaged for a council's IT team, who need neither Node nor npm.
//
//   ADDIN_BASE_URL=https://addins.council.gov.uk/tracker-check/ [ADDIN_CONTACT="…"] npm run release
//
// builds release/tracker-check-<version>/ and release/tracker-check-<version>.zip (the same folder):
//   manifest.xml   the production manifest for ADDIN_BASE_URL: upload it in the Microsoft 365 admin centre
//   site/          the files to serve at exactly ADDIN_BASE_URL (production build, office.js from
//                  Microsoft's CDN, no source maps)
//   DEPLOY.md, PRIVACY.md
//   SHA256SUMS     every other file's SHA-256, as `sha256sum -c SHA256SUMS` reads it
// It refuses to build without ADDIN_BASE_URL: a production release pointing at localhost is of no use.
// RELEASE_DIR puts the output elsewhere than release/ (the release test uses it).
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { manifestVersion, resolveBaseUrl } from '../webpack.config.js';
import { buildAddin } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHECKSUMS = 'SHA256SUMS';

/** Every file below `dir`, as paths relative to it with forward slashes, in name order. */
async function filesBelow(dir, below = '') {
  const entries = await readdir(path.join(dir, below), { withFileTypes: true });
  const files = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const relative = below === '' ? entry.name : `${below}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await filesBelow(dir, relative)));
    else files.push(relative);
  }
  return files;
}

function fail(message) {
  console.error(`npm run release: ${message}`);
  process.exit(1);
}

const given = (process.env.ADDIN_BASE_URL ?? '').trim();
if (given === '') {
  fail(
    'set ADDIN_BASE_URL to the https address the add-in will be served from, e.g.\n' +
      '  ADDIN_BASE_URL=https://addins.council.gov.uk/tracker-check/ npm run release\n' +
      'A release is the production add-in; without the address its manifest would point at this machine.',
  );
}
let baseUrl;
try {
  baseUrl = resolveBaseUrl(given);
} catch (error) {
  fail(error.message);
}

const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const name = `tracker-check-${version}`;
const releaseDir = path.resolve(process.env.RELEASE_DIR ?? path.join(root, 'release'));
const folder = path.join(releaseDir, name);
const site = path.join(folder, 'site');
const zipPath = path.join(releaseDir, `${name}.zip`);

await rm(folder, { recursive: true, force: true });
await rm(zipPath, { force: true });
await mkdir(folder, { recursive: true });

// The production pages always load office.js from Microsoft's CDN, whatever OFFICE_JS says here.
process.env.OFFICE_JS = 'cdn';
if (!(await buildAddin('production', { outputPath: site }))) fail('the build failed (above); nothing was released.');

await rename(path.join(site, 'manifest.xml'), path.join(folder, 'manifest.xml'));
for (const document of ['DEPLOY.md', 'PRIVACY.md']) await copyFile(path.join(root, document), path.join(folder, document));

const files = await filesBelow(folder);
const maps = files.filter((file) => file.endsWith('.map'));
if (maps.length > 0) fail(`source maps in the build (${maps.join(', ')}); a release carries none.`);

const sums = [];
for (const file of files) {
  const hash = createHash('sha256').update(await readFile(path.join(folder, file))).digest('hex');
  sums.push(`${hash}  ${file}`);
}
await writeFile(path.join(folder, CHECKSUMS), `${sums.join('\n')}\n`);

const zip = new JSZip();
for (const file of [...files, CHECKSUMS]) zip.file(`${name}/${file}`, await readFile(path.join(folder, file)));
await writeFile(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' }));

const contact = (process.env.ADDIN_CONTACT ?? '').trim();
const shown = (target) => (path.relative(process.cwd(), target).startsWith('..') ? target : path.relative(process.cwd(), target));
console.log(`
Tracker Check ${version} (manifest version ${manifestVersion(version)}) for ${baseUrl}
  ${shown(folder)}/
  ${shown(zipPath)}
  ${files.length + 1} files; checksums in ${CHECKSUMS}
${contact === '' ? '  help.html names no contact: set ADDIN_CONTACT="Service desk, 01632 960000" to name yours.\n' : `  help.html names the contact: ${contact}\n`}
Next: DEPLOY.md in the folder (serve site/ at ${baseUrl}, then upload manifest.xml in the admin centre).`);
