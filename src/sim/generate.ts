import type { OrgRole, TeamRole } from '../domain/roles.ts';
import type { Fixture, FixtureMember, FixtureTeam } from './fixture.ts';

export interface GenerateOptions {
  readonly seed?: number;
  readonly members: number;
  readonly teams: number;
  /** Average team memberships per member (default 2). */
  readonly teamsPerMember?: number;
  /** Share of members that are pending invites (default 0.03); a third of those are expired. */
  readonly pendingRate?: number;
  /** Share of members with an explicit team role stored (default 0.1). */
  readonly explicitRoleRate?: number;
  readonly slug?: string;
  /**
   * The day the members' `lastActive` is spread back from (ms since the epoch; default
   * GENERATED_AS_OF, so that a seed always gives the same organization). Pass the real clock for
   * a run that judges inactivity against today.
   */
  readonly asOf?: number;
  /**
   * Share of members (never member 1, never invitations) whose account does not fit, in turn:
   * no email (`""`), an email that is not an address (sent by an identity provider), an account
   * Sentry cannot read. Default 0.
   */
  readonly oddRate?: number;
}

/** The default `asOf` of generated organizations: 1 January 2026, 00:00 UTC. */
export const GENERATED_AS_OF = Date.UTC(2026, 0, 1);

const DAY = 86_400_000;

/**
 * When a generated account was last active, relative to `asOf`: 5% never recorded (null), 60%
 * within 30 days, 20% between 30 and 180 days, 15% between 180 days and 2 years.
 */
function lastActiveOf(roll: number, spread: number, asOf: number): string | null {
  const daysAgo = roll < 0.05 ? undefined : roll < 0.65 ? spread * 30 : roll < 0.85 ? 30 + spread * 150 : 180 + spread * 550;
  return daysAgo === undefined ? null : new Date(asOf - Math.floor(daysAgo * DAY)).toISOString();
}

/** The odd account of the n-th odd member (see `oddRate`). */
function oddAccount(n: number, index: number): Partial<FixtureMember> {
  const handle = `user${String(index).padStart(6, '0')}`;
  switch (n % 3) {
    case 0:
      return { email: '', username: handle };
    case 1:
      return { email: handle, sso: true };
    default:
      return { unresolved: true };
  }
}

/** The token of the generated organization's first owner (member 1). */
export const GENERATED_OWNER_TOKEN = 'sntryu_generated_owner_token';

/**
 * A synthetic organization of any size, the same for the same options: member 1 is an owner
 * holding GENERATED_OWNER_TOKEN; roles are mostly `member`, with some managers, owners and
 * billing members; teams are assigned at random around the average; every account has a
 * `lastActive` spread back from `asOf`, some null.
 */
export function generateOrganization(options: GenerateOptions): Fixture {
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const teams: FixtureTeam[] = Array.from({ length: options.teams }, (_, i) => ({
    slug: `team-${String(i + 1).padStart(4, '0')}`,
    name: `Team ${i + 1}`,
  }));
  const perMember = options.teamsPerMember ?? 2;
  const pendingRate = options.pendingRate ?? 0.03;
  const explicitRate = options.explicitRoleRate ?? 0.1;
  // Accounts draw from a stream of their own, so that adding them left every seed's members,
  // roles and teams as they were.
  const accounts = mulberry32(((options.seed ?? 1) ^ 0x5eed5eed) >>> 0);
  const asOf = options.asOf ?? GENERATED_AS_OF;
  const oddRate = options.oddRate ?? 0;
  let odd = 0;
  const members: FixtureMember[] = [];
  for (let i = 1; i <= options.members; i++) {
    const roll = random();
    const orgRole: OrgRole =
      i === 1 ? 'owner' : roll < 0.01 ? 'owner' : roll < 0.06 ? 'manager' : roll < 0.08 ? 'billing' : 'member';
    const pending = i > 1 && random() < pendingRate;
    const memberTeams: Record<string, TeamRole | null> = {};
    if (orgRole !== 'billing' && teams.length > 0) {
      // Between 0 and 2 x average teams, uniformly: the mean is the average.
      const count = Math.min(teams.length, Math.floor(random() * (2 * perMember + 1)));
      while (Object.keys(memberTeams).length < count) {
        memberTeams[pick(teams).slug] = random() < explicitRate ? pick<TeamRole>(['contributor', 'admin']) : null;
      }
    }
    const lastActive = lastActiveOf(accounts(), accounts(), asOf);
    const isOdd = accounts() < oddRate && i > 1 && !pending;
    members.push({
      email: `user${String(i).padStart(6, '0')}@example.com`,
      name: `User ${i}`,
      orgRole,
      ...(pending ? { pending: true, expired: random() < 1 / 3 } : { lastActive }),
      teams: memberTeams,
      ...(isOdd ? oddAccount(odd++, i) : {}),
    });
  }
  return {
    organization: { slug: options.slug ?? 'generated', name: 'Generated Org', teamRoles: true },
    teams,
    members,
    tokens: [{ token: GENERATED_OWNER_TOKEN, member: members[0]?.email ?? '' }],
  };
}

/** A small, fast, seedable PRNG (public-domain mulberry32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
