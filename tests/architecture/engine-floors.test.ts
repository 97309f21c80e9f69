import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The engine's folders stand on declared floors, lowest first: a file imports (types included)
 * only from its own floor or below, and no chain of imports between files comes back to where it
 * began. Folders on one floor may import each other; a new folder must be given a floor here.
 */
export const ENGINE_FLOORS: readonly (readonly string[])[] = [
  ['dates', 'grid'],
  ['text'],
  ['profile'],
  ['issues'],
  ['vocabulary', 'key', 'tracker', 'leads'],
  ['detect', 'rules', 'reading'],
  ['analyse', 'compare', 'summary'],
  ['edits', 'report'],
];

const ENGINE = fileURLToPath(new URL('../../src/engine/', import.meta.url));
const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]/gm;

type Graph = Map<string, string[]>;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Each engine file (relative to src/engine) and the engine files it imports. */
function importGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(ENGINE)) {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ' ');
    const targets = [...code.matchAll(IMPORT)].map((m) => relative(ENGINE, resolve(dirname(file), m[1] ?? '')).replace(/\.js$/, '.ts'));
    graph.set(relative(ENGINE, file), targets);
  }
  return graph;
}

const folderOf = (file: string) => file.split(sep)[0] ?? '';
const floorOf = (folder: string) => ENGINE_FLOORS.findIndex((floor) => floor.includes(folder));

/** Imports from a file to a folder on a higher floor. */
function upwardImports(graph: Graph): string[] {
  return [...graph].flatMap(([file, targets]) =>
    targets.filter((target) => floorOf(folderOf(target)) > floorOf(folderOf(file))).map((target) => `${file} -> ${target}`),
  );
}

/** Every group of files whose imports run in a circle (Tarjan's strongly connected components of more than one file, or one importing itself). */
function importCircles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const circles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (stack.includes(target)) low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      group.push(top);
      if (top === file) break;
    }
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) circles.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return circles;
}

describe("the engine's floors", () => {
  const graph = importGraph();

  it('give every engine folder a floor', () => {
    const folders = new Set([...graph.keys()].map(folderOf));
    expect([...folders].filter((folder) => floorOf(folder) < 0)).toStrictEqual([]);
    expect(folders.size).toBeGreaterThan(10);
  });

  it('are never imported upwards, types included', () => {
    expect(upwardImports(graph)).toStrictEqual([]);
  });

  it('hold no import circle between files', () => {
    expect(importCircles(graph)).toStrictEqual([]);
  });
});

describe('the floors check itself', () => {
  it('catches an upward import and a circle', () => {
    const graph: Graph = new Map([
      [join('grid', 'a.ts'), [join('edits', 'b.ts')]],
      [join('edits', 'b.ts'), [join('edits', 'c.ts')]],
      [join('edits', 'c.ts'), [join('edits', 'b.ts'), join('text', 'd.ts')]],
      [join('text', 'd.ts'), []],
    ]);
    expect(upwardImports(graph)).toStrictEqual([`${join('grid', 'a.ts')} -> ${join('edits', 'b.ts')}`]);
    expect(importCircles(graph)).toStrictEqual([[join('edits', 'b.ts'), join('edits', 'c.ts')]]);
  });
});
