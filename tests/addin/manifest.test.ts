import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The add-in manifest (manifest.xml): schema-valid, the ribbon buttons wired to code that
 * exists (run from commands.html, no shared runtime), every icon present, and
 * every URL on the one base the production build rebases (webpack.config.js, ADDIN_BASE_URL).
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (relative: string): string => join(root, relative);
const MANIFEST = at('manifest.xml');
const SCHEMA = at('schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const DEV_BASE_URL = 'https://localhost:3000/';

// ---- the XML, read with happy-dom's DOMParser (by qualified name: the manifest's prefixes are ours) ----

const window = new Window();
afterAll(async () => {
  await window.happyDOM.close();
});

type El = Element;

function parseXml(text: string): Document {
  const doc = new window.DOMParser().parseFromString(text, 'application/xml') as unknown as Document;
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('manifest.xml is not well-formed XML');
  return doc;
}

const manifestText = readFileSync(MANIFEST, 'utf8');
const doc = parseXml(manifestText);

const all = (name: string, within: Document | El = doc): El[] => Array.from(within.getElementsByTagName(name));
function one(name: string, within: Document | El = doc): El {
  const found = all(name, within);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as El;
}
/** The one direct child called `name`. */
function child(el: El, name: string): El {
  const found = Array.from(el.children).filter((c) => c.nodeName === name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${el.nodeName}>, found ${found.length}`);
  return found[0] as El;
}
const text = (el: El): string => (el.textContent ?? '').trim();
const attr = (el: El, name: string): string => el.getAttribute(name) ?? '';

/** Resource id → DefaultValue, from <Resources> (bt:Image, bt:Url, bt:String). */
function resources(kind: 'bt:Image' | 'bt:Url' | 'bt:String'): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of all(kind, one('Resources'))) map.set(attr(el, 'id'), attr(el, 'DefaultValue'));
  return map;
}
const images = resources('bt:Image');
const urls = resources('bt:Url');
const strings = resources('bt:String');

// ---- xmllint ----

const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
const hasXmllint = xmllint.error === undefined && xmllint.status === 0;
const NO_XMLLINT =
  'xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils), so the schema check is skipped here; CI installs it';
if (!hasXmllint) console.warn(`tests/addin/manifest.test.ts: ${NO_XMLLINT}`);

function lint(file: string): { ok: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe('manifest.xml against the Office add-in manifest schema', () => {
  if (hasXmllint) {
    it('validates (xmllint --schema schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd)', () => {
      const result = lint(MANIFEST);
      expect(result.output).toContain('validates');
      expect(result.ok).toBe(true);
    });

    it('the schema check does reject a broken manifest', () => {
      const dir = mkdtempSync(join(tmpdir(), 'tracker-check-manifest-'));
      try {
        const broken = join(dir, 'manifest.xml');
        writeFileSync(broken, manifestText.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>EverythingPlease</Permissions>'));
        expect(lint(broken).ok).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  } else if (process.env.CI) {
    it('xmllint is installed on CI', () => {
      expect.fail(NO_XMLLINT);
    });
  } else {
    it.skip(`validates: SKIPPED, ${NO_XMLLINT}`, () => {});
  }
});

describe('manifest.xml content', () => {
  it('is a Workbook task pane add-in, the development one ("Tracker Check (dev)"), needing ExcelApi 1.9', () => {
    const app = doc.documentElement;
    expect(app.nodeName).toBe('OfficeApp');
    expect(attr(app, 'xsi:type')).toBe('TaskPaneApp');
    expect(text(one('Id'))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(one('ProviderName'))).toBe('Tracker Check');
    expect(attr(one('DisplayName'), 'DefaultValue')).toBe('Tracker Check (dev)');
    expect(text(one('Permissions'))).toBe('ReadWriteDocument');
    const hosts = all('Host').filter((h) => attr(h, 'Name') !== '');
    expect(hosts.map((h) => attr(h, 'Name'))).toEqual(['Workbook']);

    const sets = new Map(all('Set').map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')]));
    expect(sets.get('ExcelApi')).toBe('1.9');
    expect(sets.has('SharedRuntime')).toBe(false);
  });

  it('has the three ribbon buttons in a "Tracker Check" group on the Home tab', () => {
    const tab = one('OfficeTab');
    expect(attr(tab, 'id')).toBe('TabHome');
    const group = one('Group', tab);
    expect(strings.get(attr(child(group, 'Label'), 'resid'))).toBe('Tracker Check');

    const buttons = all('Control', group).map((control) => {
      const action = child(control, 'Action');
      return {
        type: attr(control, 'xsi:type'),
        label: strings.get(attr(child(control, 'Label'), 'resid')),
        action: attr(action, 'xsi:type'),
        functionName: all('FunctionName', action).map(text)[0],
      };
    });
    expect(buttons).toEqual([
      { type: 'Button', label: 'Validate tracker', action: 'ExecuteFunction', functionName: 'validateTracker' },
      { type: 'Button', label: 'Build summary', action: 'ExecuteFunction', functionName: 'buildSummary' },
      { type: 'Button', label: 'Open panel', action: 'ShowTaskpane', functionName: undefined },
    ]);
  });

  it('runs the ribbon commands from the function file and the pane from taskpane.html', () => {
    // No shared runtime: its <Runtimes> element is outside the offline manifest schema.
    expect(all('Runtimes')).toEqual([]);
    expect(urls.get(attr(one('FunctionFile'), 'resid'))).toBe(`${DEV_BASE_URL}commands.html`);
    const showTaskpane = all('Action').find((a) => attr(a, 'xsi:type') === 'ShowTaskpane');
    expect(showTaskpane).toBeDefined();
    const paneResid = attr(one('SourceLocation', showTaskpane as El), 'resid');
    expect(urls.get(paneResid)).toBe(attr(one('SourceLocation', one('DefaultSettings')), 'DefaultValue'));
    expect(urls.get(paneResid)).toBe(`${DEV_BASE_URL}taskpane.html`);
  });

  it('refers only to resources it defines', () => {
    const defined = new Set([...images.keys(), ...urls.keys(), ...strings.keys()]);
    const referenced = all('*')
      .map((el) => attr(el, 'resid'))
      .filter((resid) => resid !== '');
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.filter((resid) => !defined.has(resid))).toEqual([]);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('puts every URL on the one base the production build rebases (https://localhost:3000/)', () => {
    const values = [
      ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].map((name) => attr(one(name), 'DefaultValue')),
      attr(one('SourceLocation', one('DefaultSettings')), 'DefaultValue'),
      ...images.values(),
      ...urls.values(),
    ];
    for (const value of values) expect(value.startsWith(DEV_BASE_URL), value).toBe(true);
    expect(all('AppDomain').map(text)).toEqual([new URL(DEV_BASE_URL).origin]);
  });

  it('references only icon files that exist in assets/, at the size the manifest says', () => {
    const icons: Array<{ url: string; size: number }> = [
      { url: attr(one('IconUrl'), 'DefaultValue'), size: 32 },
      { url: attr(one('HighResolutionIconUrl'), 'DefaultValue'), size: 64 },
    ];
    for (const image of all('bt:Image').filter((el) => attr(el, 'size') !== '')) {
      const url = images.get(attr(image, 'resid'));
      expect(url, `bt:Image resid ${attr(image, 'resid')}`).toBeDefined();
      icons.push({ url: url as string, size: Number(attr(image, 'size')) });
    }
    expect(new Set(icons.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));

    for (const { url, size } of icons) {
      expect(url.startsWith(`${DEV_BASE_URL}assets/`), url).toBe(true);
      const file = at(url.slice(DEV_BASE_URL.length));
      expect(existsSync(file), `${url} → ${file}`).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([size, size]);
    }
  });

  it("has an Office.actions.associate('<name>', …) in src/commands/commands.ts for every FunctionName", () => {
    const commands = readFileSync(at('src/commands/commands.ts'), 'utf8');
    const names = all('FunctionName').map(text);
    expect(names).toEqual(['validateTracker', 'buildSummary']);
    for (const name of names) expect(commands).toContain(`Office.actions.associate('${name}'`);
  });
});

// ---- the production base URL (webpack.config.js) ----

interface BaseUrlModule {
  resolveBaseUrl(value: string | undefined): string;
  rewriteManifest(xml: string, baseUrl: string, options?: { version?: string }): string;
  manifestVersion(packageVersion: string): string;
  fillHelpContact(html: string, contact: string | undefined): string;
  PRODUCTION_ADDIN: { id: string; name: string };
}
const webpackConfig = (await import(pathToFileURL(at('webpack.config.js')).href)) as BaseUrlModule;

describe('the production manifest (ADDIN_BASE_URL)', () => {
  it('keeps the dev base when ADDIN_BASE_URL is unset, and adds the trailing slash', () => {
    expect(webpackConfig.resolveBaseUrl(undefined)).toBe(DEV_BASE_URL);
    expect(webpackConfig.resolveBaseUrl('  ')).toBe(DEV_BASE_URL);
    expect(webpackConfig.resolveBaseUrl('https://addins.council.gov.uk/tracker-check')).toBe(
      'https://addins.council.gov.uk/tracker-check/',
    );
  });

  it('refuses a base URL that is not https', () => {
    expect(() => webpackConfig.resolveBaseUrl('http://addins.council.gov.uk/tracker-check/')).toThrow(/must be an https URL/);
    expect(() => webpackConfig.resolveBaseUrl('addins.council.gov.uk')).toThrow(/not a URL/);
  });

  it('gives the production manifest its own Id and name, and the version it is given; a localhost one stays the dev add-in', () => {
    const production = parseXml(webpackConfig.rewriteManifest(manifestText, 'https://addins.council.gov.uk/tc/', { version: '2.3.4.0' }));
    const { id, name } = webpackConfig.PRODUCTION_ADDIN;
    expect(id).not.toBe(text(one('Id')));
    expect(production.getElementsByTagName('Id')[0]?.textContent).toBe(id);
    expect(production.getElementsByTagName('DisplayName')[0]?.getAttribute('DefaultValue')).toBe(name);
    expect(production.getElementsByTagName('Version')[0]?.textContent).toBe('2.3.4.0');

    const local = parseXml(webpackConfig.rewriteManifest(manifestText, DEV_BASE_URL));
    expect(local.getElementsByTagName('Id')[0]?.textContent).toBe(text(one('Id')));
    expect(local.getElementsByTagName('DisplayName')[0]?.getAttribute('DefaultValue')).toBe('Tracker Check (dev)');
    expect(local.getElementsByTagName('Version')[0]?.textContent).toBe(text(one('Version')));
  });

  it("takes the manifest's four-part version from package.json's three-part one", () => {
    expect(webpackConfig.manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(webpackConfig.manifestVersion('12.30.7')).toBe('12.30.7.0');
    expect(() => webpackConfig.manifestVersion('1.0.0-beta.1')).toThrow(/MAJOR\.MINOR\.PATCH/);
  });

  it('fills the contact into help.html, escaped, or sends the officer to whoever set the add-in up', () => {
    const help = readFileSync(at('src/help/help.html'), 'utf8');
    expect(webpackConfig.fillHelpContact(help, 'Service Desk <sd@council.gov.uk>')).toContain('contact <strong>Service Desk &lt;sd@council.gov.uk&gt;</strong>');
    expect(webpackConfig.fillHelpContact(help, undefined)).toContain('contact <strong>the colleague or service desk that set up Tracker Check for you</strong>');
  });

  it('rebases every URL and the AppDomain, leaving no localhost behind', () => {
    const base = 'https://addins.council.gov.uk/tracker-check/';
    const rewritten = webpackConfig.rewriteManifest(manifestText, base);
    expect(rewritten).not.toContain('localhost');
    const out = parseXml(rewritten);
    expect(out.getElementsByTagName('SourceLocation')[0]?.getAttribute('DefaultValue')).toBe(`${base}taskpane.html`);
    expect(Array.from(out.getElementsByTagName('AppDomain')).map((el) => el.textContent)).toEqual([
      'https://addins.council.gov.uk',
    ]);
    if (hasXmllint) {
      const dir = mkdtempSync(join(tmpdir(), 'tracker-check-manifest-'));
      try {
        writeFileSync(join(dir, 'manifest.xml'), rewritten);
        expect(lint(join(dir, 'manifest.xml')).ok).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
