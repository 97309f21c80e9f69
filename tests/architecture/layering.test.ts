import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The engine is host-free: it may not import Node, exceljs, React, Fluent UI or Office.js, nor
 * any host (src/hosts, src/ui, src/taskpane, src/commands, src/cli), nor use the Excel or Office
 * globals. eslint.config.js says so for editors and `npm run lint`; this holds it under `npm test`.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const ENGINE = join(SRC, 'engine');
const HOST_FOLDERS = ['hosts', 'ui', 'taskpane', 'commands', 'cli'];
const FORBIDDEN_PACKAGES = ['fs', 'path', 'exceljs', 'react', 'react-dom', 'office-js', '@microsoft/office-js'];

// `import x from '...'`, `import '...'`, `export { x } from '...'`, `import('...')`, `require('...')`.
const SPECIFIERS = [
  /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Why an import in the file at `file` breaks the layering, or undefined when it is allowed. */
function forbiddenImport(specifier: string, file: string): string | undefined {
  if (specifier.startsWith('node:')) return 'Node built-in';
  if (specifier.startsWith('@fluentui/')) return 'Fluent UI';
  const bare = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
  if (FORBIDDEN_PACKAGES.includes(bare)) return `package ${bare}`;
  if (specifier.startsWith('.')) {
    const target = relative(SRC, resolve(dirname(file), specifier));
    const top = target.split(sep)[0] ?? '';
    if (HOST_FOLDERS.includes(top)) return `host code in src/${top}`;
  }
  return undefined;
}

/** Source with comments blanked, so a comment mentioning Excel.run or an import is not read as code. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function layeringProblems(source: string, file: string): string[] {
  const code = withoutComments(source);
  const problems: string[] = [];
  for (const pattern of SPECIFIERS) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1] ?? '';
      const why = forbiddenImport(specifier, file);
      if (why !== undefined) problems.push(`${relative(ROOT, file)}: imports "${specifier}" (${why})`);
    }
  }
  for (const match of code.matchAll(/\b(Excel|Office)\s*\.[A-Za-z_]/g)) {
    problems.push(`${relative(ROOT, file)}: uses the ${match[1]} global`);
  }
  return problems;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the engine layer', () => {
  const files = sourceFiles(ENGINE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith(join('analyse', 'analyse-workbook.ts')))).toBe(true);
  });

  it('imports nothing from Node, exceljs, React, Fluent UI, Office.js or the hosts, and uses no Excel or Office global', () => {
    const problems = files.flatMap((file) => layeringProblems(readFileSync(file, 'utf8'), file));
    expect(problems).toStrictEqual([]);
  });
});

describe('the layering check itself', () => {
  const file = join(ENGINE, 'rules', 'example-rule.ts');

  it.each([
    "import { readFile } from 'node:fs/promises';",
    "import fs from 'fs';",
    "import { join } from 'path';",
    "import ExcelJS from 'exceljs';",
    "import { useState } from 'react';",
    "import { Button } from '@fluentui/react-components';",
    "import '@microsoft/office-js';",
    "import { readWorkbookFile } from '../../hosts/file/read-workbook-file.js';",
    "import type { CliIo } from '../../cli/run-cli.js';",
    "export { App } from '../../taskpane/app.js';",
    "const ribbon = await import('../../commands/ribbon-actions.js');",
    "import { Panel } from '../../ui/panel.js';",
    'export const run = () => Excel.run(async () => {});',
    'Office.onReady(() => {});',
  ])('catches: %s', (line) => {
    expect(layeringProblems(line, file)).toHaveLength(1);
  });

  it.each([
    "import { cellText } from '../grid/cell.js';",
    "import { z } from 'zod';",
    "import type { TrackerContext } from '../tracker/tracker-context.js';",
    '// Excel.run is for hosts; import fs from "fs" would break the engine.',
    "const message = 'Save it as .xlsx in Excel. Then try again.';",
  ])('allows: %s', (line) => {
    expect(layeringProblems(line, file)).toStrictEqual([]);
  });
});

describe('eslint.config.js', () => {
  const eslint = new ESLint({ cwd: ROOT });

  async function ruleIds(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  }

  it('forbids host imports and the Excel global in src/engine', async () => {
    const code = [
      "import ExcelJS from 'exceljs';",
      "import { readFile } from 'node:fs/promises';",
      "import { readWorkbookFile } from '../../hosts/file/read-workbook-file.js';",
      'export const all = [ExcelJS, readFile, readWorkbookFile, Excel.run];',
    ].join('\n');
    expect(await ruleIds(code, 'src/engine/rules/example-rule.ts')).toStrictEqual([
      'no-restricted-imports',
      'no-restricted-imports',
      'no-restricted-imports',
      'no-restricted-globals',
    ]);
  });

  it('forbids exceljs and node:* in src/taskpane and src/commands, but not Office.js', async () => {
    const code = "import ExcelJS from 'exceljs';\nimport { join } from 'node:path';\nexport const all = [ExcelJS, join, Excel.run];\n";
    expect(await ruleIds(code, 'src/taskpane/example.ts')).toStrictEqual(['no-restricted-imports', 'no-restricted-imports']);
    expect(await ruleIds(code, 'src/commands/example.ts')).toStrictEqual(['no-restricted-imports', 'no-restricted-imports']);
  });

  it('lets the file host use exceljs and Node', async () => {
    const code = "import ExcelJS from 'exceljs';\nimport { join } from 'node:path';\nexport const all = [ExcelJS, join];\n";
    expect(await ruleIds(code, 'src/hosts/file/example.ts')).toStrictEqual([]);
  });
});
