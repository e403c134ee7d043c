/**
 * Team sections that follow a GitHub team, run by the engine against the simulated Sentry and the
 * simulated GitHub, both on loopback: what is read from GitHub (once, beside Sentry), what the
 * plan and an apply make of it, and how a GitHub team that cannot be read stops the run at its
 * line with nothing written.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
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
import { TOKENS, testOrg } from '../sim/org.ts';
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

  it("never invites twice a person from the GitHub team whose invitation is in Sentry's newer invitation model", async () => {
    const fixture = testOrg({ newInviteModel: true });
    const sentry = await start({
      ...fixture,
      members: [...fixture.members, { email: 'octo@acme.com', orgRole: 'member', pending: true, newInviteModel: true }],
    });
    const outcome = await run(sentry, FILE, 'apply');
    const invited = sentry
      .writes()
      .filter((request) => request.method === 'POST')
      .map((request) => (request.body as { email: string }).email);
    expect(invited).toEqual(['erin@acme.com', 'nested@acme.com']);
    expect(planned(outcome).changes.map((change) => change.email)).not.toContain('octo@acme.com');
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

describe('a pull request that stops following a GitHub team that no longer exists', () => {
  it('plans the pull request, and says why its changes and drift are shown together', async () => {
    const sentry = await start();
    const head = FILE.replace('    github-team: acme/backend\n', '    members: [max@acme.com]\n');
    const base = await config(FILE.replace('acme/backend', 'acme/gone'));
    const outcome = await run(sentry, head, 'plan', { base });
    expect(outcome.kind).toBe('planned');
    if (outcome.kind !== 'planned') return;
    expect(outcome.drift).toBeUndefined();
    expect(outcome.plan.warnings).toContainEqual({
      message:
        'the config at the base commit follows the GitHub team acme/gone, which cannot be read: the changes of this pull request and drift are shown together',
    });
  });
});

describe('the command line', () => {
  async function cli(argv: string[], env: NodeJS.ProcessEnv) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      env: { SENTRY_AUTH_TOKEN: TOKENS.owner, GITHUB_API_URL: github.url, ...env },
      cwd: workspace,
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  let workspace: string;
  beforeEach(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'sms-gh-cli-'));
  });

  it('reads the GitHub teams with GITHUB_TOKEN, and says where each change comes from', async () => {
    const sentry = await start();
    await writeFile(path.join(workspace, 'sentry-members.yml'), FILE);
    const result = await cli(['plan', '--sentry-url', sentry.url], { GITHUB_TOKEN: TEAMS_TOKEN });
    expect(result.code).toBe(0);
    expect(result.out).toContain('joins backend as admin (GitHub team acme/backend)');
    expect(result.out).not.toContain(TEAMS_TOKEN);
  });

  it('without GITHUB_TOKEN, stops at the line of the GitHub team, having written nothing', async () => {
    const sentry = await start();
    await writeFile(path.join(workspace, 'sentry-members.yml'), FILE);
    const result = await cli(['apply', '--sentry-url', sentry.url], {});
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'error: sentry-members.yml:13:18: team "backend" follows the GitHub team acme/backend, which cannot be read',
    );
    expect(result.err).toContain('error: sentry-members.yml follows 1 GitHub team that cannot be read (listed above)');
    expect(sentry.writes()).toEqual([]);
  });

  it('export --github-teams: teams whose GitHub team has the same people follow it, and a plan on the export is empty', async () => {
    const sentry = await start();
    const organization = github.organizations.find('acme');
    if (!organization) throw new Error('no organization');
    organization.teams = [];
    organization.saml = [
      { login: 'Olivia-GH', nameId: 'olivia@acme.com' },
      { login: 'max-gh', nameId: 'Max@acme.com' },
      { login: 'pat-gh', nameId: 'pat@acme.com' },
      { login: 'mia-gh', nameId: 'mia@acme.com' },
    ];
    // backend and web have the Sentry team's people (Max maintains web on GitHub, is a contributor in Sentry); ops has another.
    github.addTeam('acme', 'backend', { maintainers: ['Olivia-GH'], members: ['max-gh', 'pat-gh'] });
    github.addTeam('acme', 'web', { maintainers: ['max-gh'], members: ['mia-gh'] });
    github.addTeam('acme', 'ops', { members: ['mia-gh'] });
    const exported = await cli(['export', '--org', 'acme', '--github-teams', 'acme', '--sentry-url', sentry.url], {
      GITHUB_TOKEN: TEAMS_TOKEN,
    });
    expect(exported.code).toBe(0);
    expect(exported.err).toBe(
      'GitHub teams of "acme": 2 teams follow their GitHub team of the same slug; 1 team has no GitHub team of that slug\n  ops does not follow acme/ops: 1 on the Sentry team only, 1 on acme/ops only',
    );
    const text = exported.out;
    expect(text).toContain(
      'people:\n  max-gh: max@acme.com\n  mia-gh: mia@acme.com\n  Olivia-GH: olivia@acme.com\n  pat-gh: pat@acme.com\n',
    );
    expect(text).toContain(
      'teams:\n  backend:\n    github-team: acme/backend\n  web:\n    github-team: acme/web\n    contributors: [max@acme.com]',
    );
    expect(text).toContain('  max@acme.com:\n    role: member\n    teams: []\n');
    await writeFile(path.join(workspace, 'sentry-members.yml'), text);
    const plan = await cli(['plan', '--json', '--sentry-url', sentry.url], { GITHUB_TOKEN: TEAMS_TOKEN });
    const planned = JSON.parse(plan.out).plan as { warnings: { message: string }[] };
    expect(planned).toMatchObject({ changes: [], blocked: [], unchanged: 11 });
    // The test organization's expired invitation aside, nothing to say.
    expect(planned.warnings.map((warning) => warning.message)).toEqual([
      'the invitation of exp@acme.com has expired: it must be re-sent before it can be accepted (missing: invite re-sends it)',
    ]);
    // The same with team sections: the followed ones follow, the others list their people.
    const sections = await cli(
      ['export', '--org', 'acme', '--github-teams', 'acme', '--layout', 'teams', '--sentry-url', sentry.url],
      { GITHUB_TOKEN: TEAMS_TOKEN },
    );
    expect(sections.out).toContain('  backend:\n    github-team: acme/backend\n  ops:\n    members: [ada@acme.com]\n');
    await writeFile(path.join(workspace, 'sentry-members.yml'), sections.out);
    const again = await cli(['plan', '--json', '--sentry-url', sentry.url], { GITHUB_TOKEN: TEAMS_TOKEN });
    expect(JSON.parse(again.out).plan).toMatchObject({ changes: [], blocked: [], unchanged: 11 });
  });

  it('export --github-teams needs GITHUB_TOKEN', async () => {
    const result = await cli(['export', '--org', 'acme', '--github-teams', 'acme'], {});
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^error: --github-teams needs GITHUB_TOKEN: /);
  });
});
