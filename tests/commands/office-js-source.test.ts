// Where the add-in's pages load office.js from: Microsoft's CDN in a production build, the local
// copy on the dev server, in a development build and in the offline browser test (OFFICE_JS=local).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

interface WebpackConfigModule {
  default: (env: object, argv: { mode: string }) => Promise<unknown>;
  OFFICE_JS_CDN: string;
  OFFICE_JS_LOCAL: string;
  officeJsSource: (production: boolean, value: string | undefined) => string;
}
const { default: makeConfig, OFFICE_JS_CDN, OFFICE_JS_LOCAL, officeJsSource } = (await import(new URL('../../webpack.config.js', import.meta.url).href)) as WebpackConfigModule;

const PAGES = ['src/taskpane/taskpane.html', 'src/commands/commands.html', 'src/dialog/outcome.html'];

type Plugin = { userOptions?: { filename?: string; officeJs?: string }; patterns?: { to?: string }[] };
async function built(mode: 'production' | 'development', officeJs?: string): Promise<{ pages: Record<string, string | undefined>; copiesOfficeJs: boolean }> {
  const saved = process.env['OFFICE_JS'];
  if (officeJs === undefined) delete process.env['OFFICE_JS'];
  else process.env['OFFICE_JS'] = officeJs;
  try {
    const config = (await makeConfig({}, { mode })) as { plugins: Plugin[] };
    const pages = Object.fromEntries(config.plugins.filter((p) => p.userOptions?.filename).map((p) => [p.userOptions!.filename!, p.userOptions!.officeJs]));
    const copiesOfficeJs = config.plugins.some((p) => p.patterns?.some((pattern) => String(pattern.to).startsWith('office-js/')));
    return { pages, copiesOfficeJs };
  } finally {
    if (saved === undefined) delete process.env['OFFICE_JS'];
    else process.env['OFFICE_JS'] = saved;
  }
}

describe('office.js', () => {
  it('comes from Microsoft’s CDN in a production build, and no local copy is shipped', async () => {
    const { pages, copiesOfficeJs } = await built('production');
    expect(pages).toEqual({ 'taskpane.html': OFFICE_JS_CDN, 'commands.html': OFFICE_JS_CDN, 'outcome.html': OFFICE_JS_CDN });
    expect(OFFICE_JS_CDN).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(copiesOfficeJs).toBe(false);
  });

  it('is the local copy in a development build (the dev server) and with OFFICE_JS=local (the offline test)', async () => {
    for (const build of [await built('development'), await built('production', 'local')]) {
      expect(Object.values(build.pages)).toEqual([OFFICE_JS_LOCAL, OFFICE_JS_LOCAL, OFFICE_JS_LOCAL]);
      expect(build.copiesOfficeJs).toBe(true);
    }
  });

  it('refuses an OFFICE_JS it does not know', () => {
    expect(() => officeJsSource(true, 'unpkg')).toThrow(/OFFICE_JS must be "local" or "cdn"/);
    expect(officeJsSource(false, 'cdn')).toBe(OFFICE_JS_CDN);
  });

  it.each(PAGES)('%s loads it from the build’s choice, first, and from nowhere else', async (page) => {
    const html = await readFile(page, 'utf8');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('<script src="<%= htmlWebpackPlugin.options.officeJs %>"></script>');
    expect(html).not.toMatch(/office-js\/office\.js|appsforoffice/);
  });
});
