// The built pane for the browser test: dist/ as `npm run build` leaves it but with the local copy
// of office.js (OFFICE_JS=local: the test runs offline), rebuilt only when a source, the config or
// the manifest is newer than dist/taskpane.html, or when dist/ was built for the CDN.
import { spawn } from 'node:child_process';
import { readFile, readdir, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = path.join(ROOT, 'dist');

const INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json', 'package-lock.json', 'tsconfig.json'];

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestMtime(path.join(entry, child))));
  return Math.max(info.mtimeMs, ...times);
}

/** Whether dist/ was built with the local office.js after every input last changed. */
export async function distIsFresh(): Promise<boolean> {
  const built = await stat(path.join(DIST, 'taskpane.html')).catch(() => undefined);
  if (!built) return false;
  const html = await readFile(path.join(DIST, 'taskpane.html'), 'utf8');
  if (!/src=["']?office-js\/office\.js/.test(html)) return false; // the production minifier drops the quotes
  const inputs = await Promise.all(INPUTS.map((input) => newestMtime(path.join(ROOT, input))));
  return built.mtimeMs > Math.max(...inputs);
}

/** Runs `OFFICE_JS=local npm run build` unless dist/ is fresh; returns dist/ and whether it was built now. */
export async function builtPane(): Promise<{ dir: string; built: boolean }> {
  if (await distIsFresh()) return { dir: DIST, built: false };
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, env: { ...process.env, OFFICE_JS: 'local' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (exit ${code}):\n${output.slice(-4000)}`))));
  });
  // webpack leaves an unchanged file untouched, so mark the build's time on the file we compare.
  const now = new Date();
  await utimes(path.join(DIST, 'taskpane.html'), now, now);
  return { dir: DIST, built: true };
}
