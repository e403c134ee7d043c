/**
 * The action with team sections that follow GitHub teams, in process (its shell, then what it
 * publishes), against the simulated Sentry and the simulated GitHub on loopback: which token reads
 * the teams, a pull request whose GitHub team changed after its base commit, and a GitHub team
 * that cannot be read, annotated at its line with nothing written.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/action/event.ts';
import { readSettings } from '../../src/action/inputs.ts';
import { runSentryMode } from '../../src/action/sentry-modes.ts';
import type { SentryMode } from '../../src/engine/run.ts';
import { validateConfig } from '../../src/engine/validate.ts';
import { publish } from '../../src/publish/publication.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { TEAMS_TOKEN } from '../github-sim/client.ts';
import { conformanceErrors } from '../github-sim/openapi.ts';
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { TOKENS, testOrg } from '../sim/org.ts';

const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const BASE = 'baseba5ebaseba5ebaseba5ebaseba5ebaseba5e';
const REPO_TOKEN = 'ghs_repository_token_of_the_workflow_run';

/** The test organization, backend following acme/backend (line 13). */
const FILE = `organization: acme
unlisted: ignore
missing: invite
people:
  OctoCat: octo@acme.com
  max-gh: max@acme.com
  olivia-gh: olivia@acme.com
members:
  olivia@acme.com: owner
  max@acme.com: member
teams:
  backend:
    github-team: acme/backend
`;

let sentry: SimulatedSentry;
let github: GitHubSim;
beforeEach(async () => {
  sentry = await startSimulatedSentry(testOrg(), { rateLimit: false });
  github = await startGitHubSim();
  github.tokens.set(TEAMS_TOKEN, { login: 'members-reader[bot]', kind: 'app', orgs: ['acme'] });
  github.addOrganization('acme');
  github.addTeam('acme', 'backend', { maintainers: ['olivia-gh'], members: ['max-gh'] });
});
afterEach(async () => {
  expect(conformanceErrors(github.requests)).toEqual([]);
  await Promise.all([sentry.close(), github.close()]);
});

const event: RunEvent = {
  name: 'pull_request',
  ref: 'refs/pull/7/merge',
  sha: '0123456789abcdef0123456789abcdef01234567',
  defaultBranch: 'main',
  pullRequest: 7,
  repo: { owner: 'acme', repo: 'infra' },
  runUrl: 'https://github.com/acme/infra/actions/runs/4242',
  serverUrl: 'https://github.com',
  headSha: HEAD,
  baseSha: BASE,
  publicRepository: false,
};

async function run(mode: SentryMode, file: string, inputs: Record<string, string> = {}) {
  const workspace = await mkdtemp(path.join(tmpdir(), 'sms-gh-teams-'));
  await writeFile(path.join(workspace, 'sentry-members.yml'), file);
  const given: Record<string, string> = {
    'sentry-url': sentry.url,
    'sentry-token': TOKENS.owner,
    'github-token': REPO_TOKEN,
    'github-teams-token': TEAMS_TOKEN,
    ...inputs,
  };
  const settings = readSettings((name) => given[name] ?? '', { GITHUB_WORKSPACE: workspace });
  const validated = await validateConfig(settings.configDisplayPath, workspace);
  const { report } = await runSentryMode(mode, { ...settings, sentryToken: TOKENS.owner }, event, validated, {
    debug: () => {},
    clock: () => Date.UTC(2026, 11, 2, 16, 41, 0),
    env: { RUNNER_TEMP: workspace, GITHUB_API_URL: github.url },
  });
  return { report, published: publish(report) };
}

const comment = (published: ReturnType<typeof publish>) => {
  const [write] = published.github;
  if (write?.kind !== 'comment') throw new Error('no comment');
  return write.body;
};

describe('github-teams-token', () => {
  it('reads the teams; github-token reads the repository', async () => {
    github.files.set(`${BASE}:sentry-members.yml`, FILE);
    await run('plan', FILE);
    const byToken = (token: string) => github.requestsBy(token).map((request) => request.path.split('?')[0]);
    expect(new Set(byToken(TEAMS_TOKEN))).toEqual(new Set(['/orgs/acme/teams/backend/members']));
    expect(byToken(REPO_TOKEN)).not.toContain('/orgs/acme/teams/backend/members');
  });

  it('is github-token when empty: GITHUB_TOKEN may not read teams, and the plan says so at the line', async () => {
    const { report, published } = await run('plan', FILE, { 'github-teams-token': '' });
    expect(report.outcome.kind).toBe('github-teams');
    expect(published.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'sentry-members.yml', line: 13, column: 18 }),
    );
    const annotation = published.annotations.find((item) => item.line === 13);
    expect(annotation?.message).toContain('github-teams-token needs organization members read access');
    expect(annotation?.message).not.toContain(REPO_TOKEN);
    expect(published.failures).toEqual([
      "sentry-members.yml follows 1 GitHub team that cannot be read (listed above and in the job summary): nothing was written. Check each team's name and that the token may read it, then push again",
    ]);
    expect(comment(published)).toContain('follows 1 GitHub team that cannot be read');
    expect(sentry.writes()).toEqual([]);
  });
});

describe('a pull request', () => {
  it('names the GitHub team of each change, and shows what changed on GitHub after the base commit as drift', async () => {
    // At the base commit backend already followed acme/backend; since then OctoCat joined it on GitHub.
    github.files.set(`${BASE}:sentry-members.yml`, FILE);
    github.organizations.find('acme')?.teams[0]?.members.push({ login: 'OctoCat', role: 'member', state: 'active' });
    const head = FILE.replace(
      '  max@acme.com: member\n',
      '  max@acme.com: member\n  mia@acme.com: {role: manager, teams: [web, ops]}\n',
    );
    const { report, published } = await run('plan', head);
    expect(report.outcome.kind).toBe('planned');
    const body = comment(published);
    const [fromPull, drift] = (body.split('### From this pull request')[1] ?? '').split('Already different in Sentry (drift)');
    expect(fromPull).toContain('mia@acme.com');
    expect(fromPull).not.toContain('octo@acme.com');
    expect(drift).toContain('octo@acme.com');
    expect(drift).toContain('joins backend (GitHub team acme/backend)');
  });
});
