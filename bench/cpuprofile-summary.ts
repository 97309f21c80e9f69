import { readFile } from 'node:fs/promises';

/**
 * Self time by function from a V8 .cpuprofile (node --cpu-prof), heaviest first, and the total
 * time under each engine function: `node --import tsx bench/cpuprofile-summary.ts <file> [filter] [top]`.
 * `filter` keeps functions whose file path contains it in the "total" list (default: src/engine).
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, filter = 'src/engine', topText = '30'] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: cpuprofile-summary.ts <file.cpuprofile> [filter] [top]');
const top = Number(topText);
const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const short = url.replace(/^.*\/(src|bench|node_modules)\//, '$1/');
  return `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, index) => {
  const ms = (profile.timeDeltas[index] ?? 0) / 1000;
  all += ms;
  const node = byId.get(id);
  if (node === undefined) return;
  self.set(label(node), (self.get(label(node)) ?? 0) + ms);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at);
    if (frame === undefined || !frame.callFrame.url.includes(filter)) continue;
    const name = label(frame);
    if (seen.has(name)) continue; // recursion counts once
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + ms);
  }
});

const print = (title: string, map: Map<string, number>): void => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((ms / all) * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
};
console.log(`profile: ${all.toFixed(0)} ms sampled`);
print('self time', self);
print(`total time under functions in ${filter}`, total);
