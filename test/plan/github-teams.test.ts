/**
 * Sections that follow a GitHub team, planned: the rosters as the run read them are an input of
 * the plan (plan/github-teams.ts), like the observed organization. No server here: reading
 * GitHub is test/engine/github-teams.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/load.ts';
import { type Config, formatProblem } from '../../src/config/model.ts';
import type { GitHubRosters, SamlEmails } from '../../src/domain/github-teams.ts';
import type { OrgRole } from '../../src/domain/roles.ts';
import { followGitHubTeams } from '../../src/plan/github-teams.ts';
import { createPlan } from '../../src/plan/plan.ts';
import type { MemberWrite, Plan } from '../../src/plan/types.ts';
import { changeDetails } from '../../src/render/review.ts';
import { workspaceWith } from '../harness/workspace.ts';
import { organization, rules } from './builders.ts';

const OWNER = { email: 'olivia@acme.com', role: 'owner' as OrgRole };

async function config(text: string): Promise<Config> {
  const result = await parseConfig(text, 'sentry-members.yml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.config;
}

/** GitHub teams by `org/team`: `@login` a maintainer, `login` a member; SAML identities by organization. */
function rosters(teams: Record<string, readonly string[]>, saml: Record<string, SamlEmails | Record<string, string>> = {}) {
  return {
    teams: new Map(
      Object.entries(teams).map(([key, logins]) => [
        key.toLowerCase(),
        logins.map((login) => ({ login: login.replace(/^@/, ''), maintainer: login.startsWith('@') })),
      ]),
    ),
    saml: new Map(
      Object.entries(saml).map(([org, value]) => [
        org.toLowerCase(),
        'kind' in value ? (value as SamlEmails) : { kind: 'read' as const, emails: new Map(Object.entries(value)) },
      ]),
    ),
  } satisfies GitHubRosters;
}

function planOf(file: Config, read: GitHubRosters, state = organization(OWNER)) {
  const followed = followGitHubTeams(file, read, state);
  return { plan: createPlan(followed.config, state, rules()), warnings: followed.warnings, config: followed.config };
}

/** Each change as a reviewer reads it: who, what kind, and its lines. */
function read(plan: Plan) {
  return plan.changes.map((change: MemberWrite) => [change.kind, change.email, ...changeDetails(change)]);
}

const HEAD = `organization: acme
missing: invite
people:
  octocat: octo@acme.com
  Erin-Lead: erin@acme.com
members:
  olivia@acme.com: owner
teams:
  backend:
    github-team: acme/backend
`;

describe('a section that follows a GitHub team', () => {
  it('puts maintainers on the team as admin and members with no explicit role, naming the GitHub team', async () => {
    const { plan, warnings } = planOf(await config(HEAD), rosters({ 'acme/backend': ['@erin-lead', 'OctoCat'] }));
    expect(warnings).toEqual([]);
    expect(read(plan)).toEqual([
      ['invite', 'erin@acme.com', 'invited as member', 'joins backend as admin (GitHub team acme/backend)'],
      ['invite', 'octo@acme.com', 'invited as member', 'joins backend (GitHub team acme/backend)'],
    ]);
    expect(plan.changes[1]).toMatchObject({
      kind: 'invite',
      orgRole: 'member',
      teamRoles: [{ teamSlug: 'backend', role: null }],
      fromGitHub: { backend: 'acme/backend' },
      // People who are not under members come from the section's github-team line.
      line: 10,
    });
  });

  it('matches logins to people without case, both ways', async () => {
    const file = await config(HEAD.replace('  octocat: octo@acme.com', '  OCTOCAT: octo@acme.com'));
    const { plan, warnings } = planOf(file, rosters({ 'acme/backend': ['octoCat', '@ERIN-lead'] }));
    expect(warnings).toEqual([]);
    expect(plan.changes.map((change) => change.email)).toEqual(['octo@acme.com', 'erin@acme.com']);
  });

  it('takes an email from the SAML identity when people has none; people wins over SAML', async () => {
    const { plan, warnings } = planOf(
      await config(HEAD),
      rosters(
        { 'acme/backend': ['octocat', 'saml-user'] },
        { acme: { 'saml-user': 'saml.user@acme.com', octocat: 'other@acme.com' } },
      ),
    );
    expect(warnings).toEqual([]);
    expect(plan.changes.map((change) => change.email)).toEqual(['octo@acme.com', 'saml.user@acme.com']);
  });

  it('warns about logins without an email, naming them, and leaves them out: never invited', async () => {
    const { plan, warnings } = planOf(
      await config(HEAD),
      rosters(
        { 'acme/backend': ['octocat', 'ghost', 'Zed'] },
        { acme: { kind: 'none', detail: 'GitHub shows no SAML identity provider for acme', permitted: true } },
      ),
    );
    expect(plan.changes.map((change) => change.email)).toEqual(['octo@acme.com']);
    expect(warnings).toEqual([
      {
        message:
          '2 members of acme/backend have no email: ghost, Zed; add them under people (login: email). Until then they are left out: never invited, nor put on the team',
        line: 10,
        file: 'sentry-members.yml',
      },
    ]);
  });

  it('says why SAML identities did not help when the token may not read them', async () => {
    const { warnings } = planOf(
      await config(HEAD),
      rosters({ 'acme/backend': ['ghost'] }, { acme: { kind: 'none', detail: 'GitHub refuses to show them', permitted: false } }),
    );
    expect(warnings.map((warning) => warning.message)).toEqual([
      '1 member of acme/backend has no email: ghost; add them under people (login: email), or let github-teams-token read the SAML identities of acme (GitHub refuses to show them). Until then they are left out: never invited, nor put on the team',
    ]);
  });

  it('lists people who are not under members with the org role member: missing: report reports them', async () => {
    const { plan } = planOf(
      await config(HEAD.replace('missing: invite', 'missing: report')),
      rosters({ 'acme/backend': ['octocat'] }),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.missing).toEqual([{ email: 'octo@acme.com', orgRole: 'member', line: 10 }]);
  });

  it('takes the org role from members when the person is there, and joins them to the team', async () => {
    const file = await config(HEAD.replace('members:\n', 'members:\n  octo@acme.com: manager\n'));
    const state = organization(OWNER, { 'octo@acme.com': 'manager' });
    const { plan } = planOf(file, rosters({ 'acme/backend': ['octocat'] }), state);
    expect(read(plan)).toEqual([['update', 'octo@acme.com', 'joins backend as admin (GitHub team acme/backend)']]);
  });

  it('takes people off the team who are not on the GitHub team, saying where that comes from', async () => {
    const state = organization(OWNER, {
      'max@acme.com': ['member', { teams: { backend: null } }],
      'octo@acme.com': ['member', { teams: { backend: null } }],
    });
    const { plan } = planOf(await config(HEAD), rosters({ 'acme/backend': ['octocat'] }), state);
    expect(read(plan)).toEqual([['update', 'max@acme.com', 'leaves backend (GitHub team acme/backend)']]);
  });

  it('with unlisted: remove, never removes a person who is on the GitHub team; removes the others', async () => {
    const state = organization(OWNER, {
      'octo@acme.com': ['member', { teams: { backend: null } }],
      'max@acme.com': 'member',
    });
    const { plan } = planOf(
      await config(HEAD.replace('missing: invite', 'unlisted: remove')),
      rosters({ 'acme/backend': ['octocat'] }),
      state,
    );
    expect(plan.changes.map((change) => [change.kind, change.email])).toEqual([['remove', 'max@acme.com']]);
    expect(plan.unchanged).toBe(2);
  });

  describe("in a team's file (a config of several files), it stays in the team's lane", () => {
    const ORG_FILE = `organization: acme
missing: invite
unlisted: remove
people:
  octocat: octo@acme.com
  boss: boss@acme.com
  newbie: new@acme.com
members:
  olivia@acme.com: owner
`;
    const TEAM_FILE = `teams:
  backend:
    github-team: acme/backend
`;
    async function several(): Promise<Config> {
      const root = await workspaceWith({ 'sentry/org.yml': ORG_FILE, 'sentry/teams/backend.yml': TEAM_FILE });
      const result = await loadConfig('sentry', root);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      return result.config;
    }

    it('invites nobody: people not in the organization are left off, named in a warning on the github-team line', async () => {
      const { plan, warnings } = planOf(await several(), rosters({ 'acme/backend': ['octocat', 'newbie'] }));
      expect(plan.changes).toEqual([]);
      expect(plan.missing).toEqual([]);
      expect(warnings).toEqual([
        {
          message: expect.stringMatching(
            /^2 members of acme\/backend are not in the Sentry organization: new@acme.com, octo@acme.com\. A team's file adds nobody to the organization; list them under members in sentry\/org.yml to invite them/,
          ),
          line: 3,
          file: 'sentry/teams/backend.yml',
        },
      ]);
    });

    it('changes no org role: an owner on the GitHub team stays owner and joins the team; nobody on it is removed', async () => {
      const state = organization(OWNER, { 'boss@acme.com': 'owner', 'octo@acme.com': 'member', 'max@acme.com': 'member' });
      const { plan } = planOf(await several(), rosters({ 'acme/backend': ['@boss', 'octocat'] }), state);
      expect(read(plan)).toEqual([
        ['update', 'boss@acme.com', 'joins backend as admin (GitHub team acme/backend)'],
        ['update', 'octo@acme.com', 'joins backend as contributor (GitHub team acme/backend)'],
        ['remove', 'max@acme.com', expect.anything()],
      ]);
    });

    it('invites from the org file as before: the same GitHub team followed there adds people as members', async () => {
      const root = await workspaceWith({ 'sentry/org.yml': `${ORG_FILE}${TEAM_FILE}` });
      const result = await loadConfig('sentry', root);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      const { plan } = planOf(result.config, rosters({ 'acme/backend': ['newbie'] }));
      expect(plan.changes.map((change) => [change.kind, change.email])).toEqual([['invite', 'new@acme.com']]);
    });
  });

  it('lets explicit entries win for the people they name: in the section, and in a member entry', async () => {
    const file = await config(
      `${HEAD.replace(
        'members:\n',
        'members:\n  erin@acme.com: {role: member, teams: {backend: contributor}}\n  octo@acme.com: member\n',
      )}    admins: [octo@acme.com]\n`,
    );
    const state = organization(OWNER, { 'erin@acme.com': 'member', 'octo@acme.com': 'member' });
    const { plan } = planOf(file, rosters({ 'acme/backend': ['@erin-lead', 'octocat'] }), state);
    // The file names both: their roles are the file's, and the change comes from the file, not from GitHub.
    expect(read(plan)).toEqual([
      ['update', 'erin@acme.com', 'joins backend as contributor'],
      ['update', 'octo@acme.com', 'joins backend as admin'],
    ]);
  });

  it('leaves ignored emails untouched and billing members off the team, with a warning', async () => {
    const file = await config(`${HEAD.replace('members:\n', 'ignore: [octo@acme.com]\nmembers:\n  erin@acme.com: billing\n')}`);
    const state = organization(OWNER, { 'octo@acme.com': 'member', 'erin@acme.com': 'billing' });
    const { plan, warnings } = planOf(file, rosters({ 'acme/backend': ['octocat', '@Erin-Lead'] }), state);
    expect(plan.changes).toEqual([]);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'erin@acme.com (GitHub Erin-Lead, on acme/backend) is a billing member (line 8), who cannot be on teams: left off team "backend"',
    ]);
  });

  it('gives maintainers no explicit role where the organization has no team roles', async () => {
    const state = organization(OWNER, {}, { teamRoles: false });
    const { plan } = planOf(await config(HEAD), rosters({ 'acme/backend': ['@erin-lead'] }), state);
    expect(plan.changes).toMatchObject([{ kind: 'invite', teamRoles: [{ teamSlug: 'backend', role: null }] }]);
  });

  it('takes the higher role of two logins of one person', async () => {
    const file = await config(HEAD.replace('  octocat: octo@acme.com', '  octocat: octo@acme.com\n  octo-work: octo@acme.com'));
    const { plan } = planOf(file, rosters({ 'acme/backend': ['octocat', '@octo-work'] }));
    expect(plan.changes).toMatchObject([{ email: 'octo@acme.com', teamRoles: [{ teamSlug: 'backend', role: 'admin' }] }]);
  });

  it('is empty once Sentry has the GitHub team on the Sentry team', async () => {
    const state = organization(OWNER, {
      'octo@acme.com': ['member', { teams: { backend: null } }],
      'erin@acme.com': ['member', { teams: { backend: 'admin' } }],
    });
    const { plan, warnings } = planOf(await config(HEAD), rosters({ 'acme/backend': ['octocat', '@Erin-Lead'] }), state);
    expect({ changes: plan.changes, warnings }).toEqual({ changes: [], warnings: [] });
  });
});
