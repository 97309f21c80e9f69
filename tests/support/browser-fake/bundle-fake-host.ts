// Builds page-entry.ts into one browser script with webpack (the project's own bundler) and
// returns its text, for page.addInitScript.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export async function bundleFakeHost(): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), 'tracker-check-fake-host-'));
  try {
    const compiler = webpack({
      mode: 'development',
      devtool: false,
      context: root,
      target: 'web',
      entry: './tests/support/browser-fake/page-entry.ts',
      output: { path: out, filename: 'fake-host.js', iife: true },
      resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
      module: {
        rules: [
          {
            test: /\.ts$/,
            exclude: /node_modules/,
            use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
          },
        ],
      },
      performance: false,
      infrastructureLogging: { level: 'error' },
    });
    await new Promise<void>((resolve, reject) =>
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error) reject(error);
        else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
        else resolve();
      }),
    );
    return await readFile(path.join(out, 'fake-host.js'), 'utf8');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
