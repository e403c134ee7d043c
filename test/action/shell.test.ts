/**
 * The action's imperative shell (src/action/sentry-modes.ts), in process, against the simulated
 * Sentry and the simulated GitHub on loopback: what it reads before publishing (the config at a
 * pull request's base, the merged pull request and its reviewed plan, this action's comments,
 * the drift issue) and how a read that fails becomes part of the report instead of a crash.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/action/event.ts';
import { readSettings } from '../../src/action/inputs.ts';
import { runSentryMode } from '../../src/action/sentry-modes.ts';
import type { SentryMode } from '../../src/engine/run.ts';
import { validateConfig } from '../../src/engine/validate.ts';
import { stickyMarker } from '../../src/github/sticky.ts';
import { changeDigest } from '../../src/plan/digest.ts';
import { publish } from '../../src/publish/publication.ts';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { DEMO_TOKEN, ROOT } from '../harness/run-action.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const example = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');
const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const BASE = 'baseba5ebaseba5ebaseba5ebaseba5ebaseba5e';
const SHA = '0123456789abcdef0123456789abcdef01234567';
/** The pull request changes Dana's and Frank's roles; bob, erin and grace already differ in Sentry (drift). */
const base = example
  .replace('dana@acme.com:\n    role: manager', 'dana@acme.com:\n    role: member')
  .replace('frank@acme.com:\n    role: member', 'frank@acme.com:\n    role: manager');

let sentry: SimulatedSentry;
let github: GitHubSim;
beforeEach(async () => {
  sentry = await startSimulatedSentry(fixture);
  github = await startGitHubSim();
});
afterEach(async () => {
  await Promise.all([sentry.close(), github.close()]);
});

const event = (over: Partial<RunEvent> = {}): RunEvent => ({
  name: 'pull_request',
  ref: 'refs/pull/7/merge',
  sha: SHA,
  defaultBranch: 'main',
  pullRequest: 7,
  repo: { owner: 'acme', repo: 'infra' },
  runUrl: 'https://github.com/acme/infra/actions/runs/4242',
  serverUrl: 'https://github.com',
  headSha: HEAD,
  baseSha: BASE,
  publicRepository: false,
  ...over,
});
const push = event({ name: 'push', ref: 'refs/heads/main', pullRequest: undefined, headSha: undefined, baseSha: undefined });

async function run(
  mode: SentryMode,
  runEvent: RunEvent,
  options: { files?: Record<string, string>; inputs?: Record<string, string> } = {},
) {
  const workspace = await mkdtemp(path.join(tmpdir(), 'sms-shell-'));
  for (const [name, text] of Object.entries(options.files ?? { 'sentry-members.yml': example })) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
    await writeFile(path.join(workspace, name), text);
  }
  const inputs: Record<string, string> = {
    'sentry-url': sentry.url,
    'sentry-token': DEMO_TOKEN,
    'github-token': 'ghs_fake_github_token',
    ...options.inputs,
  };
  const settings = readSettings((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: workspace });
  const validated = await validateConfig(settings.configDisplayPath, workspace);
  let clock = Date.UTC(2026, 11, 2, 16, 41, 0);
  const { report } = await runSentryMode(mode, { ...settings, sentryToken: DEMO_TOKEN }, runEvent, validated, {
    debug: () => {},
    clock: () => clock++,
    env: { RUNNER_TEMP: workspace, GITHUB_API_URL: github.url },
  });
  return report;
}

describe('a pull request', () => {
  it("reads the base commit's config through the API and tells drift apart, with no extra Sentry request", async () => {
    github.commit({ 'sentry-members.yml': base, 'README.md': 'the infra repository' }, { sha: BASE });
    const report = await run('plan', event());
    expect(report.outcome.kind).toBe('planned');
    const { plan, drift } = report.outcome as Extract<typeof report.outcome, { kind: 'planned' }>;
    const drifted = plan.changes.filter((change) => drift?.has(changeDigest(change)));
    expect(drifted.map((change) => change.email).sort()).toEqual(['bob@acme.com', 'erin@acme.com', 'grace@acme.com']);
    expect(report.baseNotice).toBeUndefined();
    expect(sentry.requests.filter((r) => r.path.startsWith('/api/0/organizations/acme/members/?'))).toHaveLength(1);
    expect(report.github).toEqual({ pull: 7, comments: [], failures: [] });
  });

  it('says why this pull request and drift are shown together when the base has no such file', async () => {
    github.commit({ 'README.md': 'the infra repository' }, { sha: BASE });
    const report = await run('plan', event());
    expect(report.baseNotice).toBe(
      "sentry-members.yml is not at the base commit baseba5 (new in this pull request): the changes are shown together, this pull request's and drift alike.",
    );
  });

  it("says GitHub's answer when the base commit's file cannot be read", async () => {
    github.commit({ 'sentry-members.yml': base }, { sha: BASE });
    github.inject({ method: 'GET', path: /\/git\/trees\//, status: 500 });
    const report = await run('plan', event());
    expect(report.baseNotice).toMatch(
      /^sentry-members\.yml could not be read at the base commit baseba5 \(GitHub answered: .*\)/,
    );
  });

  it('splits a config of several files the same way: one tree read for the folder, a blob for each changed file', async () => {
    const byTeam: Record<string, string> = {};
    for (const name of ['org.yml', 'teams/backend.yml', 'teams/mobile.yml', 'teams/platform.yml', 'teams/web.yml'])
      byTeam[`sentry/${name}`] = await readFile(path.join(ROOT, 'examples/by-team/sentry', name), 'utf8');
    // The pull request makes Erin an admin of backend; the rest of what the plan does already differs in Sentry.
    const before = {
      ...byTeam,
      'sentry/teams/backend.yml': byTeam['sentry/teams/backend.yml']?.replace('admins: [erin@acme.com]', 'admins: []') ?? '',
    };
    github.commit({ ...before, 'README.md': 'the infra repository', 'src/app.ts': 'export {};\n' }, { sha: BASE });
    const report = await run('plan', event(), { files: byTeam, inputs: { config: 'sentry' } });
    expect(report.baseNotice).toBeUndefined();
    const { plan, drift } = report.outcome as Extract<typeof report.outcome, { kind: 'planned' }>;
    const fromPull = plan.changes.filter((change) => !drift?.has(changeDigest(change)));
    expect(fromPull.map((change) => change.email)).toEqual(['erin@acme.com']);
    expect(plan.changes.length).toBeGreaterThan(3);
    // The root's entries, the folder's tree (recursive), and the one blob that differs.
    expect(github.requests.map((request) => request.operation).filter((operation) => operation?.includes('/git/'))).toEqual([
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
    ]);
  });

  it("a team lead's pull request: the plan splits it from drift, and its blocked change is annotated on the team file's line", async () => {
    const byTeam: Record<string, string> = {};
    for (const name of ['org.yml', 'teams/backend.yml', 'teams/mobile.yml', 'teams/platform.yml', 'teams/web.yml'])
      byTeam[`sentry/${name}`] = await readFile(path.join(ROOT, 'examples/by-team/sentry', name), 'utf8');
    github.commit(byTeam, { sha: BASE });
    // sre's leads add Alice as an admin: sre is provisioned by the identity provider, so the join is blocked.
    const head = {
      ...byTeam,
      'sentry/teams/sre.yml': 'teams:\n  sre:\n    admins: [alice@acme.com]\n    members: [heidi@acme.com]\n',
    };
    const report = await run('plan', event(), { files: head, inputs: { config: 'sentry' } });
    const published = publish(report);
    expect(published.annotations.filter((annotation) => annotation.level === 'error')).toEqual([
      expect.objectContaining({
        file: 'sentry/teams/sre.yml',
        line: 3,
        message: expect.stringMatching(/^update alice@acme\.com \(Alice Owner\) is blocked: /),
      }),
    ]);
    const { plan, drift } = report.outcome as Extract<typeof report.outcome, { kind: 'planned' }>;
    expect(
      plan.blocked.map(({ change }) => [change.email, 'file' in change && change.file, 'line' in change && change.line]),
    ).toEqual([['alice@acme.com', 'sentry/teams/sre.yml', 3]]);
    expect(drift?.size).toBeGreaterThan(0);
    expect(published.log.join('\n')).toMatch(/update alice@acme\.com \(Alice Owner\)\s+\(sentry\/teams\/sre\.yml:3\)/);
  });

  it("reads the base by the workspace's rules: a team file that leaves its lane at the base is no base", async () => {
    const files = {
      'sentry/org.yml': 'organization: acme\nunlisted: ignore\nmembers:\n  alice@acme.com: owner\n  bob@acme.com: member\n',
      'sentry/teams/backend.yml': 'teams:\n  backend:\n    admins: [bob@acme.com]\n',
    };
    github.commit(
      { ...files, 'sentry/teams/backend.yml': 'members:\n  bob@acme.com: owner\nteams:\n  backend: {}\n' },
      { sha: BASE },
    );
    const report = await run('plan', event(), { files, inputs: { config: 'sentry' } });
    expect(report.baseNotice).toBe(
      "sentry is not valid at the base commit baseba5: the changes are shown together, this pull request's and drift alike.",
    );
  });

  it('an invalid config still reads the comments (so the failure replaces the plan) and asks Sentry nothing', async () => {
    const earlier = `${stickyMarker('plan', 'acme', 'sentry-members.yml')}\nthe earlier plan`;
    github.comments.push({ id: 5, issue: 7, body: earlier, user: { login: 'github-actions[bot]', type: 'Bot' } });
    const report = await run('plan', event(), { files: { 'sentry-members.yml': 'members:\n  bob@acme.com: manger\n' } });
    expect(report.outcome.kind).toBe('invalid-config');
    expect(report.github?.comments).toEqual([{ id: 5, body: earlier }]);
    expect(sentry.requests).toEqual([]);
  });
});

describe('an apply on merge', () => {
  it('reads the merged pull request and the plan reviewed there, and applies what matches', async () => {
    github.commit({ 'sentry-members.yml': base }, { sha: BASE });
    const planned = publish(await run('plan', event()));
    const [comment] = planned.github;
    if (comment?.kind !== 'comment') throw new Error('no plan comment');
    github.comments.push({ id: 5, issue: 7, body: comment.body, user: { login: 'github-actions[bot]', type: 'Bot' } });
    github.pullsOfCommit.set(SHA, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
    const report = await run('apply', push, { inputs: { 'reviewed-plan': 'require' } });
    expect(report.outcome).toMatchObject({ kind: 'applied', review: { found: true, matches: true, pull: 7 } });
    expect(report.github?.pull).toBe(7);
  });

  it('require: a merged pull request that cannot be read refuses, saying so (never "no merged pull request")', async () => {
    github.inject({ method: 'GET', path: /\/commits\/[^/]+\/pulls$/, status: 500 });
    const report = await run('apply', push, { inputs: { 'reviewed-plan': 'require' } });
    expect(report.outcome).toMatchObject({ kind: 'unreviewed', review: { found: false } });
    const published = publish(report);
    expect(published.failures[0]).toMatch(
      /^nothing was written, because the reviewed plan could not be read from GitHub \(reading the pull requests of commit 0123456 failed: .*\) and input "reviewed-plan" is require/,
    );
    expect(sentry.writes()).toEqual([]);
  });

  it('never reads the drift issue: a merge is not drift; a scheduled apply does', async () => {
    const merged = await run('apply', push, { inputs: { 'drift-issue': 'true' } });
    expect(merged.github?.driftIssue).toBeUndefined();
    const scheduled = await run('apply', { ...push, name: 'schedule' }, { inputs: { 'drift-issue': 'true' } });
    expect(scheduled.github?.driftIssue).toBe('none');
  });
});
