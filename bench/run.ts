/**
 * `npm run bench`: plan and apply on generated organizations of 1,000, 10,000 and 50,000
 * members (the largest also written as a directory: one file of members and a file per team
 * section), served by the simulated Sentry with sentry.io's limits and a fixed latency; the lower
 * bound any client could reach; a Terraform-style client for comparison; the bundle's cold
 * start. Writes bench/RESULTS.md and bench/scale.svg. Not part of `npm test`.
 *
 *   npm run bench -- [--latency 30] [--sizes S,M,L] [--terraform-l] [--cold-runs 7] [--repeat-s 5]
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Plan } from '../src/plan/types.ts';
import { endpointOf } from '../src/sentry/http.ts';
import type { Fixture, FixtureMember } from '../src/sim/fixture.ts';
import { GENERATED_OWNER_TOKEN, generateOrganization } from '../src/sim/generate.ts';
import { type LoggedRequest, type SimulatedSentry, startSimulatedSentry } from '../src/sim/server.ts';
import { chart } from './chart.ts';
import { applyLowerBound, type Limits, planLowerBound, type ReadCounts, type Used } from './lower-bound.ts';
import { terraformStyle } from './terraform-style.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const { values } = parseArgs({
  options: {
    latency: { type: 'string', default: '30' },
    sizes: { type: 'string', default: 'S,M,L,LT' },
    'terraform-l': { type: 'boolean', default: false },
    'cold-runs': { type: 'string', default: '7' },
    'repeat-s': { type: 'string', default: '5' },
  },
});

const SIZES = {
  S: { members: 1_000, teams: 50 },
  M: { members: 10_000, teams: 300 },
  L: { members: 50_000, teams: 1_000 },
  /** L written as a directory: org.yml with the members' org roles, teams/<slug>.yml with a section per team. */
  LT: { members: 50_000, teams: 1_000 },
} as const;
/** Sizes whose config is a directory of team files. */
const TEAM_FILES: ReadonlySet<Size> = new Set(['LT']);
type Size = keyof typeof SIZES;
const latencyMs = Number(values.latency);
const limits: Limits = { limit: 40, windowMs: 1_000, concurrent: 25, latencyMs };
const work = await mkdtemp(path.join(tmpdir(), 'sms-bench-'));

// The engine runs bundled, as the action runs it (no TypeScript stripping in its memory or time).
process.stderr.write('bundling the engine...\n');
await new Promise<void>((resolve, reject) =>
  execFile(
    path.join(root, 'node_modules/.bin/ncc'),
    ['build', path.join(here, 'engine-run.ts'), '-o', path.join(work, 'engine'), '--target', 'es2022'],
    { cwd: root },
    (error, _out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve()),
  ),
);
const engineBundle = path.join(work, 'engine', 'index.js');

interface EngineRun {
  loadMs: number;
  planMs: number;
  applyMs: number;
  networkMs: number;
  changes: number;
  applied: number;
  failed: number;
  strategy: string;
  networkStartedAt: number;
  loadRssMiB: number;
  maxRssMiB: number;
}

interface Row {
  size: Size;
  members: number;
  teams: number;
  plan: EngineRun;
  apply: EngineRun;
  planRequests: Record<string, number>;
  applyRequests: Record<string, number>;
  planLimited: number;
  applyLimited: number;
  planBound: number;
  applyBound: number;
  /** wall / lower bound of every repetition (one but for small sizes). */
  planRatios: number[];
  applyRatios: number[];
  requestBudget: number;
  terraform?: { ms: number; requests: number; limited: number } | undefined;
}

/** 2% of the members changed by the file: role changes, team joins and team leaves in turn. */
function configFor(fixture: Fixture): string {
  const slugs = (fixture.teams ?? []).map((team) => team.slug);
  const lines = [`organization: ${fixture.organization.slug}`, 'members:'];
  for (const [index, member] of fixture.members.entries()) {
    let { orgRole } = member;
    const teams = new Map(Object.entries(member.teams ?? {}));
    if (index > 0 && index % 50 === 25 && orgRole !== 'billing') {
      const kind = (index / 50) % 3 < 1 ? 'role' : (index / 50) % 3 < 2 ? 'join' : 'leave';
      if (kind === 'role') orgRole = orgRole === 'member' ? 'manager' : 'member';
      else if (kind === 'leave' && teams.size > 0) teams.delete([...teams.keys()][0] ?? '');
      else teams.set(slugs.find((slug) => !teams.has(slug)) ?? slugs[0] ?? '', null);
    }
    lines.push(`  ${member.email}: {role: ${orgRole}, teams: ${teamsOf(orgRole, teams)}}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The same config as configFor, written team by team: org.yml lists every member with its org
 * role only, and every team has a section in a file of its own. Team sections manage every team
 * as a whole, so the plan is the same as the member-centric file's.
 */
async function writeTeamFiles(fixture: Fixture, directory: string): Promise<void> {
  const parsed = configFor(fixture)
    .split('\n')
    .slice(2)
    .filter((line) => line.length > 0);
  const sections = new Map<string, { admins: string[]; contributors: string[]; members: string[] }>(
    (fixture.teams ?? []).map((team) => [team.slug, { admins: [], contributors: [], members: [] }]),
  );
  const members: string[] = [`organization: ${fixture.organization.slug}`, 'members:'];
  for (const line of parsed) {
    const match = /^ {2}(\S+): \{role: (\w+), teams: (.*)\}$/.exec(line);
    if (!match) throw new Error(`unexpected config line: ${line}`);
    const [, email = '', role = '', teams = ''] = match;
    members.push(`  ${email}: ${role}`);
    const inner = teams.slice(1, -1).trim();
    if (inner.length === 0) continue;
    for (const item of inner.split(', ')) {
      const [slug = '', teamRole] = item.split(': ');
      const section = sections.get(slug);
      if (!section) throw new Error(`unknown team ${slug}`);
      (teamRole === 'admin' ? section.admins : teamRole === 'contributor' ? section.contributors : section.members).push(email);
    }
  }
  await mkdir(path.join(directory, 'teams'), { recursive: true });
  await writeFile(path.join(directory, 'org.yml'), `${members.join('\n')}\n`);
  for (const [slug, section] of sections) {
    const lists = Object.entries(section)
      .filter(([, emails]) => emails.length > 0)
      .map(([list, emails]) => `    ${list}:\n${emails.map((email) => `      - ${email}`).join('\n')}`);
    await writeFile(
      path.join(directory, 'teams', `${slug}.yml`),
      `teams:\n  ${slug}:${lists.length > 0 ? `\n${lists.join('\n')}` : ' {}'}\n`,
    );
  }
}

function teamsOf(orgRole: FixtureMember['orgRole'], teams: Map<string, string | null>): string {
  const explicit = (orgRole === 'member' || orgRole === 'billing') && [...teams.values()].includes('admin');
  if (!explicit) return `[${[...teams.keys()].join(', ')}]`;
  return `{${[...teams].map(([slug, role]) => `${slug}: ${role === 'admin' ? 'admin' : 'contributor'}`).join(', ')}}`;
}

function byEndpoint(requests: readonly LoggedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of requests) {
    const key = endpointOf(request.method, request.path.split('?')[0] ?? '');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const READ_ENDPOINTS: Record<keyof ReadCounts, string> = {
  memberPages: 'GET /organizations/{org}/members/',
  teamPages: 'GET /organizations/{org}/teams/',
  rosterRequests: 'GET /teams/{org}/{team}/members/',
  memberGets: 'GET /organizations/{org}/members/{id}/',
};

/** What earlier requests (epoch ms = `epoch` + startedAt) used of each endpoint's window at `start`. */
function usedAt(requests: readonly LoggedRequest[], epoch: number, start: number): Used {
  const window = Math.floor(start / limits.windowMs);
  const counts = byEndpoint(requests.filter((request) => Math.floor((epoch + request.startedAt) / limits.windowMs) === window));
  return (endpoint) => counts[READ_ENDPOINTS[endpoint]] ?? 0;
}

function reads(counts: Record<string, number>): ReadCounts {
  return {
    memberPages: counts[READ_ENDPOINTS.memberPages] ?? 0,
    teamPages: counts[READ_ENDPOINTS.teamPages] ?? 0,
    rosterRequests: counts[READ_ENDPOINTS.rosterRequests] ?? 0,
    memberGets: counts[READ_ENDPOINTS.memberGets] ?? 0,
  };
}

function engine(mode: 'plan' | 'apply', url: string, config: string, planOut?: string): Promise<EngineRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [engineBundle, mode, url, config, ...(planOut ? [planOut] : [])],
      { env: { ...process.env, SENTRY_AUTH_TOKEN: GENERATED_OWNER_TOKEN }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as EngineRun),
    );
  });
}

interface Pair {
  plan: EngineRun;
  apply: EngineRun;
  planLog: LoggedRequest[];
  applyLog: LoggedRequest[];
  planRequests: Record<string, number>;
  applyRequests: Record<string, number>;
  planBound: number;
  applyBound: number;
}

/** A plan, then an apply, on a fresh simulation; each with its lower bound for its start. */
async function planAndApply(serve: () => Promise<SimulatedSentry>, config: string, planFile: string): Promise<Pair> {
  // The simulation logs times from its start (performance.now() of this process).
  const simEpoch = performance.timeOrigin + performance.now();
  const sim = await serve();
  const plan = await engine('plan', sim.url, config, planFile);
  const planLog = sim.requests.splice(0);
  const apply = await engine('apply', sim.url, config);
  const applyLog = sim.requests.splice(0);
  await sim.close();
  const planRequests = byEndpoint(planLog);
  const applyRequests = byEndpoint(applyLog);
  // The bound counts the requests a client needs: those answered 429 were not.
  const answered = (log: readonly LoggedRequest[]) => byEndpoint(log.filter((request) => request.status !== 429));
  const writes = Object.entries(answered(applyLog))
    .filter(([endpoint]) => !endpoint.startsWith('GET '))
    .map(([, count]) => count);
  // Every PUT and DELETE starts with a fresh GET of its member.
  const applyAnswered = answered(applyLog);
  const freshReads =
    (applyAnswered['PUT /organizations/{org}/members/{id}/'] ?? 0) +
    (applyAnswered['DELETE /organizations/{org}/members/{id}/'] ?? 0);
  return {
    plan,
    apply,
    planLog,
    applyLog,
    planRequests,
    applyRequests,
    planBound: planLowerBound(reads(answered(planLog)), limits, plan.networkStartedAt),
    applyBound: applyLowerBound(
      reads(applyAnswered),
      writes,
      limits,
      apply.networkStartedAt,
      usedAt(planLog, simEpoch, apply.networkStartedAt),
      freshReads,
    ),
  };
}

async function measure(size: Size): Promise<Row> {
  const { members, teams } = SIZES[size];
  const fixture = generateOrganization({ members, teams, seed: 2026, teamsPerMember: 2, pendingRate: 0.03, slug: 'bench' });
  const config = path.join(work, TEAM_FILES.has(size) ? size : `${size}.yml`);
  if (TEAM_FILES.has(size)) await writeTeamFiles(fixture, config);
  else await writeFile(config, configFor(fixture));
  const planFile = path.join(work, `${size}-plan.json`);
  const serve = () =>
    startSimulatedSentry(fixture, {
      rateLimit: { limit: limits.limit, windowSeconds: limits.windowMs / 1000, concurrentLimit: limits.concurrent },
      latencyMs,
    });

  // A run of half a second depends on where it starts in sentry.io's one-second windows (the
  // bound follows it, but not the client's first few milliseconds of work): small sizes run
  // several times and report the median.
  const repeats = members <= 1_000 ? Number(values['repeat-s']) : 1;
  const pairs: Pair[] = [];
  for (let repeat = 1; repeat <= repeats; repeat++) {
    process.stderr.write(`${size}: plan and apply${repeats > 1 ? ` (${repeat} of ${repeats})` : ''}...\n`);
    pairs.push(await planAndApply(serve, config, planFile));
  }
  const byPlanRatio = [...pairs].sort((a, b) => a.plan.networkMs / a.planBound - b.plan.networkMs / b.planBound);
  const shown = byPlanRatio[Math.floor(pairs.length / 2)];
  if (!shown) throw new Error(`no run for ${size}`);
  const { plan, apply, planLog, applyLog, planRequests, applyRequests, planBound, applyBound } = shown;

  // Rosters carry pending invitations too: ceil(N/100) + ceil(T/100) + sum of ceil(members/100) + 2.
  const rosterPages = (fixture.teams ?? []).reduce((sum, team) => {
    const count = fixture.members.filter((member) => team.slug in (member.teams ?? {})).length;
    return sum + Math.ceil(count / 100);
  }, 0);
  const requestBudget = Math.ceil(members / 100) + Math.ceil(teams / 100) + rosterPages + 2;

  let terraform: Row['terraform'];
  if ((size !== 'L' && size !== 'LT') || values['terraform-l']) {
    process.stderr.write(`${size}: Terraform-style baseline...\n`);
    const fresh = await serve();
    const planned = JSON.parse(await readFile(planFile, 'utf8')) as Plan;
    const updates = planned.changes.filter((change) => change.kind === 'update');
    terraform = await terraformStyle(fresh.url, GENERATED_OWNER_TOKEN, 'bench', [...fresh.org.members.keys()], updates);
    await fresh.close();
  }
  return {
    size,
    members,
    teams,
    plan,
    apply,
    planRequests,
    applyRequests,
    planLimited: planLog.filter((request) => request.status === 429).length,
    applyLimited: applyLog.filter((request) => request.status === 429).length,
    planBound,
    applyBound,
    planRatios: pairs.map((pair) => pair.plan.networkMs / pair.planBound),
    applyRatios: pairs.map((pair) => pair.apply.networkMs / pair.applyBound),
    requestBudget,
    terraform,
  };
}

async function coldStart(runs: number): Promise<number[]> {
  const workspace = await mkdtemp(path.join(work, 'cold-'));
  const lines = ['organization: bench', 'members:'];
  for (let i = 0; i < 1000; i++) lines.push(`  user${i}@example.com: {role: member, teams: [team-${i % 50}]}`);
  await writeFile(path.join(workspace, 'sentry-members.yml'), `${lines.join('\n')}\n`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await new Promise<void>((resolve, reject) =>
      execFile(
        process.execPath,
        [path.join(root, 'dist/index.js')],
        {
          cwd: workspace,
          env: {
            PATH: process.env.PATH ?? '',
            GITHUB_WORKSPACE: workspace,
            INPUT_MODE: 'validate',
            'INPUT_SENTRY-URL': 'https://sentry.io',
            INPUT_CONFIG: 'sentry-members.yml',
            INPUT_COMMENT: 'true',
            'INPUT_MAX-CHANGES': '50',
            'INPUT_MAX-REMOVALS': '5',
            'INPUT_DRIFT-ISSUE': 'false',
          },
        },
        (error) => (error ? reject(error) : resolve()),
      ),
    );
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** Peak RSS of a size's runs in MB (10^6 bytes), the unit of the target. */
const peakMb = (row: Row) => (Math.max(row.plan.maxRssMiB, row.apply.maxRssMiB) * 1024 * 1024) / 1e6;
const mb = (mib: number) => ((mib * 1024 * 1024) / 1e6).toFixed(0);
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const mark = (ok: boolean) => (ok ? 'met' : '**not met**');

const rows: Row[] = [];
for (const size of values.sizes.split(',') as Size[]) rows.push(await measure(size));
const cold = await coldStart(Number(values['cold-runs']));
const coldMedian = cold[Math.floor(cold.length / 2)] ?? 0;

const lines: string[] = [
  '# Benchmark results',
  '',
  `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}.`,
  `Simulated Sentry with sentry.io's limits (${limits.limit} requests per ${limits.windowMs / 1000} s per endpoint and method, ${limits.concurrent} concurrent) and ${latencyMs} ms latency per request. Organizations generated with about two teams per member and 3% pending invitations; the file changes 2% of the members (role changes, team joins, team leaves). LT is L's organization and changes written as a directory of 1,001 files: \`org.yml\` with every member's org role, and a team section per team in \`teams/<slug>.yml\` (team sections manage every team as a whole; the plan is the same).`,
  '',
  'A plan reads the members list, the teams list, every roster (rosters include pending invitations, so no invitation is read on its own) and `members/me/`: at most ceil(N/100) + ceil(T/100) + the sum over teams of ceil(members/100) + 2 requests. An apply plans the same way, then reads each member again just before its write (one GET per written member, on its own endpoint, so that a write is never built from a torn read); the lower bound includes those reads.',
  '',
  '![wall time against organization size](scale.svg)',
  '',
  '| size | members / teams | run | requests | 429s | wall (network) | lower bound | ratio | peak RSS | Terraform-style | speed-up |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
];
for (const row of rows) {
  const tf = row.terraform;
  for (const [run, result, counts, limited, bound] of [
    ['plan', row.plan, row.planRequests, row.planLimited, row.planBound],
    ['apply', row.apply, row.applyRequests, row.applyLimited, row.applyBound],
  ] as const) {
    const baseline =
      run === 'apply' && tf
        ? `${seconds(tf.ms)} s (${tf.requests} requests, ${tf.limited} 429s)`
        : run === 'apply'
          ? 'not run (--terraform-l)'
          : '';
    const speedup = run === 'apply' && tf ? `${(tf.ms / result.networkMs).toFixed(1)}x` : '';
    lines.push(
      `| ${row.size} | ${row.members.toLocaleString('en')} / ${row.teams.toLocaleString('en')} | ${run} | ${total(counts)} | ${limited} | ${seconds(result.networkMs)} s | ${seconds(bound)} s | ${(result.networkMs / bound).toFixed(2)} | ${mb(result.maxRssMiB)} MB | ${baseline} | ${speedup} |`,
    );
  }
}
if (rows.some((row) => row.planRatios.length > 1)) {
  lines.push(
    '',
    `Sizes up to 1,000 members run ${values['repeat-s']} times (\`--repeat-s\`): a half-second run depends on where it starts in the one-second windows. Their row is the run with the median plan ratio; the targets below use the median of each ratio and list every run.`,
  );
}
lines.push('', 'Requests by endpoint:', '');
for (const row of rows) {
  lines.push(
    `- ${row.size} plan (${row.plan.strategy}): ${Object.entries(row.planRequests)
      .map(([k, v]) => `\`${k}\` ${v}`)
      .join(', ')}`,
  );
  lines.push(
    `- ${row.size} apply: ${Object.entries(row.applyRequests)
      .map(([k, v]) => `\`${k}\` ${v}`)
      .join(', ')}; ${row.apply.applied} applied, ${row.apply.failed} failed`,
  );
}
lines.push(
  '',
  `Config loading (YAML parse and validation) is not in the wall times above: ${rows.map((row) => `${row.size} ${seconds(row.plan.loadMs)} s (peak RSS ${mb(row.plan.loadRssMiB)} MB)`).join(', ')}. Peak RSS is of the whole process, in MB (10^6 bytes).`,
);
lines.push(
  '',
  `Cold start of the bundle (\`node dist/index.js\`, mode validate, 1,000-member file): median ${coldMedian.toFixed(0)} ms of ${cold.length} runs (${cold.map((t) => t.toFixed(0)).join(', ')} ms).`,
);
lines.push('', '## Targets', '');
for (const row of rows) {
  lines.push(
    `- ${row.size}: plan requests ${total(row.planRequests)} <= ${row.requestBudget}: ${mark(total(row.planRequests) <= row.requestBudget)}`,
  );
  for (const [run, result, bound, ratios] of [
    ['plan', row.plan, row.planBound, row.planRatios],
    ['apply', row.apply, row.applyBound, row.applyRatios],
  ] as const) {
    if (ratios.length === 1) {
      lines.push(
        `- ${row.size}: ${run} wall ${seconds(result.networkMs)} s within 1.2x the lower bound ${seconds(bound)} s: ${mark(result.networkMs <= 1.2 * bound)} (ratio ${(result.networkMs / bound).toFixed(2)})`,
      );
    } else {
      lines.push(
        `- ${row.size}: ${run} wall within 1.2x the lower bound, median of ${ratios.length} runs: ${mark(median(ratios) <= 1.2)} (ratio ${median(ratios).toFixed(2)}; every run: ${[
          ...ratios,
        ]
          .sort((a, b) => a - b)
          .map((ratio) => ratio.toFixed(2))
          .join(', ')})`,
      );
    }
  }
  const requests = total(row.planRequests) + total(row.applyRequests);
  const limited = row.planLimited + row.applyLimited;
  lines.push(
    `- ${row.size}: 429s ${limited} of ${requests} requests (${((100 * limited) / requests).toFixed(2)}%) under 1%: ${mark(limited < requests / 100)}`,
  );
}
const large = rows.find((row) => row.size === 'L');
if (large) lines.push(`- L: peak RSS ${peakMb(large).toFixed(0)} MB under 200 MB: ${mark(peakMb(large) < 200)}`);
const split = rows.find((row) => row.size === 'LT');
if (split) lines.push(`- LT: peak RSS ${peakMb(split).toFixed(0)} MB under 200 MB: ${mark(peakMb(split) < 200)}`);
lines.push(`- cold start median ${coldMedian.toFixed(0)} ms under 300 ms: ${mark(coldMedian < 300)}`);

// What limits each target that is not met (measured when this benchmark was written; kept with the figures).
const notes: string[] = [];
const wallMissed = rows.filter((row) => median(row.planRatios) > 1.2 || median(row.applyRatios) > 1.2);
if (wallMissed.length > 0) {
  notes.push(
    `- **Wall time (${wallMissed.map((row) => row.size).join(', ')}).** The bound is exact for the run's start in sentry.io's fixed one-second windows and assumes no time between an answer and the next request. In a half-second run the client's own few milliseconds of work (reading the teams list before the rosters, 25 ms of margin after a window reset for clock differences) decide whether a burst still fits the current window or waits for the next one.`,
  );
}
if ((large && peakMb(large) >= 200) || (split && peakMb(split) >= 200)) {
  notes.push(
    "- **Peak memory at 50,000 members.** The peak comes at the end of reading the organization: the file's model and the organization's members and teams (together about 45 MB after a full garbage collection) are alive, V8 collects the garbage of parsing about 160 MB of JSON responses when it chooses, and Node with the bundle's code is about 60 MB. Repeated runs of the same plan measured between about 175 and 205 MB while this was written.",
  );
}
if (coldMedian >= 300) {
  notes.push(
    '- **Cold start.** Node itself takes about 40 ms and compiling the bundle about 50 ms (@actions/core brings its HTTP client, undici, with it); yaml is loaded only for files with a problem.',
  );
}
if (notes.length > 0) lines.push('', '## Where a target is not met', '', ...notes);

const report = `${lines.join('\n')}\n`;
await writeFile(path.join(here, 'RESULTS.md'), report);
await writeFile(
  path.join(here, 'scale.svg'),
  chart(
    rows
      .filter((row) => !TEAM_FILES.has(row.size))
      .map((row) => ({
        members: row.members,
        plan: row.plan.networkMs / 1000,
        apply: row.apply.networkMs / 1000,
        planBound: row.planBound / 1000,
        applyBound: row.applyBound / 1000,
        terraform: row.terraform ? row.terraform.ms / 1000 : undefined,
      })),
  ),
);
await rm(work, { recursive: true, force: true });
process.stdout.write(report);
