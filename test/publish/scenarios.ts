/**
 * Runs as a reviewer meets them, in memory: an organization and a config (the planner's
 * builders), the outcome the engine would return, and the context the action reads from GitHub.
 * The publication table tests run publish() on these; nothing here talks to a server.
 */
import { ACTION_WORDS } from '../../src/action/inputs.ts';
import type { ApplyResult } from '../../src/apply/apply.ts';
import type { Config } from '../../src/config/model.ts';
import type { OrgState } from '../../src/domain/org-state.ts';
import type { OrgRole } from '../../src/domain/roles.ts';
import type { RunOutcome } from '../../src/engine/run.ts';
import { changeDigest } from '../../src/plan/digest.ts';
import { createPlan } from '../../src/plan/plan.ts';
import type { MemberWrite, Plan } from '../../src/plan/types.ts';
import type { PublishEvent, PublishSettings, RunReport } from '../../src/publish/publication.ts';
import { SentryApiError } from '../../src/sentry/errors.ts';
import { file, organization, rules } from '../plan/builders.ts';

export const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
export const EARLIER = '1a2b3c4d1a2b3c4d1a2b3c4d1a2b3c4d1a2b3c4d';
export const MERGE = '0123456789abcdef0123456789abcdef01234567';
export const RUN = 'https://github.com/acme/infra/actions/runs/4242';
/** 2 Dec 2026, 16:41 UTC: when Sentry was read. */
export const READ_AT = Date.UTC(2026, 11, 2, 16, 41, 24);
/** An earlier run's read, 2 Dec 2026, 16:30 UTC. */
export const EARLIER_READ = Date.UTC(2026, 11, 2, 16, 30, 5);
export const NOW = READ_AT + 3_000;

const repository = { owner: 'acme', repo: 'infra' };
export const PULL_REQUEST: PublishEvent = {
  name: 'pull_request',
  sha: MERGE,
  pullRequest: 7,
  repo: repository,
  runUrl: RUN,
  serverUrl: 'https://github.com',
  headSha: HEAD,
  publicRepository: false,
};
export const PUSH: PublishEvent = { ...PULL_REQUEST, name: 'push', pullRequest: undefined, headSha: undefined };
export const SCHEDULE: PublishEvent = { ...PUSH, name: 'schedule' };

export const SETTINGS: PublishSettings = {
  configDisplayPath: 'sentry-members.yml',
  sentryUrl: new URL('https://sentry.io'),
  comment: true,
  driftIssue: true,
  redact: 'auto',
  configInWorkspace: true,
};

/** The demo's shape: the token's user olivia (owner); a promotion, a demotion, routine updates, an invitation, one unlisted member. */
export function smallOrg(): OrgState {
  return organization(
    { email: 'olivia@acme.com', role: 'owner' },
    {
      'bob@acme.com': ['member', { teams: { web: null }, name: 'Bob Backend' }],
      'dana@acme.com': ['member', { teams: { platform: null }, name: 'Dana Manager' }],
      'erin@acme.com': ['member', { teams: { backend: null, mobile: null }, name: 'Erin' }],
      'frank@acme.com': ['manager', { teams: { web: null }, name: 'Frank' }],
      'mallory@acme.com': ['member', { name: 'Mallory (left the company)' }],
    },
  );
}

export function smallConfig(dana: OrgRole = 'manager'): Config {
  return file(
    {
      'olivia@acme.com': 'owner',
      'bob@acme.com': { role: 'member', teams: ['web', 'backend'] },
      'dana@acme.com': { role: dana, teams: ['platform'] },
      'erin@acme.com': { role: 'member', teams: ['backend'] },
      'frank@acme.com': { role: 'member', teams: ['web'] },
      'ann@acme.com': { role: 'member', teams: ['web'] },
    },
    { unlisted: 'report', missing: 'invite' },
  );
}

/** The small plan, and the changes its base commit's config would make too (drift): bob's and erin's. */
export function smallPlan(): { plan: Plan; drift: ReadonlySet<string>; config: Config; state: OrgState } {
  const state = smallOrg();
  const config = smallConfig();
  const plan = createPlan(config, state, rules());
  const drift = new Set(
    plan.changes.filter((change) => change.email === 'bob@acme.com' || change.email === 'erin@acme.com').map(changeDigest),
  );
  return { plan, drift, config, state };
}

/**
 * A long plan: 240 members join web (routine), 60 unlisted members are removed, and one owner
 * grant is blocked because the token's user (a manager) may not assign owner.
 */
export function longPlan(joining = 240, leaving = 60): { plan: Plan; config: Config; state: OrgState } {
  const joiners = Array.from({ length: joining }, (_, i) => `user${String(i).padStart(4, '0')}@acme.com`);
  const leavers = Array.from({ length: leaving }, (_, i) => `old${String(i).padStart(2, '0')}@acme.com`);
  const state = organization(
    { email: 'mia@acme.com', role: 'manager' },
    {
      'owen@acme.com': 'owner',
      'zoe@acme.com': 'member',
      ...Object.fromEntries(joiners.map((email) => [email, 'member' as const])),
      ...Object.fromEntries(leavers.map((email) => [email, 'member' as const])),
    },
    { teams: { web: {} } },
  );
  const config = file(
    {
      'mia@acme.com': 'manager',
      'owen@acme.com': 'owner',
      'zoe@acme.com': 'owner',
      ...Object.fromEntries(joiners.map((email) => [email, { role: 'member' as const, teams: ['web'] }])),
    },
    { unlisted: 'remove' },
  );
  return { plan: createPlan(config, state, rules()), config, state };
}

/** A plan that removes 8 unlisted members (more than max-removals: 5). */
export function removingPlan(): { plan: Plan; config: Config; state: OrgState } {
  const leavers = Array.from({ length: 8 }, (_, i) => `left${i}@acme.com`);
  const state = organization(
    { email: 'olivia@acme.com', role: 'owner' },
    { 'bob@acme.com': 'member', ...Object.fromEntries(leavers.map((email) => [email, 'member' as const])) },
  );
  const config = file({ 'olivia@acme.com': 'owner', 'bob@acme.com': 'manager' }, { unlisted: 'remove' });
  return { plan: createPlan(config, state, rules()), config, state };
}

export const sentryDown = new SentryApiError(
  'GET',
  '/api/0/organizations/acme/members/?per_page=100',
  503,
  'Service Unavailable',
  {
    hint: () => 'Sentry failed; it was retried: run again later',
  },
);

/** An apply's result: `failing` emails failed (with a Sentry error), the rest applied. */
export function resultOf(plan: Plan, failing: readonly string[] = []): ApplyResult {
  const fails = (change: MemberWrite) => failing.includes(change.email);
  return {
    applied: plan.changes.filter((change) => !fails(change)).map((change) => ({ change })),
    failed: plan.changes.filter(fails).map((change) => ({
      change,
      error: `PUT /api/0/organizations/acme/members/${'memberId' in change ? change.memberId : 'x'}/: HTTP 400: teamRoles: Invalid teams`,
    })),
    deferred: [],
    blocked: plan.blocked,
    skipped: [],
  };
}

/** A report of a run: a pull request's plan by default; `over` replaces any part (undefined removes it). */
export function reportOf(
  outcome: RunReport['outcome'],
  over: { readonly [K in keyof RunReport]?: RunReport[K] | undefined } = {},
): RunReport {
  const report: Record<string, unknown> = {
    mode: 'plan',
    outcome,
    config: smallConfig(),
    warnings: [],
    organization: 'acme',
    settings: SETTINGS,
    event: PULL_REQUEST,
    words: ACTION_WORDS,
    now: NOW,
    planFile: '/runner/temp/sentry-members-sync/plan-acme-sentry-members.yml.json',
    github: { pull: 7, comments: [], failures: [] },
  };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) delete report[key];
    else report[key] = value;
  }
  return report as unknown as RunReport;
}

export function plannedOf(plan: Plan, state: OrgState, extra: Partial<Extract<RunOutcome, { kind: 'planned' }>> = {}) {
  return { kind: 'planned', mode: 'plan', plan, state, readAt: READ_AT, ...extra } as const;
}
