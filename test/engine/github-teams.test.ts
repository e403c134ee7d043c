/**
 * Team sections that follow a GitHub team, run by the engine against the simulated Sentry and the
 * simulated GitHub, both on loopback: what is read from GitHub (once, beside Sentry), what the
 * plan and an apply make of it, and how a GitHub team that cannot be read stops the run at its
 * line with nothing written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/model.ts';
import { type RunOutcome, runSentry, type SentryMode } from '../../src/engine/run.ts';
import { createGitHubTeamReads, type GitHubTeamReads } from '../../src/github/reads.ts';
import { changeDigest } from '../../src/plan/digest.ts';
import type { MemberWrite } from '../../src/plan/types.ts';
import { changeDetails } from '../../src/render/review.ts';
import type { SimulatedSentry } from '../../src/sim/server.ts';
import { TEAMS_TOKEN } from '../github-sim/client.ts';
import { conformanceErrors } from '../github-sim/openapi.ts';
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { rules } from '../plan/builders.ts';
import { testOrg } from '../sim/org.ts';
import { clientFor, config, simulations, snapshot } from './helpers.ts';

const start = simulations();
let github: GitHubSim;

beforeEach(async () => {
  github = await startGitHubSim();
  github.tokens.set(TEAMS_TOKEN, { login: 'members-reader[bot]', kind: 'app', orgs: ['acme'] });
  github.addOrganization('acme');
  // Erin leads backend; Octo is on it; Nested is on db, a child team of backend.
  github.addTeam('acme', 'backend', { maintainers: ['Erin-Lead'], members: ['OctoCat'] });
  github.addTeam('acme', 'db', { parent: 'backend', maintainers: ['Nested'] });
});
afterEach(async () => {
  expect(conformanceErrors(github.requests)).toEqual([]);
  await github.close();
});

/** The test organization's members as a file lists them, and backend following acme/backend. */
const FILE = `organization: acme
unlisted: ignore
missing: invite
people:
  octocat: octo@acme.com
  erin-lead: erin@acme.com
  nested: nested@acme.com
members:
  olivia@acme.com: owner
  max@acme.com: member
teams:
  backend:
    github-team: acme/backend
`;

function reads(token = TEAMS_TOKEN): GitHubTeamReads {
  return createGitHubTeamReads({ token, baseUrl: github.url, retryBaseMs: 10 });
}

async function run(
  sentry: SimulatedSentry,
  text: string,
  mode: SentryMode,
  options: { github?: GitHubTeamReads | null; base?: Config } = {},
): Promise<RunOutcome> {
  const client = clientFor(sentry);
  try {
    return await runSentry(client, {
      mode,
      config: await config(text),
      warnings: [],
      organization: 'acme',
      guards: { maxChanges: 0, maxRemovals: 0 },
      options: rules(),
      ...(options.github === null ? {} : { github: options.github ?? reads() }),
      ...(options.base ? { base: options.base } : {}),
    });
  } finally {
    await client.close();
  }
}

function planned(outcome: RunOutcome) {
  if (outcome.kind !== 'planned' && outcome.kind !== 'applied')
    throw new Error(`expected a plan, got ${JSON.stringify(outcome)}`);
  return outcome.plan;
}

/** Each change as a reviewer reads it. */
const read = (outcome: RunOutcome) =>
  planned(outcome).changes.map((change) => [change.kind, change.email, ...changeDetails(change)]);

describe('a plan that follows a GitHub team', () => {
  it('puts the GitHub team on the Sentry team: maintainers as admin, child teams included as members', async () => {
    const sentry = await start();
    const outcome = await run(sentry, FILE, 'plan');
    expect(read(outcome)).toEqual([
      ['update', 'olivia@acme.com', 'leaves backend (GitHub team acme/backend)'],
      ['update', 'max@acme.com', 'leaves backend (GitHub team acme/backend)'],
      ['invite', 'erin@acme.com', 'invited as member', 'joins backend as admin (GitHub team acme/backend)'],
      ['invite', 'octo@acme.com', 'invited as member', 'joins backend (GitHub team acme/backend)'],
      // A child team's maintainer is a member of the parent team, as GitHub lists them.
      ['invite', 'nested@acme.com', 'invited as member', 'joins backend (GitHub team acme/backend)'],
      // Not in the file: off the team all the same (a section manages the whole roster).
      ['update', 'pat@acme.com', 'leaves backend (GitHub team acme/backend)'],
    ]);
  });

  it('reads GitHub once, beside Sentry: one page of members and one of maintainers, no SAML when people maps everyone', async () => {
    const sentry = await start(testOrg(), { rateLimit: false, latencyMs: 20 });
    let sentryBefore: number | undefined;
    const teams = reads();
    const counting: GitHubTeamReads = {
      ...teams,
      teamMembers: (org, team) => {
        sentryBefore ??= sentry.requests.length;
        return teams.teamMembers(org, team);
      },
    };
    await run(sentry, FILE, 'plan', { github: counting });
    expect(github.requests.map((request) => request.path)).toEqual([
      '/orgs/acme/teams/backend/members?role=all&per_page=100&page=1',
      '/orgs/acme/teams/backend/members?role=maintainer&per_page=100&page=1',
    ]);
    expect(github.requests.every((request) => request.token === TEAMS_TOKEN)).toBe(true);
    // GitHub was asked before Sentry had answered the first of its reads.
    expect(sentryBefore).toBeLessThan(sentry.requests.length);
  });

  it('sends nothing to GitHub when no section follows a GitHub team', async () => {
    const sentry = await start();
    await run(sentry, FILE.replace('    github-team: acme/backend\n', '    members: [max@acme.com]\n'), 'plan');
    expect(github.requests).toEqual([]);
  });

  it("uses the organization's SAML identities for logins people does not map, and reads them only then", async () => {
    const organization = github.organizations.find('acme');
    if (organization) organization.saml = [{ login: 'Nested', nameId: 'Nested.Person@acme.com' }, { nameId: 'x@acme.com' }];
    const sentry = await start();
    const outcome = await run(sentry, FILE.replace('  nested: nested@acme.com\n', ''), 'plan');
    expect(planned(outcome).changes.map((change) => change.email)).toContain('nested.person@acme.com');
    expect(planned(outcome).warnings).toEqual([]);
    expect(github.requests.filter((request) => request.path === '/graphql')).toHaveLength(1);
  });

  it('goes on without SAML when the organization has none: the login without an email is warned about, never invited', async () => {
    const sentry = await start();
    const outcome = await run(sentry, FILE.replace('  nested: nested@acme.com\n', ''), 'plan');
    const plan = planned(outcome);
    expect(plan.changes.map((change) => change.email)).not.toContain('nested@acme.com');
    expect(plan.warnings).toEqual([
      {
        message:
          '1 member of acme/backend has no email: Nested; add them under people (login: email). Until then they are left out: never invited, nor put on the team',
        line: 12,
        file: 'sentry-members.yml',
      },
    ]);
  });

  it('converges: an apply invites and moves people, and the next plan is empty', async () => {
    const sentry = await start();
    const applied = await run(sentry, FILE, 'apply');
    expect(applied.kind === 'applied' && applied.result.failed).toEqual([]);
    expect(snapshot(sentry)['max@acme.com']?.teams).toEqual({ web: 'contributor' });
    expect(planned(await run(sentry, FILE, 'plan')).changes).toEqual([]);
  });

  it('with unlisted: remove, never removes a person who is on the followed GitHub team', async () => {
    const sentry = await start();
    github.addTeam('acme', 'admins', { members: ['mia-gh'] });
    const file = `${FILE.replace('unlisted: ignore', 'unlisted: remove').replace('  nested: nested@acme.com\n', '  nested: nested@acme.com\n  mia-gh: MIA@acme.com\n')}  web:\n    github-team: acme/admins\n`;
    const plan = planned(await run(sentry, file, 'plan'));
    const removed = plan.changes.filter((change) => change.kind === 'remove').map((change) => change.email);
    expect(removed).not.toContain('mia@acme.com');
    expect(removed).toContain('ada@acme.com');
  });
});

describe('a GitHub team that cannot be read is a config error at its line, and nothing is written', () => {
  it.each([
    [
      'a team that does not exist',
      () => FILE.replace('acme/backend', 'acme/frontend'),
      () => reads(),
      /^team "backend" follows the GitHub team acme\/frontend, which cannot be read, so nothing was planned or written: GET \/orgs\/acme\/teams\/frontend\/members\?role=all&per_page=100&page=1: HTTP 404: Not Found \(GitHub team acme\/frontend does not exist, or github-teams-token cannot see it/,
    ],
    [
      'a token that may not read teams (GITHUB_TOKEN)',
      () => FILE,
      () => reads('ghs_repository_token_of_the_workflow_run'),
      /HTTP 403: Resource not accessible by integration \(the token cannot read GitHub team acme\/backend: github-teams-token needs organization members read access/,
    ],
    [
      'no GitHub token at all',
      () => FILE,
      () => null,
      /which cannot be read, so nothing was planned or written: no GitHub token to read it with: give one with organization members read access \(input github-teams-token in the action, GITHUB_TOKEN on the command line\)$/,
    ],
  ])('%s', async (_name, text, client, message) => {
    const sentry = await start();
    const outcome = await run(sentry, text(), 'apply', { github: client() });
    expect(outcome.kind).toBe('github-teams');
    if (outcome.kind !== 'github-teams') return;
    expect(outcome.teams).toBe(1);
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]).toMatchObject({ severity: 'error', file: 'sentry-members.yml', line: 13, column: 18 });
    expect(outcome.problems[0]?.message).toMatch(message);
    expect(sentry.writes()).toEqual([]);
  });

  it('a SAML read that fails (GitHub is down) stops the run too: people would be left out and taken off their team', async () => {
    const organization = github.organizations.find('acme');
    if (organization) organization.saml = [{ login: 'Nested', nameId: 'nested@acme.com' }];
    github.inject({ method: 'POST', path: /^\/graphql$/, status: 502 });
    const sentry = await start();
    const outcome = await run(sentry, FILE.replace('  nested: nested@acme.com\n', ''), 'apply');
    expect(outcome).toMatchObject({ kind: 'github-teams', teams: 1 });
    expect(outcome.kind === 'github-teams' && outcome.problems[0]?.message).toContain(
      'the SAML identities of acme cannot be read',
    );
    expect(sentry.writes()).toEqual([]);
  });
});

describe('a pull request whose GitHub team changed after the base commit', () => {
  it('shows what changed on GitHub as drift (the base commit follows the same team), and its own change apart', async () => {
    const sentry = await start();
    const followed = FILE.replace('  nested: nested@acme.com\n', '  nested: nested@acme.com\n  dev: dev@acme.com\n');
    // After the base commit, Dev joined acme/backend on GitHub; the pull request gives ada the web team.
    github.organizations
      .find('acme')
      ?.teams.find((team) => team.slug === 'backend')
      ?.members.push({
        login: 'dev',
        role: 'member',
        state: 'active',
      });
    const head = followed.replace(
      '  max@acme.com: member\n',
      '  max@acme.com: member\n  ada@acme.com: {role: admin, teams: [ops, web]}\n',
    );
    const outcome = await run(sentry, head, 'plan', { base: await config(followed) });
    if (outcome.kind !== 'planned' || !outcome.drift) throw new Error('expected a plan with drift');
    const drift = outcome.drift;
    const isDrift = (change: MemberWrite) => drift.has(changeDigest(change));
    expect(outcome.plan.changes.filter((change) => !isDrift(change)).map((change) => change.email)).toEqual(['ada@acme.com']);
    expect(outcome.plan.changes.filter(isDrift).map((change) => change.email)).toContain('dev@acme.com');
    expect(github.requests.filter((request) => request.path.includes('/teams/backend/members?role=all'))).toHaveLength(1);
  });
});
