import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realisticFixtures } from '../support/fixture-truth.js';
import { bothHosts, reportDifferences } from '../support/host-parity.js';

/** The add-in and the command line give identical reports on every fixture workbook. */
const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const workbooks = [
  `${root}dfe-commissioner-recommendations.xlsx`,
  `${root}dfe-commissioner-slides-paste.xlsx`,
  ...realisticFixtures(root).map((f) => f.path),
];

describe('the add-in and the command line read a workbook alike', () => {
  it.each(workbooks.map((path) => [path.slice(root.length), path] as const))('%s', async (_name, path) => {
    const { file, office } = await bothHosts(path, new Date('2025-06-30T12:00:00Z'));
    expect(reportDifferences(file, office)).toStrictEqual([]);
  });
});
