/**
 * `npm exec -- node bench/profile.ts`: a CPU profile of the bundled engine's plan and
 * apply on one of the benchmark's organizations, served as the benchmark serves it, and what
 * took the engine's CPU time: by function (self time and time including what it called) and by
 * source file, mapped back to the TypeScript through the bundle's source maps. The profiles are
 * kept (`--out`) for Chrome's or VS Code's profile viewer.
 *
 *   npm exec -- node bench/profile.ts [--size L] [--latency 30] [--out <dir>] [--top 20]
 *
 * (`npm exec` runs it with the project's Node 24.) `--out` defaults to sms-profiles in the
 * system's temporary directory. Not part of `npm test`.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleEngine, type MeasuredRun, runEngine } from './engine.ts';
import { BENCH_GITHUB_TOKEN, benchOrganization, isSize, sentryIoLimits } from './organizations.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'L' },
    latency: { type: 'string', default: '30' },
    out: { type: 'string', default: path.join(tmpdir(), 'sms-profiles') },
    top: { type: 'string', default: '20' },
  },
});
if (!isSize(values.size)) throw new Error(`--size: one of S, M, L, LT, not ${values.size}`);
const size = values.size;
const out = path.resolve(values.out);
const top = Number(values.top);
const work = await mkdtemp(path.join(tmpdir(), 'sms-profile-'));
await mkdir(out, { recursive: true });

process.stderr.write('bundling the engine...\n');
const bundle = await bundleEngine(path.join(work, 'engine'), true);
const bundleDir = path.dirname(bundle);
/** The source map of each file of the bundle (the entry and its chunks), read when a frame first needs it. */
const maps = new Map<string, SourceMap>();
for (const file of await readdir(bundleDir, { recursive: true })) {
  if (file.endsWith('.js.map')) {
    const js = path.join(bundleDir, file.slice(0, -'.map'.length));
    maps.set(pathToFileURL(js).href, new SourceMap(JSON.parse(await readFile(`${js}.map`, 'utf8'))));
  }
}
const organization = await benchOrganization(size, work, sentryIoLimits(Number(values.latency)));
const sim = await organization.serve();
const github = await organization.github?.serve();
const env = github ? { GITHUB_TOKEN: BENCH_GITHUB_TOKEN, GITHUB_API_URL: github.url } : {};
const runs: { mode: 'plan' | 'apply'; run: MeasuredRun; file: string }[] = [];
for (const mode of ['plan', 'apply'] as const) {
  process.stderr.write(`${size}: ${mode} with --cpu-prof...\n`);
  const name = `${size}-${mode}.cpuprofile`;
  const nodeArgs = ['--cpu-prof', `--cpu-prof-dir=${out}`, `--cpu-prof-name=${name}`];
  runs.push({
    mode,
    run: await runEngine(bundle, mode, sim.url, organization.config, { nodeArgs, env }),
    file: path.join(out, name),
  });
}
await sim.close();
await github?.close();

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame of the bundle came from: `src/sentry/decode.ts:57 decodeListedMember`, or a runtime frame. */
function origin(frame: CallFrame): { file: string; label: string } {
  const name = frame.functionName || '(anonymous)';
  const map = maps.get(frame.url);
  if (!map) {
    if (frame.url === '') return { file: name.startsWith('(') ? name : '(V8 and Node built-ins)', label: name };
    const file = frame.url.startsWith('node:') ? frame.url : '(other)';
    return { file, label: `${name} ${file}` };
  }
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
  const source = 'originalSource' in entry ? entry.originalSource : '';
  const file = source.replace(/^.*?(node_modules\/|src\/|bench\/)/, '$1') || '(bundle)';
  const line = 'originalLine' in entry ? entry.originalLine + 1 : 0;
  return { file, label: `${name} (${file}:${line})` };
}

const seconds = (microseconds: number) => (microseconds / 1e6).toFixed(2);
const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`;

function summarize(profile: Profile): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  for (const [index, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  const selfByLabel = new Map<string, number>();
  const totalByLabel = new Map<string, number>();
  const byFile = new Map<string, number>();
  let busy = 0;
  // Depth first from the root; a function's total counts each sample once, however deep it recurses.
  const visit = (id: number, open: Map<string, number>): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const { file, label } = origin(node.callFrame);
    const own = label === '(idle)' ? 0 : (self.get(id) ?? 0);
    busy += own;
    selfByLabel.set(label, (selfByLabel.get(label) ?? 0) + own);
    byFile.set(file, (byFile.get(file) ?? 0) + own);
    open.set(label, (open.get(label) ?? 0) + 1);
    let total = own;
    for (const child of node.children ?? []) total += visit(child, open);
    const depth = (open.get(label) ?? 1) - 1;
    if (depth === 0) {
      open.delete(label);
      totalByLabel.set(label, (totalByLabel.get(label) ?? 0) + total);
    } else open.set(label, depth);
    return total;
  };
  const root = profile.nodes[0];
  if (root) visit(root.id, new Map());
  const ranked = (map: Map<string, number>) =>
    [...map].filter(([label]) => label !== '(root)' && label !== '(idle)').sort((a, b) => b[1] - a[1]);
  const lines = [`CPU sampled (idle excluded): ${seconds(busy)} s`, '', '| source file | self | share |', '|---|---|---|'];
  for (const [file, time] of ranked(byFile).slice(0, top)) lines.push(`| ${file} | ${seconds(time)} s | ${share(time, busy)} |`);
  lines.push('', '| function | self | share |', '|---|---|---|');
  for (const [label, time] of ranked(selfByLabel).slice(0, top))
    lines.push(`| ${label} | ${seconds(time)} s | ${share(time, busy)} |`);
  lines.push('', '| function | including what it called | share |', '|---|---|---|');
  for (const [label, time] of ranked(totalByLabel).slice(0, top))
    lines.push(`| ${label} | ${seconds(time)} s | ${share(time, busy)} |`);
  return lines;
}

const report: string[] = [];
for (const { mode, run, file } of runs) {
  report.push(
    `## ${size} ${mode}`,
    '',
    `Wall ${seconds(run.networkMs * 1000)} s from the first request; the engine's CPU ${seconds(run.cpuMs * 1000)} s (user ${seconds(run.cpuUserMs * 1000)} s, system ${seconds(run.cpuSystemMs * 1000)} s; ${share(run.cpuMs, run.networkMs)} of the wall), ${seconds(run.processCpuMs * 1000)} s with Node's start and the config's loading; the simulator's CPU ${seconds(run.simCpuMs * 1000)} s; peak RSS ${run.maxRssMiB.toFixed(0)} MiB. Profile: ${file}`,
    '',
    ...summarize(JSON.parse(await readFile(file, 'utf8')) as Profile),
    '',
  );
}
await rm(work, { recursive: true, force: true });
process.stdout.write(`${report.join('\n')}`);
