/**
 * Smoke runs of the bundle at Sentry's edges, against the simulated Sentry and GitHub: an
 * adoption past Sentry's daily invitation limit, inactive members in the comment and the drift
 * issue, records that do not fit, and an organization with Sentry's newer invitation model. The
 * rules are tested in test/engine/edges.test.ts; these check that the bundle delivers them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fixture, FixtureMember } from '../../src/sim/fixture.ts';
import { type SimOptions, type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { ROOT, type RunOptions, runOnPullRequest } from '../harness/run-action.ts';

const acme = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const example = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');
const PR = {
  pull_request: { number: 7, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } },
  repository: { default_branch: 'main' },
};
const MAIN = { repository: { default_branch: 'main' } };

let sentry: SimulatedSentry | undefined;
let github: GitHubSim | undefined;
afterEach(async () => {
  await Promise.all([sentry?.close(), github?.close()]);
  sentry = undefined;
  github = undefined;
});

/** The demo organization with `members` more, and its switches. */
async function serve(
  members: readonly FixtureMember[] = [],
  organization: Partial<Fixture['organization']> = {},
  options: SimOptions = {},
) {
  sentry = await startSimulatedSentry(
    { ...acme, organization: { ...acme.organization, ...organization }, members: [...acme.members, ...members] },
    { rateLimit: false, ...options },
  );
  github = await startGitHubSim();
  return { sentry, github };
}

function run(servers: { sentry: SimulatedSentry; github: GitHubSim }, options: Partial<RunOptions> = {}) {
  return runOnPullRequest({ sentry: servers.sentry.url, github: servers.github.url }, PR, options);
}

/** A scheduled run of `file` on the default branch. */
function scheduled(servers: { sentry: SimulatedSentry; github: GitHubSim }, file: string, inputs: Record<string, string>) {
  return run(servers, {
    files: { 'sentry-members.yml': file },
    eventName: 'schedule',
    event: MAIN,
    ref: 'refs/heads/main',
    inputs,
  });
}

const comment = () => github?.comments[0]?.body ?? '';

describe("the bundle at Sentry's edges", () => {
  it("adopting with 150 invitations: sends Sentry's daily 100, makes the rest of the plan, warns and succeeds", async () => {
    const servers = await serve();
    const people = Array.from({ length: 150 }, (_, i) => `  new${i}@acme.com: member\n`).join('');
    const file = example.replace('missing: report', 'missing: invite').replace('members:\n', `members:\n${people}`);
    const planned = await run(servers, { files: { 'sentry-members.yml': file } });
    expect(planned.exitCode).toBe(0);
    expect(comment()).toContain('this plan sends 150 invitations, more than Sentry sends in a day');

    const result = await scheduled(servers, file, { mode: 'apply', 'max-changes': '0' });
    expect(result.exitCode).toBe(0);
    expect(result.of('error')).toEqual([]);
    expect(result.of('warning').map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/^50 invitations not sent: Sentry's daily invitation limit was reached/),
    );
    expect(result.outputs).toMatchObject({ failed: '0' });
    expect(Number(result.outputs.applied)).toBeGreaterThanOrEqual(100);
    expect(result.summary).toMatch(
      /^⚠️ \*\*Partly applied\*\*: \d+ of \d+ changes to acme \(50 invitations deferred to the next run by Sentry's daily limit\)/,
    );
    expect(result.summary).toContain("Deferred to the next run (50), Sentry's daily invitation limit was reached");
    const refused = servers.sentry.requests.filter((request) => request.method === 'POST' && request.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeLessThanOrEqual(4);
  });

  it('inactive-days: the comment and the drift issue list inactive members with the date and line, never-active apart', async () => {
    const servers = await serve([{ email: 'nobody@acme.com', orgRole: 'member', lastActive: null }]);
    const file = example.replace('members:\n', 'members:\n  nobody@acme.com: member\n');
    const planned = await run(servers, { files: { 'sentry-members.yml': file }, inputs: { 'inactive-days': '90' } });
    expect(planned.exitCode).toBe(0);
    expect(comment()).toMatch(/### Inactive for 90 days or more \(\d+\), last activity in Sentry; nothing is removed for it/);
    expect(comment()).toMatch(
      /- alice@acme\.com: last active 2024-01-01 \(\d+ days ago\) · \[line \d+\]\(https:\/\/github\.com\//,
    );
    expect(comment()).toMatch(/### Never active \(1\)[^\n]*\n\n- nobody@acme\.com: never active in Sentry · \[line 21\]/);
    expect(comment()).not.toContain('ivan@acme.com: last active');

    const checked = await scheduled(servers, file, { mode: 'check', 'inactive-days': '90', 'drift-issue': 'true' });
    expect(checked.exitCode).toBe(1);
    expect(servers.github.issues).toHaveLength(1);
    expect(servers.github.issues[0]?.body).toMatch(/Inactive for 90 days or more \(\d+\)/);
    expect(servers.github.issues[0]?.body).toContain('nobody@acme.com: never active in Sentry');
  });

  it('records that do not fit are listed by id and the rest is planned; a public repository does not show their text', async () => {
    const servers = await serve([
      { email: '', username: 'deploy-bot', orgRole: 'member', teams: { backend: null } },
      { email: 'okta|00u1', sso: true, orgRole: 'member' },
    ]);
    const planned = await run(servers);
    expect(planned.exitCode).toBe(0);
    expect(planned.outputs).toMatchObject({ changes: '5' });
    expect(comment()).toContain('### Records that do not fit (2), in Sentry, never compared or written to: fix them in Sentry');
    expect(comment()).toContain('- id 12 (member): no email (empty)');
    expect(comment()).toContain('- id 13 (member): its email "okta\\|00u1" is not an address');
    const plan = JSON.parse(planned.planJson ?? '{}');
    expect(plan.unfit.map((record: { id: string }) => record.id)).toEqual(['12', '13']);

    const open = await run(servers, { visibility: 'public' });
    expect(open.exitCode).toBe(0);
    expect(comment()).toContain('- id 13 (member): its email is not an address');
    expect(comment()).not.toContain('okta');
  });

  it("an organization with Sentry's newer invitation model: said plainly, and nobody invited twice", async () => {
    const servers = await serve([{ email: 'nina@acme.com', orgRole: 'member', pending: true, newInviteModel: true }], {
      newInviteModel: true,
    });
    const file = example
      .replace('missing: report', 'missing: invite')
      .replace('members:\n', 'members:\n  nina@acme.com: member\n');
    const planned = await run(servers, { files: { 'sentry-members.yml': file } });
    expect(planned.exitCode).toBe(0);
    expect(comment()).toContain(
      "> This organization keeps pending invitations in Sentry's newer invitation model, outside its member list: 1 invitation was read from /invited-members/ and matched to the file, so nobody is invited twice.",
    );
    expect(comment()).toContain('nina@acme.com (member, pending invitation 1): as the file says');
    const applied = await scheduled(servers, file, { mode: 'apply' });
    expect(applied.exitCode).toBe(0);
    expect(servers.sentry.writes().filter((request) => request.method === 'POST')).toEqual([]);
  });
});
