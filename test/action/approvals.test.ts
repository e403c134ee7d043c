/**
 * Privileged changes need a second person (docs/behaviour.md, section 12), through the action's
 * shell in process, against the simulated Sentry and the simulated GitHub on loopback: for every
 * kind of run and every kind of review, whether the grant of manager to dana is made, while the
 * other changes of the same plan are made as usual.
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
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { DEMO_TOKEN } from '../harness/run-action.ts';
import {
  approvalsOnGitHub,
  EARLIER,
  example,
  fixture,
  HEAD,
  MERGE,
  TEAMS_TOKEN,
  user,
  withApprovals,
} from './approvals-setup.ts';

let sentry: SimulatedSentry;
let github: GitHubSim;
beforeEach(async () => {
  sentry = await startSimulatedSentry(fixture);
  github = await startGitHubSim();
  approvalsOnGitHub(github);
});
afterEach(async () => {
  await Promise.all([sentry.close(), github.close()]);
});

const event = (over: Partial<RunEvent> = {}): RunEvent => ({
  name: 'push',
  ref: 'refs/heads/main',
  sha: MERGE,
  defaultBranch: 'main',
  pullRequest: undefined,
  repo: { owner: 'acme', repo: 'infra' },
  runUrl: 'https://github.com/acme/infra/actions/runs/4242',
  serverUrl: 'https://github.com',
  headSha: undefined,
  baseSha: undefined,
  publicRepository: false,
  ...over,
});
const pullRequest = event({ name: 'pull_request', ref: 'refs/pull/7/merge', pullRequest: 7, headSha: HEAD });

async function run(mode: SentryMode, runEvent: RunEvent, options: { text?: string; inputs?: Record<string, string> } = {}) {
  const workspace = await mkdtemp(path.join(tmpdir(), 'sms-approvals-'));
  await writeFile(path.join(workspace, 'sentry-members.yml'), options.text ?? withApprovals);
  const inputs: Record<string, string> = {
    'sentry-url': sentry.url,
    'sentry-token': DEMO_TOKEN,
    'github-token': 'ghs_fake_github_token',
    'github-teams-token': TEAMS_TOKEN,
    ...options.inputs,
  };
  const settings = readSettings((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: workspace });
  const validated = await validateConfig(settings.configDisplayPath, workspace);
  const { report } = await runSentryMode(mode, { ...settings, sentryToken: DEMO_TOKEN }, runEvent, validated, {
    debug: () => {},
    clock: () => Date.UTC(2026, 11, 2, 16, 41, 0),
    env: { RUNNER_TEMP: workspace, GITHUB_API_URL: github.url },
  });
  return { report, published: publish(report) };
}

const roleOf = (email: string) => sentry.org.findByEmail(email)?.orgRole;
/** The other changes of the plan were made: frank demoted, erin's team role, grace off web. */
function othersMade() {
  expect(roleOf('frank@acme.com')).toBe('member');
  expect(sentry.writes().filter((r) => r.method === 'PUT').length).toBeGreaterThanOrEqual(4);
}
/** The grant was not made, and the step fails saying why, with what to do. */
function grantBlocked(published: ReturnType<typeof publish>, why: RegExp) {
  expect(roleOf('dana@acme.com')).toBe('member');
  const blocked = published.annotations.find((a) => a.title === 'sentry-members-sync: blocked change');
  expect(blocked?.message).toMatch(
    /^update dana@acme\.com .*is blocked: grant of manager to dana@acme\.com needs an approval from one of: octocat, acme\/sentry-admins on the merged pull request; /,
  );
  expect(blocked?.message).toMatch(why);
  expect(published.failures).toContain(
    '1 owner or manager grant cannot be made without an approval (blocked, listed above and in the job summary): merge a pull request that one of the approvers in approvals.privileged, not its author, approves on its final head commit; the other changes were made',
  );
}
const merged = () => github.merge(7, MERGE);

describe('an apply on the merge of a pull request', () => {
  it('makes the grant when a listed person approved the final head commit', async () => {
    merged();
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
    const { report, published } = await run('apply', event());
    expect(report.outcome.kind).toBe('applied');
    expect(roleOf('dana@acme.com')).toBe('manager');
    othersMade();
    expect(published.failures).toEqual([]);
    expect(published.log.join('\n')).toContain('approved by octocat on pull request #7');
  });

  it('makes it when an active member of a listed team approved (read with github-teams-token)', async () => {
    merged();
    github.review(7, { user: user('sam'), state: 'APPROVED' });
    const { published } = await run('apply', event());
    expect(roleOf('dana@acme.com')).toBe('manager');
    expect(published.log.join('\n')).toContain('approved by sam (a member of acme/sentry-admins) on pull request #7');
    expect(github.requestsBy(TEAMS_TOKEN).map((r) => r.path)).toEqual(['/orgs/acme/teams/sentry-admins/memberships/sam']);
  });

  it.each([
    ['the author approved (their own pull request)', 'octocat', 'octocat', 'APPROVED', /octocat is its author/],
    ['someone not listed approved', 'dev', 'eve', 'APPROVED', /eve is not one of them/],
    ['a team member whose invitation is still pending approved', 'dev', 'pat', 'APPROVED', /pat is not one of them/],
    ['a listed person requested changes', 'dev', 'octocat', 'CHANGES_REQUESTED', /octocat requested changes/],
  ] as const)('blocks the grant, and makes the rest, when %s', async (_name, author, login, state, why) => {
    github.addPull({ number: 7, author: user(author), head: { sha: HEAD, ref: 'grant-dana' } });
    merged();
    github.review(7, { user: user(login), state });
    const { published } = await run('apply', event());
    grantBlocked(published, why);
    othersMade();
  });

  it('blocks it when the approval was dismissed, or later overruled by a request for changes', async () => {
    merged();
    const approval = github.review(7, { user: user('octocat'), state: 'APPROVED' });
    github.dismissReview(approval);
    github.review(7, { user: user('sam'), state: 'APPROVED' });
    github.review(7, { user: user('sam'), state: 'CHANGES_REQUESTED' });
    github.review(7, { user: user('sam'), state: 'COMMENTED' });
    const { published } = await run('apply', event());
    grantBlocked(published, /not counted: octocat had the review dismissed; sam requested changes/);
    othersMade();
  });

  it('blocks it when the approval was of an earlier commit than the final head', async () => {
    merged();
    github.review(7, { user: user('octocat'), state: 'APPROVED', commitId: EARLIER });
    const { published } = await run('apply', event());
    grantBlocked(
      published,
      /pull request #7 has no approval of its final head commit feedfac .*octocat approved an earlier commit/,
    );
    othersMade();
  });

  it('the merged pull request is the one GitHub lists for the pushed commit, as for the result comment', async () => {
    github.pullsOfCommit.set(MERGE, [
      { number: 6, merged_at: null },
      { number: 7, merged_at: '2026-11-27T10:00:00Z' },
    ]);
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
    const { report } = await run('apply', event());
    expect(roleOf('dana@acme.com')).toBe('manager');
    expect(report.github?.pull).toBe(7);
  });

  it('a re-run of the apply makes the grant that a failed read blocked (the way to retry)', async () => {
    merged();
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
    github.inject({ method: 'GET', path: /\/pulls\/7\/reviews$/, status: 403, times: 1 });
    const first = await run('apply', event());
    grantBlocked(
      first.published,
      /its approval could not be read on pull request #7 \(GET \/repos\/acme\/infra\/pulls\/7\/reviews.*HTTP 403/,
    );
    othersMade();
    const again = await run('apply', event());
    expect(again.published.failures).toEqual([]);
    expect(roleOf('dana@acme.com')).toBe('manager');
  });
});

describe('with the reviewed plan', () => {
  it('reviewed-plan: require applies the rest of the reviewed plan when the grant waits for an approval', async () => {
    const planned = await run('plan', pullRequest);
    const [comment] = planned.published.github;
    if (comment?.kind !== 'comment') throw new Error('no plan comment');
    github.comments.push({ id: 5, issue: 7, body: comment.body, user: { login: 'github-actions[bot]', type: 'Bot' } });
    merged();
    const { report, published } = await run('apply', event(), { inputs: { 'reviewed-plan': 'require' } });
    expect(report.outcome).toMatchObject({ kind: 'applied', review: { found: true, matches: true, pull: 7 } });
    grantBlocked(published, /pull request #7 has no approval of its final head commit feedfac/);
    othersMade();
  });
});

describe('fail closed: a GitHub read that fails blocks the grants, never the other changes', () => {
  it.each([
    ['the pull requests of the commit', /\/commits\/[^/]+\/pulls$/, /reading the pull requests of commit 0123456 failed/],
    [
      'the pull request',
      /\/pulls\/7$/,
      /its approval could not be read on pull request #7 \(GET \/repos\/acme\/infra\/pulls\/7: HTTP 403/,
    ],
    ['a team membership', /\/memberships\//, /the membership of sam in acme\/sentry-admins: GET .*HTTP 403/],
  ])('%s', async (_what, where, why) => {
    merged();
    github.review(7, { user: user('sam'), state: 'APPROVED' });
    github.inject({ method: 'GET', path: where, status: 403 });
    const { published } = await run('apply', event());
    grantBlocked(published, why);
    othersMade();
  });

  it('a team approver with GITHUB_TOKEN as the teams token (which never reads teams): blocked, saying which token to give', async () => {
    merged();
    github.review(7, { user: user('sam'), state: 'APPROVED' });
    const { published } = await run('apply', event(), { inputs: { 'github-teams-token': '' } });
    grantBlocked(published, /github-teams-token needs organization members read access/);
  });
});

describe('runs that no approval stands behind', () => {
  it.each([
    ['a scheduled run', event({ name: 'schedule' }), /a scheduled run carries no approval/],
    ['a run started by hand', event({ name: 'workflow_dispatch' }), /a run started by hand carries no approval/],
    ['a direct push', event(), /commit 0123456 came from no merged pull request \(a direct push\)/],
  ])('%s blocks the grant and makes the rest, reading no review', async (_name, runEvent, why) => {
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
    const { published } = await run('apply', runEvent);
    grantBlocked(published, why);
    othersMade();
    expect(github.requests.filter((r) => r.path.includes('/reviews'))).toEqual([]);
  });

  it('an apply on a pull request (mode: apply) before its merge', async () => {
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
    const { published } = await run('apply', pullRequest);
    grantBlocked(published, /the pull request is not merged yet/);
  });

  it("the apply's fresh read of a member is held to the same gate: a grant it finds needed is blocked too", async () => {
    // Frank is manager in Sentry and in the file, and joins backend; someone demotes him in Sentry
    // between the plan's read and the write's, so the write would make him manager again.
    const text = withApprovals.replace(
      'frank@acme.com:\n    role: member\n    teams: [web]',
      'frank@acme.com:\n    role: manager\n    teams: [web, backend]',
    );
    const frank = sentry.org.findByEmail('frank@acme.com');
    sentry.inject({
      method: 'GET',
      path: new RegExp(`/members/${frank?.id}/$`),
      times: 1,
      run: (org) => {
        const found = org.findByEmail('frank@acme.com');
        if (found) found.orgRole = 'member';
      },
    });
    const { published } = await run('apply', event({ name: 'schedule' }), { text });
    expect(roleOf('frank@acme.com')).toBe('member');
    expect(published.log.join('\n')).toMatch(
      /blocked: update frank@acme\.com \(Frank\): grant of manager to frank@acme\.com needs an approval .*; a scheduled run carries no approval.*; changed in Sentry during the run/,
    );
    expect(published.failures.join('\n')).toMatch(/blocked/);
  });

  it('without approvals in the file, a grant needs none (as before)', async () => {
    const { published } = await run('apply', event({ name: 'schedule' }), { text: example });
    expect(roleOf('dana@acme.com')).toBe('manager');
    expect(published.failures).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  it('demotions and removals need no approval', async () => {
    const { report } = await run('apply', event({ name: 'schedule' }), {
      text: withApprovals.replace('unlisted: report', 'unlisted: remove'),
    });
    expect(report.outcome.kind).toBe('applied');
    expect(roleOf('frank@acme.com')).toBe('member');
    expect(sentry.org.findByEmail('mallory@acme.com')).toBeUndefined();
    expect(roleOf('dana@acme.com')).toBe('member');
  });
});

describe("a pull request's plan", () => {
  it('shows each grant with who may approve it and that no approval is there yet; nothing blocked', async () => {
    const { report, published } = await run('plan', pullRequest);
    expect(report.outcome).toMatchObject({ kind: 'planned', plan: { blocked: [] } });
    expect(published.failures).toEqual([]);
    const [comment] = published.github;
    if (comment?.kind !== 'comment') throw new Error('no plan comment');
    expect(comment.body).toContain(
      'needs an approval from one of: octocat, acme/sentry-admins on head commit feedfac: none yet (read again at merge)',
    );
    expect(comment.body).toContain('An approval given later is read at merge');
    const json = JSON.parse(published.files[0]?.text ?? '{}');
    expect(json.approval).toEqual({
      approvers: ['octocat', 'acme/sentry-admins'],
      status: { kind: 'not-approved', pull: 7, head: HEAD, notCounted: [] },
      preview: true,
      message: expect.stringMatching(/^Owner and manager grants need an approval from one of: octocat, acme\/sentry-admins/),
    });
    expect(comment.body).toMatch(/only if one of octocat, acme\/sentry-admins approves the final head commit first/);
  });

  it('shows who approved the head commit once someone did', async () => {
    github.review(7, { user: user('sam'), state: 'APPROVED' });
    const { published } = await run('plan', pullRequest);
    const [comment] = published.github;
    expect(comment?.body).toContain('approved by sam (a member of acme/sentry-admins) on head commit feedfac');
    expect(published.failures).toEqual([]);
  });
});
