/**
 * The benchmark's organizations and files: generated organizations of each size, the file that
 * changes 2% of their members (one file, a directory of team files, or team sections that follow
 * GitHub teams), and the simulated Sentry (and GitHub) that serve them with sentry.io's limits.
 * Shared by `bench/run.ts` and `bench/profile.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Fixture, FixtureMember } from '../src/sim/fixture.ts';
import { generateOrganization } from '../src/sim/generate.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../src/sim/server.ts';
import { type GitHubSim, startGitHubSim } from '../test/harness/github-sim.ts';
import type { Limits } from './lower-bound.ts';

export const SIZES = {
  S: { members: 1_000, teams: 50 },
  M: { members: 10_000, teams: 300 },
  L: { members: 50_000, teams: 1_000 },
  /** L written as a directory: org.yml with the members' org roles, teams/<slug>.yml with a section per team. */
  LT: { members: 50_000, teams: 1_000 },
  /** M with every team section following a GitHub team: a GitHub organization of 300 teams and 10,000 members. */
  MG: { members: 10_000, teams: 300 },
} as const;
export type Size = keyof typeof SIZES;

/** A size's members and teams times `scale` (a trial run at a small size: `npm run bench -- --scale 0.02`). */
export function scaled(size: Size, scale: number): { members: number; teams: number } {
  const { members, teams } = SIZES[size];
  return { members: Math.max(2, Math.round(members * scale)), teams: Math.max(1, Math.round(teams * scale)) };
}

export function isSize(value: string): value is Size {
  return Object.hasOwn(SIZES, value);
}

/** Sizes whose config is a directory of team files. */
export const TEAM_FILES: ReadonlySet<Size> = new Set(['LT']);

/** Sizes whose team sections follow GitHub teams, served by a simulated GitHub beside the simulated Sentry. */
export const GITHUB_TEAMS: ReadonlySet<Size> = new Set(['MG']);

/** The token the engine reads the simulated GitHub's teams with (an app with Members: read). */
export const BENCH_GITHUB_TOKEN = 'ghs_bench_members_reader_app_token';

/** sentry.io's limits: 40 requests per second per endpoint and method, 25 concurrent; and a latency. */
export function sentryIoLimits(latencyMs: number): Limits {
  return { limit: 40, windowMs: 1_000, concurrent: 25, latencyMs };
}

export interface BenchOrganization {
  readonly fixture: Fixture;
  /** The file, or the directory of team files. */
  readonly config: string;
  /** A fresh simulated Sentry serving the organization (unchanged by earlier runs). */
  serve(): Promise<SimulatedSentry>;
  /** The GitHub organization whose teams the file follows, when it follows any. */
  readonly github?: BenchGitHub;
}

export interface BenchGitHub {
  /** A simulated GitHub serving the teams, with the same latency as Sentry. */
  serve(): Promise<GitHubSim>;
  /** The requests a plan must send to GitHub: ⌈members/100⌉ per team (one for an empty team). */
  readonly pages: number;
}

/** The organization of a size, its file written under `work`. */
export async function benchOrganization(size: Size, work: string, limits: Limits, scale = 1): Promise<BenchOrganization> {
  const { members, teams } = scaled(size, scale);
  const fixture = generateOrganization({ members, teams, seed: 2026, teamsPerMember: 2, pendingRate: 0.03, slug: 'bench' });
  const config = path.join(work, TEAM_FILES.has(size) ? size : `${size}.yml`);
  if (TEAM_FILES.has(size)) await writeTeamFiles(fixture, config);
  else if (GITHUB_TEAMS.has(size)) await writeFile(config, followingConfig(fixture));
  else await writeFile(config, configFor(fixture));
  return {
    fixture,
    config,
    ...(GITHUB_TEAMS.has(size) ? { github: githubTeams(fixture, limits) } : {}),
    serve: () =>
      startSimulatedSentry(fixture, {
        rateLimit: { limit: limits.limit, windowSeconds: limits.windowMs / 1000, concurrentLimit: limits.concurrent },
        latencyMs: limits.latencyMs,
      }),
  };
}

/** What the file asks of each member: 2% of them changed (role changes, team joins and team leaves in turn). */
function wanted(fixture: Fixture): { email: string; orgRole: FixtureMember['orgRole']; teams: Map<string, string | null> }[] {
  const slugs = (fixture.teams ?? []).map((team) => team.slug);
  return fixture.members.map((member, index) => {
    let { orgRole } = member;
    const teams = new Map(Object.entries(member.teams ?? {}));
    if (index > 0 && index % 50 === 25 && orgRole !== 'billing') {
      const kind = (index / 50) % 3 < 1 ? 'role' : (index / 50) % 3 < 2 ? 'join' : 'leave';
      if (kind === 'role') orgRole = orgRole === 'member' ? 'manager' : 'member';
      else if (kind === 'leave' && teams.size > 0) teams.delete([...teams.keys()][0] ?? '');
      else teams.set(slugs.find((slug) => !teams.has(slug)) ?? slugs[0] ?? '', null);
    }
    return { email: member.email, orgRole, teams };
  });
}

/** The file that changes 2% of the members, one line a member. */
function configFor(fixture: Fixture): string {
  const lines = [`organization: ${fixture.organization.slug}`, 'members:'];
  for (const { email, orgRole, teams } of wanted(fixture))
    lines.push(`  ${email}: {role: ${orgRole}, teams: ${teamsOf(orgRole, teams)}}`);
  return `${lines.join('\n')}\n`;
}

/** Member n's GitHub login. */
const loginOf = (index: number) => `dev-${index}`;

/**
 * The same plan as configFor's, with the teams on GitHub: the file lists every member's org role,
 * maps every login to its email under people, and has a section per team that follows the GitHub
 * team of its slug; the GitHub teams hold the members the file wants on them (maintainers where
 * it wants the team role admin), so the 2% of team changes come from GitHub.
 */
function followingConfig(fixture: Fixture): string {
  const slug = fixture.organization.slug;
  const members = wanted(fixture);
  return [
    `organization: ${slug}`,
    'people:',
    ...members.map(({ email }, index) => `  ${loginOf(index)}: ${email}`),
    'members:',
    ...members.map(({ email, orgRole }) => `  ${email}: ${orgRole}`),
    'teams:',
    ...(fixture.teams ?? []).map((team) => `  ${team.slug}: {github-team: ${slug}/${team.slug}}`),
    '',
  ].join('\n');
}

/** The GitHub organization of followingConfig: its teams as the file wants the Sentry teams. */
function githubTeams(fixture: Fixture, limits: Limits): BenchGitHub {
  const rosters = new Map(
    (fixture.teams ?? []).map((team) => [team.slug, { maintainers: [] as string[], members: [] as string[] }]),
  );
  for (const [index, { orgRole, teams }] of wanted(fixture).entries())
    for (const [slug, role] of teams) {
      const roster = rosters.get(slug);
      if (!roster || orgRole === 'billing') continue;
      (role === 'admin' ? roster.maintainers : roster.members).push(loginOf(index));
    }
  const pages = [...rosters.values()].reduce(
    (sum, roster) => sum + Math.max(1, Math.ceil((roster.maintainers.length + roster.members.length) / 100)),
    0,
  );
  return {
    pages,
    async serve() {
      const sim = await startGitHubSim({ latencyMs: limits.latencyMs });
      sim.tokens.set(BENCH_GITHUB_TOKEN, { login: 'members-reader[bot]', kind: 'app', orgs: [fixture.organization.slug] });
      // GitHub lists each member's role: one read of every team, no second one for its maintainers.
      sim.addOrganization(fixture.organization.slug, { listsRoles: true });
      for (const [slug, roster] of rosters) sim.addTeam(fixture.organization.slug, slug, roster);
      return sim;
    },
  };
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
