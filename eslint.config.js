// Flat config: typescript-eslint's recommended rules (not type-aware, to stay fast) and the
// project's layering. The engine runs in Node, in the add-in and in tests alike, so it may not
// reach for the file system, exceljs, React, Office.js or any host; the add-in's own code may not
// reach for exceljs or Node. tests/architecture/layering.test.ts holds the engine to the same
// rule under `npm test`.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const ENGINE_MESSAGE = 'The engine is host-free: pass it a WorkbookGrid and dates; leave files, Excel and UI to src/hosts, src/taskpane and src/cli.';
const ADDIN_MESSAGE = 'The add-in runs in Excel: read the workbook through Office.js, not exceljs or Node.';

export default defineConfig([
  globalIgnores(['node_modules/', 'dist/', 'coverage/', 'out/', '.lo-profile/']),
  tseslint.configs.recommended,
  {
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: ENGINE_MESSAGE },
            {
              group: [
                'fs',
                'fs/*',
                'path',
                'path/*',
                'exceljs',
                'exceljs/*',
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                '@fluentui/*',
                'office-js',
                'office-js/*',
                '@microsoft/office-js',
                '@microsoft/office-js/*',
              ],
              message: ENGINE_MESSAGE,
            },
            {
              group: ['**/hosts', '**/hosts/**', '**/ui', '**/ui/**', '**/taskpane', '**/taskpane/**', '**/commands', '**/commands/**', '**/cli', '**/cli/**'],
              message: ENGINE_MESSAGE,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: ENGINE_MESSAGE },
        { name: 'Office', message: ENGINE_MESSAGE },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: ADDIN_MESSAGE },
            { group: ['exceljs', 'exceljs/*'], message: ADDIN_MESSAGE },
          ],
        },
      ],
    },
  },
]);
