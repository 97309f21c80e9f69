// npm run build (production) and npm run build:dev (development): webpack.config.js through
// webpack's own API, as `npm start` and `npm run release` use it, so no command-line wrapper
// package is needed. Exits 1 with webpack's own account of what failed.
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import makeConfig from '../webpack.config.js';

/**
 * Builds the add-in and prints webpack's summary.
 * @param {'production' | 'development'} mode
 * @param {Record<string, unknown>} [env] passed to webpack.config.js (outputPath: where to build)
 * @returns {Promise<boolean>} whether it built without errors
 */
export async function buildAddin(mode, env = {}) {
  const config = await makeConfig(env, { mode });
  const compiler = webpack(config);
  const stats = await new Promise((resolve, reject) => {
    compiler.run((error, result) => {
      compiler.close(() => {});
      if (error) reject(error);
      else resolve(result);
    });
  });
  const summary = stats.toString({ preset: typeof config.stats === 'string' ? config.stats : 'normal', colors: process.stdout.isTTY === true });
  if (summary !== '') console.log(summary);
  return !stats.hasErrors();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mode = process.argv[2];
  if (mode !== 'production' && mode !== 'development') {
    console.error('usage: node scripts/build.mjs production|development');
    process.exit(2);
  }
  try {
    process.exitCode = (await buildAddin(mode)) ? 0 : 1;
  } catch (error) {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
