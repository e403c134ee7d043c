/**
 * The benchmark's organizations and files: generated organizations of each size, the file that
 * changes 2% of their members (one file, or a directory of team files), and the simulated Sentry
 * that serves them with sentry.io's limits. Shared by `bench/run.ts` and `bench/profile.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Fixture, FixtureMember } from '../src/sim/fixture.ts';
import { generateOrganization } from '../src/sim/generate.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../src/sim/server.ts';
import type { Limits } from './lower-bound.ts';

export const SIZES = {
  S: { members: 1_000, teams: 50 },
  M: { members: 10_000, teams: 300 },
  L: { members: 50_000, teams: 1_000 },
  /** L written as a directory: org.yml with the members' org roles, teams/<slug>.yml with a section per team. */
  LT: { members: 50_000, teams: 1_000 },
} as const;
export type Size = keyof typeof SIZES;

export function isSize(value: string): value is Size {
  return Object.hasOwn(SIZES, value);
}

/** Sizes whose config is a directory of team files. */
export const TEAM_FILES: ReadonlySet<Size> = new Set(['LT']);

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
}

/** The organization of a size, its file written under `work`. */
export async function benchOrganization(size: Size, work: string, limits: Limits): Promise<BenchOrganization> {
  const { members, teams } = SIZES[size];
  const fixture = generateOrganization({ members, teams, seed: 2026, teamsPerMember: 2, pendingRate: 0.03, slug: 'bench' });
  const config = path.join(work, TEAM_FILES.has(size) ? size : `${size}.yml`);
  if (TEAM_FILES.has(size)) await writeTeamFiles(fixture, config);
  else await writeFile(config, configFor(fixture));
  return {
    fixture,
    config,
    serve: () =>
      startSimulatedSentry(fixture, {
        rateLimit: { limit: limits.limit, windowSeconds: limits.windowMs / 1000, concurrentLimit: limits.concurrent },
        latencyMs: limits.latencyMs,
      }),
  };
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
