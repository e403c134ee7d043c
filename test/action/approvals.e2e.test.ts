/**
 * Privileged changes need a second person, run as the runner runs the bundle against the
 * simulated Sentry and the simulated GitHub: one run per rule of docs/behaviour.md, section 12.
 * The example's plan makes dana (a member in Sentry) manager and changes four other members;
 * the grant is made only by the apply of a merge approved by a listed person, the rest always.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { type ActionRun, asRead, type RunOptions, runOnPullRequest } from '../harness/run-action.ts';
import { approvalsOnGitHub, EARLIER, fixture, HEAD, MERGE, TEAMS_TOKEN, user, withApprovals } from './approvals-setup.ts';

const MAIN = { repository: { default_branch: 'main' } };

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

function run(options: Partial<RunOptions> = {}) {
  return runOnPullRequest(
    { sentry: sentry.url, github: github.url },
    { pull_request: { number: 7, head: { sha: HEAD }, base: { sha: EARLIER } } },
    {
      ...options,
      files: { 'sentry-members.yml': withApprovals },
      inputs: { 'github-teams-token': TEAMS_TOKEN, ...options.inputs },
    },
  );
}
const push = (env: Record<string, string> = {}) => run({ eventName: 'push', event: MAIN, ref: 'refs/heads/main', env });
const roleOf = (email: string) => sentry.org.findByEmail(email)?.orgRole;

/** The grant was made, with every other change, and the step passed. */
function granted(result: ActionRun) {
  expect(result.exitCode).toBe(0);
  expect(roleOf('dana@acme.com')).toBe('manager');
  expect(roleOf('frank@acme.com')).toBe('member');
  expect(result.outputs.applied).toBe('5');
}

/** The grant was blocked with its reason at its line; the four other changes were made; the step failed. */
function blocked(result: ActionRun, why: RegExp) {
  expect(result.exitCode).toBe(1);
  expect(roleOf('dana@acme.com')).toBe('member');
  expect(roleOf('frank@acme.com')).toBe('member');
  expect(result.outputs.applied).toBe('4');
  const [annotation] = result.of('error').filter((e) => e.properties.title === 'sentry-members-sync: blocked change');
  expect(annotation?.properties.line).toBe('27');
  expect(annotation?.message).toMatch(
    /^update dana@acme\.com \(Dana Manager\) is blocked: grant of manager to dana@acme\.com needs an approval from one of: octocat, acme\/sentry-admins on the merged pull request; /,
  );
  expect(annotation?.message).toMatch(why);
}

describe('the apply of a merge', () => {
  beforeEach(() => github.merge(7, MERGE));

  it('a listed person approved the final head commit: the grant is made', async () => {
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
    granted(await push());
    expect(asRead(github.comments[0]?.body ?? '')).toContain('approved by octocat on pull request #7');
  });

  it('an active member of a listed team approved: made', async () => {
    github.review(7, { user: user('sam'), state: 'APPROVED' });
    granted(await push());
    expect(github.requestsBy(TEAMS_TOKEN).map((r) => r.path)).toEqual(['/orgs/acme/teams/sentry-admins/memberships/sam']);
  });

  it("the author's own approval: blocked", async () => {
    github.addPull({ number: 7, author: user('octocat'), head: { sha: HEAD, ref: 'grant-dana' } });
    github.merge(7, MERGE);
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
    blocked(await push(), /not counted: octocat is its author/);
  });

  it('the wrong person approved: blocked', async () => {
    github.review(7, { user: user('eve'), state: 'APPROVED' });
    blocked(await push(), /not counted: eve is not one of them/);
  });

  it('a listed person requested changes: blocked', async () => {
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
    github.review(7, { user: user('octocat'), state: 'CHANGES_REQUESTED' });
    blocked(await push(), /not counted: octocat requested changes/);
  });

  it('the approval was dismissed: blocked', async () => {
    github.dismissReview(github.review(7, { user: user('octocat'), state: 'APPROVED' }));
    blocked(await push(), /not counted: octocat had the review dismissed/);
  });

  it('the approval was of an earlier commit: blocked', async () => {
    github.review(7, { user: user('octocat'), state: 'APPROVED', commitId: EARLIER });
    blocked(
      await push(),
      /no approval of its final head commit feedfac by one of them \(not counted: octocat approved an earlier commit\)/,
    );
  });

  it('a re-run of the approved apply (GITHUB_RUN_ATTEMPT 2) makes the grant the first attempt could not', async () => {
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
    github.inject({ method: 'GET', path: /\/pulls\/7\/reviews$/, status: 403, times: 1 });
    blocked(
      await push(),
      /its approval could not be read on pull request #7 \(GET \/repos\/acme\/sentry-config\/pulls\/7\/reviews/,
    );
    const again = await push({ GITHUB_RUN_ATTEMPT: '2' });
    expect(again.exitCode).toBe(0);
    expect(roleOf('dana@acme.com')).toBe('manager');
  });

  it('a GitHub read that fails blocks the grant only (fail closed)', async () => {
    github.review(7, { user: user('sam'), state: 'APPROVED' });
    github.inject({ method: 'GET', path: /\/memberships\//, status: 403 });
    const result = await push();
    blocked(
      result,
      /its approval could not be read on pull request #7 \(the membership of sam in acme\/sentry-admins: GET .*HTTP 403/,
    );
  });
});

describe('runs no approval stands behind', () => {
  beforeEach(() => {
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
  });

  it('a scheduled run: blocked', async () => {
    blocked(await run({ eventName: 'schedule', event: MAIN, ref: 'refs/heads/main' }), /a scheduled run carries no approval/);
  });

  it('a run started by hand: blocked', async () => {
    blocked(
      await run({ eventName: 'workflow_dispatch', event: MAIN, ref: 'refs/heads/main', inputs: { mode: 'apply' } }),
      /a run started by hand carries no approval/,
    );
  });

  it('a direct push: blocked', async () => {
    blocked(await push(), /commit 0123456 came from no merged pull request \(a direct push\)/);
  });
});

describe("the pull request's plan", () => {
  it('shows the grant with who may approve it, that none is there yet and that a later one is read at merge', async () => {
    const result = await run();
    expect(result.exitCode).toBe(0);
    const body = asRead(github.comments[0]?.body ?? '');
    expect(body).toContain('1 owner or manager grant awaits an approval');
    expect(body).toContain(
      'needs an approval from one of: octocat, acme/sentry-admins on head commit feedfac: none yet (read again at merge)',
    );
    expect(body).toContain('An approval given later is read at merge');
    expect(sentry.writes()).toEqual([]);
  });

  it('shows who approved the head commit', async () => {
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
    await run();
    expect(asRead(github.comments[0]?.body ?? '')).toContain(
      'needs an approval from one of: octocat, acme/sentry-admins: approved by octocat on head commit feedfac',
    );
  });

  it('plans again when a review is submitted (pull_request_review): the same comment shows the approval', async () => {
    await run();
    expect(asRead(github.comments[0]?.body ?? '')).toContain('none yet (read again at merge)');
    github.review(7, { user: user('octocat'), state: 'APPROVED' });
    const review = await run({ eventName: 'pull_request_review' });
    expect(review.exitCode).toBe(0);
    expect(github.comments).toHaveLength(1);
    const body = asRead(github.comments[0]?.body ?? '');
    expect(body).toContain('approved by octocat on head commit feedfac');
    expect(body).not.toContain('none yet');
    expect(sentry.writes()).toEqual([]);
  });
});
