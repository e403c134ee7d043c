/**
 * The adoption case: an organization adopts the action with many people in its file who are not
 * in Sentry yet (`missing: invite`), more than Sentry's daily invitation limit (100 a day per
 * user and per organization, which the simulated Sentry keeps as sentry.io does). Each day's
 * apply (the nightly schedule) sends what the day allows and defers the rest without failing;
 * the simulation's clock then moves to the next day, until nothing is left; a plan is then empty.
 * Records, per day, the invitations sent and deferred, the requests by endpoint, the 429s, the
 * wall time and its lower bound.
 *
 * Part of `npm run bench` (`--adoption <n>`, default 300; 0 leaves it out), or alone, printing its
 * section without touching bench/RESULTS.md:
 *
 *   node bench/adoption.ts [--invitations 300] [--latency 30]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DAY_MS } from '../src/sim/clock.ts';
import { generateOrganization } from '../src/sim/generate.ts';
import { type LoggedRequest, startSimulatedSentry } from '../src/sim/server.ts';
import { bundleEngine, type MeasuredRun, runEngine } from './engine.ts';
import { applyLowerBound, byEndpoint, type Limits, reads } from './lower-bound.ts';

/** Members already in the organization (listed as they are), besides the people to invite. */
const MEMBERS = 200;
const TEAMS = 20;
/** Sentry's documented daily invitation limit, as the simulated Sentry keeps it by default. */
const DAILY = 100;

/** One day's apply. */
export interface AdoptionDay {
  readonly day: number;
  readonly run: MeasuredRun;
  /** Invitations Sentry accepted (POST answered 201). */
  readonly sent: number;
  readonly deferred: number;
  /** POSTs answered 429 (the day's budget spent, or a per-second window). */
  readonly refused: number;
  readonly requests: Record<string, number>;
  readonly limited: number;
  readonly bound: number;
}

export interface Adoption {
  readonly invitations: number;
  readonly days: readonly AdoptionDay[];
  /** Changes of a plan made after the last day: 0 when the organization is as the file says. */
  readonly left: number;
}

/** The file: every member as it is (org role only), then `count` people to invite onto a team each. */
function adoptionFile(count: number): { fixture: ReturnType<typeof generateOrganization>; text: string } {
  const fixture = generateOrganization({
    members: MEMBERS,
    teams: TEAMS,
    seed: 2026,
    teamsPerMember: 2,
    pendingRate: 0,
    slug: 'bench',
  });
  const slugs = (fixture.teams ?? []).map((team) => team.slug);
  const lines = ['organization: bench', 'missing: invite', 'members:'];
  for (const member of fixture.members) lines.push(`  ${member.email}: ${member.orgRole}`);
  for (let i = 0; i < count; i++)
    lines.push(`  adopt${String(i).padStart(4, '0')}@bench.example: {role: member, teams: [${slugs[i % slugs.length]}]}`);
  return { fixture, text: `${lines.join('\n')}\n` };
}

/** Runs the case: an apply a day on one simulation whose clock moves a day between them. */
export async function adoptionCase(count: number, work: string, limits: Limits, bundle: string): Promise<Adoption> {
  const { fixture, text } = adoptionFile(count);
  const config = path.join(work, `adoption-${count}.yml`);
  await writeFile(config, text);
  const sim = await startSimulatedSentry(fixture, {
    rateLimit: { limit: limits.limit, windowSeconds: limits.windowMs / 1000, concurrentLimit: limits.concurrent },
    latencyMs: limits.latencyMs,
  });
  try {
    const days: AdoptionDay[] = [];
    const most = Math.ceil(count / DAILY) + 2;
    for (let day = 1; day <= most; day++) {
      process.stderr.write(`adoption of ${count}: day ${day}...\n`);
      sim.requests.splice(0);
      const run = await runEngine(bundle, 'apply', sim.url, config);
      days.push(measured(day, run, sim.requests.splice(0), limits));
      if (run.deferred === 0) break;
      sim.clock.advance(DAY_MS);
    }
    const plan = await runEngine(bundle, 'plan', sim.url, config);
    return { invitations: count, days, left: plan.changes };
  } finally {
    await sim.close();
  }
}

function measured(day: number, run: MeasuredRun, log: readonly LoggedRequest[], limits: Limits): AdoptionDay {
  const answered = byEndpoint(log.filter((request) => request.status !== 429));
  const posts = log.filter((request) => request.method === 'POST');
  const freshReads =
    (answered['PUT /organizations/{org}/members/{id}/'] ?? 0) + (answered['DELETE /organizations/{org}/members/{id}/'] ?? 0);
  const writes = Object.entries(answered)
    .filter(([endpoint]) => !endpoint.startsWith('GET '))
    .map(([, n]) => n);
  return {
    day,
    run,
    sent: posts.filter((request) => request.status === 201).length,
    deferred: run.deferred,
    refused: posts.filter((request) => request.status === 429).length,
    requests: byEndpoint(log),
    limited: log.filter((request) => request.status === 429).length,
    bound: applyLowerBound(reads(answered), writes, limits, run.networkStartedAt, undefined, freshReads),
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

/** The case as a section of RESULTS.md. */
export function adoptionSection(adoption: Adoption, limits: Limits): string[] {
  const { invitations, days } = adoption;
  const expected = Math.ceil(invitations / DAILY);
  const sent = days.reduce((sum, day) => sum + day.sent, 0);
  const failed = days.reduce((sum, day) => sum + day.run.failed, 0);
  const lines = [
    "## Adoption past Sentry's daily invitation limit",
    '',
    `An organization of ${MEMBERS} members on ${TEAMS} teams adopts the action with ${invitations} more people in its file and \`missing: invite\`. Sentry sends ${DAILY} invitations a day per user and per organization (the simulated Sentry's budget, as sentry.io's; its 429 is not retried). Each day's apply, as the nightly schedule runs it, sends what the day allows, makes every other change, and defers the rest without failing; then the simulation's clock moves to the next day. Same limits and latency as above (${limits.limit} requests per ${limits.windowMs / 1000} s, ${limits.latencyMs} ms).`,
    '',
    '| day | invitations sent | deferred | failed | POSTs answered 429 | requests | 429s | wall (network) | lower bound | ratio |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...days.map((day) => {
      const total = Object.values(day.requests).reduce((a, b) => a + b, 0);
      return `| ${day.day} | ${day.sent} | ${day.deferred} | ${day.run.failed} | ${day.refused} | ${total} | ${day.limited} | ${seconds(day.run.networkMs)} s | ${seconds(day.bound)} s | ${(day.run.networkMs / day.bound).toFixed(2)} |`;
    }),
    '',
    'Requests by endpoint, per day:',
    '',
    ...days.map(
      (day) =>
        `- day ${day.day}: ${Object.entries(day.requests)
          .map(([endpoint, n]) => `\`${endpoint}\` ${n}`)
          .join(', ')}`,
    ),
    '',
    `- every invitation sent, none failed: ${sent === invitations && failed === 0 ? 'met' : '**not met**'} (${sent} of ${invitations} sent, ${failed} failed)`,
    `- done in ceil(${invitations}/${DAILY}) = ${expected} days: ${days.length === expected ? 'met' : '**not met**'} (${days.length})`,
    `- each day's refused invitations at most the few already on their way (4): ${days.every((day) => day.refused <= 4) ? 'met' : '**not met**'} (${days.map((day) => day.refused).join(', ')})`,
    `- a plan after the last day is empty: ${adoption.left === 0 ? 'met' : `**not met** (${adoption.left} changes)`}`,
  ];
  return lines;
}

// Alone: `node bench/adoption.ts`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { invitations: { type: 'string', default: '300' }, latency: { type: 'string', default: '30' } },
  });
  const limits: Limits = { limit: 40, windowMs: 1_000, concurrent: 25, latencyMs: Number(values.latency) };
  const work = await mkdtemp(path.join(tmpdir(), 'sms-adoption-'));
  try {
    process.stderr.write('bundling the engine...\n');
    const bundle = await bundleEngine(path.join(work, 'engine'));
    const adoption = await adoptionCase(Number(values.invitations), work, limits, bundle);
    process.stdout.write(`${adoptionSection(adoption, limits).join('\n')}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
