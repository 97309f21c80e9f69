import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `ADDIN_BASE_URL=https://example.gov.uk/tc/ npm run release`, run for real: the zip is unpacked
 * and checked as IT would receive it (the manifest against Microsoft's schema, every URL on the
 * base, no source map, the checksums), and the release refuses to build without the base.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BASE = 'https://example.gov.uk/tc/';
const CONTACT = 'ICT Service Desk <servicedesk@example.gov.uk> & 01632 960000';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const NAME = `tracker-check-${VERSION}`;
const SCHEMA = join(ROOT, 'schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const DEV_MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

let work: string;
let unpacked: string;
let entries: string[];
let log: string;
const window = new Window();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tracker-check-release-'));
  const run = spawnSync('npm', ['run', 'release'], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: BASE, ADDIN_CONTACT: CONTACT, RELEASE_DIR: join(work, 'release') },
    encoding: 'utf8',
  });
  log = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`npm run release failed (exit ${run.status}):\n${log.slice(-3000)}`);

  // Unpacked from the zip alone, as IT receives it.
  const zip = await JSZip.loadAsync(readFileSync(join(work, 'release', `${NAME}.zip`)));
  unpacked = join(work, 'unpacked');
  entries = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name)
    .sort();
  for (const name of entries) {
    const target = join(unpacked, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await zip.file(name)!.async('nodebuffer'));
  }
}, 600_000);

afterAll(async () => {
  await window.happyDOM.close();
  rmSync(work, { recursive: true, force: true });
});

const inRelease = (relative: string): string => join(unpacked, NAME, relative);
const files = (): string[] => entries.map((name) => name.slice(NAME.length + 1));

function parseXml(text: string): Document {
  const doc = new window.DOMParser().parseFromString(text, 'application/xml') as unknown as Document;
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('npm run release with ADDIN_BASE_URL', () => {
  it('produces the versioned zip, one folder holding the manifest, the site, DEPLOY.md, PRIVACY.md and SHA256SUMS', () => {
    expect(entries.every((name) => name.startsWith(`${NAME}/`))).toBe(true);
    expect(files()).toEqual(expect.arrayContaining(['manifest.xml', 'DEPLOY.md', 'PRIVACY.md', 'SHA256SUMS', 'site/taskpane.html', 'site/commands.html', 'site/outcome.html', 'site/help.html', 'site/assets/icon-80.png']));
    expect(files().filter((file) => !file.startsWith('site/')).sort()).toEqual(['DEPLOY.md', 'PRIVACY.md', 'SHA256SUMS', 'manifest.xml']);
    expect(readFileSync(inRelease('DEPLOY.md'), 'utf8')).toBe(readFileSync(join(ROOT, 'DEPLOY.md'), 'utf8'));
    expect(log).toContain(`Tracker Check ${VERSION} (manifest version ${VERSION}.0) for ${BASE}`);
  });

  it('has a manifest that validates against the Office add-in manifest schema', () => {
    if (!hasXmllint) {
      expect(process.env.CI, 'xmllint is missing (apt-get install libxml2-utils)').toBeUndefined();
      return;
    }
    const lint = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, inRelease('manifest.xml')], { encoding: 'utf8' });
    expect(`${lint.stdout}${lint.stderr}`).toContain('validates');
    expect(lint.status).toBe(0);
  });

  it('has every URL of the manifest under the base (the AppDomain is the base’s origin), and nothing on localhost', () => {
    const text = readFileSync(inRelease('manifest.xml'), 'utf8');
    expect(text).not.toContain('localhost');
    const doc = parseXml(text);
    const urls: string[] = [];
    for (const element of Array.from(doc.getElementsByTagName('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^https?:/.test(attribute.value) && !attribute.name.startsWith('xmlns')) urls.push(attribute.value);
      }
      if (element.children.length === 0 && /^https?:/.test((element.textContent ?? '').trim()) && element.nodeName !== 'AppDomain') {
        urls.push((element.textContent ?? '').trim());
      }
    }
    expect(urls.length).toBeGreaterThanOrEqual(9);
    expect(urls.filter((url) => !url.startsWith(BASE))).toEqual([]);
    expect(Array.from(doc.getElementsByTagName('AppDomain')).map((el) => el.textContent)).toEqual([new URL(BASE).origin]);
    // And each points at a file the release holds.
    for (const url of urls) expect(files(), url).toContain(`site/${url.slice(BASE.length)}`);
  });

  it('is the production add-in: its own Id and name (not the dev manifest’s), package.json’s version', () => {
    const release = parseXml(readFileSync(inRelease('manifest.xml'), 'utf8'));
    const dev = parseXml(DEV_MANIFEST);
    const one = (doc: Document, name: string): Element => doc.getElementsByTagName(name)[0]!;
    expect(one(release, 'Id').textContent).not.toBe(one(dev, 'Id').textContent);
    expect(one(release, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one(release, 'DisplayName').getAttribute('DefaultValue')).toBe('Tracker Check');
    expect(one(dev, 'DisplayName').getAttribute('DefaultValue')).toBe('Tracker Check (dev)');
    expect(one(release, 'Version').textContent).toBe(`${VERSION}.0`);
  });

  it('holds no source map, and no script points at one', () => {
    expect(files().filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of files().filter((name) => name.endsWith('.js'))) {
      expect(readFileSync(inRelease(file), 'utf8'), file).not.toContain('sourceMappingURL');
    }
  });

  it('lists every other file in SHA256SUMS, and each checksum matches', () => {
    const lines = readFileSync(inRelease('SHA256SUMS'), 'utf8').trimEnd().split('\n');
    const listed = lines.map((line) => {
      const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      expect(match, line).not.toBeNull();
      return { hash: match![1], file: match![2]! };
    });
    expect(listed.map((entry) => entry.file).sort()).toEqual(files().filter((file) => file !== 'SHA256SUMS').sort());
    for (const { hash, file } of listed) expect(createHash('sha256').update(readFileSync(inRelease(file))).digest('hex'), file).toBe(hash);
  });

  it('loads office.js from Microsoft’s CDN, and names the contact IT gave in help.html', () => {
    expect(readFileSync(inRelease('site/taskpane.html'), 'utf8')).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(files().some((file) => file.startsWith('site/office-js/'))).toBe(false);
    const help = readFileSync(inRelease('site/help.html'), 'utf8');
    expect(help).not.toContain('{{CONTACT}}');
    // As the officer's browser shows it (the minifier may write the escapes more briefly).
    const page = new window.DOMParser().parseFromString(help, 'text/html') as unknown as Document;
    expect(page.querySelector('.contact strong')?.textContent).toBe(CONTACT);
  });

  it('DEPLOY.md and PRIVACY.md are in the repository and the README links them', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const document of ['DEPLOY.md', 'PRIVACY.md']) {
      expect(existsSync(join(ROOT, document))).toBe(true);
      expect(readme).toContain(`](${document})`);
    }
  });
});

describe('npm run release without ADDIN_BASE_URL', () => {
  it.each([[''], ['http://example.gov.uk/tc/']])('refuses (ADDIN_BASE_URL=%j), before building anything', (value) => {
    const dir = join(work, `refused-${value === '' ? 'unset' : 'http'}`);
    const run = spawnSync(process.execPath, ['scripts/release.mjs'], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_BASE_URL: value, RELEASE_DIR: dir },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(value === '' ? /^npm run release: set ADDIN_BASE_URL to the https address/ : /must be an https URL/);
    expect(run.stdout).toBe('');
    expect(existsSync(dir)).toBe(false);
  });
});
