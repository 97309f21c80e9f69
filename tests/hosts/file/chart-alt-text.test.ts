// `tracker-check --out`: every chart it draws carries alt text stating its data (xdr:cNvPr descr and
// title), its labels are in a colour that reaches 4.5:1 on the fill under them, and each slice or
// segment is outlined so it meets the white around it by 3:1.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/engine/edits/colour-contrast.js';
import { readAttributes } from '../../../src/hosts/file/xlsx-charts/xml-text.js';
import { runCliCaptured } from '../../support/run-cli-captured.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/dfe-commissioner-recommendations.xlsx', import.meta.url));

let dir: string;
let zip: JSZip;
const part = async (path: string): Promise<string> => {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async('string');
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tc-alt-'));
  const out = join(dir, 'checked.xlsx');
  const run = await runCliCaptured(FIXTURE, '--out', out);
  expect(run.stderr).toContain('wrote');
  zip = await JSZip.loadAsync(await readFile(out));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Fill and label colour of each labelled point: from <c:dPt> fills and the <c:dLbl> (or series-wide) text fills. */
function labelledPoints(chartXml: string): { fill: string; label: string; outline: string }[] {
  const points: { fill: string; label: string; outline: string }[] = [];
  for (const ser of chartXml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []) {
    const colours = (xml: string) => [...xml.matchAll(/<a:srgbClr val="([0-9A-F]{6})"\/>/g)].map((m) => `#${m[1]}`);
    const labels = /<c:dLbls>[\s\S]*<\/c:dLbls>/.exec(ser)?.[0] ?? '';
    const seriesLabel = colours(labels.replace(/<c:dLbl>[\s\S]*?<\/c:dLbl>/g, ''))[0];
    const values = [...(/<c:val>[\s\S]*<\/c:val>/.exec(ser)?.[0] ?? '').matchAll(/<c:pt idx="(\d+)"><c:v>([^<]+)<\/c:v>/g)].map((m) => Number(m[2]));
    const dPts = ser.match(/<c:dPt>[\s\S]*?<\/c:dPt>/g) ?? [];
    const seriesShape = colours(ser.replace(/<c:dPt>[\s\S]*?<\/c:dPt>/g, '').replace(/<c:dLbls>[\s\S]*<\/c:dLbls>/, '').replace(/<c:tx>[\s\S]*?<\/c:tx>/, ''));
    values.forEach((value, idx) => {
      const dLbl = new RegExp(`<c:dLbl><c:idx val="${idx}"/>[\\s\\S]*?</c:dLbl>`).exec(labels)?.[0];
      if (value === 0) {
        expect(dLbl, `point ${idx} with nothing in it is unlabelled`).toContain('<c:delete val="1"/>');
        return;
      }
      const shape = dPts.find((d) => d.includes(`<c:idx val="${idx}"/>`));
      const [fill, outline] = shape ? colours(shape) : seriesShape;
      const label = dLbl ? colours(dLbl)[0] : seriesLabel;
      if (!fill || !outline || !label) throw new Error(`point ${idx} lacks a fill, outline or label colour`);
      points.push({ fill, outline, label });
    });
  }
  return points;
}

describe('tracker-check --out: accessible charts', () => {
  it('gives every chart a title and a description stating its data', async () => {
    const drawing = await part('xl/drawings/drawing1.xml');
    const frames = [...drawing.matchAll(/<xdr:cNvPr\b[^>]*>/g)].map((m) => readAttributes(m[0]));
    expect(frames.map((f) => f.get('title'))).toEqual(['Recommendations by status', 'Recommendations by lead']);
    expect(frames[0]?.get('descr')).toBe('Status of 24 recommendations: 5 completed, 17 on track, 2 some delays, 0 not in progress.');
    const byLead = frames[1]?.get('descr') ?? '';
    expect(byLead).toMatch(/^Recommendations by lead, 24 in all: 5 completed, 17 on track, 2 some delays, 0 not in progress\./);
    expect(byLead).toContain('Susanne Leece 5: 4 on track, 1 some delays.');
    expect(byLead).toContain('Zoe Fearon 4: 2 completed, 2 on track.');
  });

  it('labels the slices with count and percentage, and the bars with counts, in colours that reach 4.5:1', async () => {
    const doughnut = await part('xl/charts/chart1.xml');
    const bar = await part('xl/charts/chart2.xml');
    expect(doughnut).toMatch(/<c:showVal val="1"\/>[\s\S]*<c:showPercent val="1"\/>/);
    expect(bar).toContain('<c:showVal val="1"/>');
    const points = [...labelledPoints(doughnut), ...labelledPoints(bar)];
    expect(points.length).toBeGreaterThan(10);
    for (const { fill, label } of points) expect(contrastRatio(label, fill), `${label} on ${fill}`).toBeGreaterThanOrEqual(4.5);
  });

  it('separates every slice and segment from the white beside it by 3:1, through its fill or its outline', async () => {
    const points = [...labelledPoints(await part('xl/charts/chart1.xml')), ...labelledPoints(await part('xl/charts/chart2.xml'))];
    const amber = points.filter((p) => p.fill === '#FFDD00');
    expect(amber.length).toBeGreaterThan(0);
    for (const { fill, outline } of points) {
      expect(Math.max(contrastRatio(fill, '#FFFFFF'), contrastRatio(outline, '#FFFFFF')), fill).toBeGreaterThanOrEqual(3);
    }
    for (const { outline } of amber) expect(contrastRatio(outline, '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });
});
