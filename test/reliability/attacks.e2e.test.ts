/**
 * The attacks that are about what the runner, a reader and GitHub see, tried on the bundle as the
 * runner runs it, against the simulated Sentry and GitHub: workflow commands and bidirectional
 * text in Sentry names and emails, a token that a server echoes back, a reviewed plan forged by
 * editing the action's comment, require without GitHub, a change refused on merge and the next
 * scheduled run, what a public repository shows, and a drift issue someone else opened (the other
 * attacks: attacks.test.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordLineOf } from '../../src/publish/record.ts';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { ACTIONS_BOT, type Author, type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { asRead, assertNoSecrets, ROOT, type RunOptions, runAction, runOnPullRequest } from '../harness/run-action.ts';
import { ATTACKS } from './attack-cases.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const example = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');
const TOKEN = 'sntryu_demo_alice_owner_token';

describe('text from Sentry never acts on the runner or the reader', () => {
  let sim: SimulatedSentry | undefined;
  afterEach(async () => {
    await sim?.close();
  });

  it(ATTACKS[3], async () => {
    const injected = 'Eve\n::error file=sentry-members.yml,line=1::pwned\n::set-output name=has-changes::false\n\u202eevil';
    sim = await startSimulatedSentry({
      ...fixture,
      members: fixture.members.map((member) =>
        member.email === 'grace@acme.com'
          ? { ...member, name: injected }
          : member.email === 'mallory@acme.com'
            ? { ...member, email: 'mallory@acme.com\n::warning::owned\u200b' }
            : member,
      ),
    });
    const result = await runAction({
      files: { 'sentry-members.yml': example },
      inputs: { mode: 'plan', 'sentry-url': sim.url, 'sentry-token': TOKEN },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['has-changes']).toBe('true');
    const lines = result.stdout.split('\n');
    expect(
      lines.filter((line) => /^\s*::(error file=sentry-members\.yml,line=1::pwned|set-output|warning::owned)/.test(line)),
    ).toEqual([]);
    for (const place of [result.stdout, result.summary]) {
      expect(place).not.toMatch(/[\u202e\u200b]/);
      expect(place).toContain('\\u202e');
    }
    expect(result.stdout).toContain('(Eve\\u000a::error file=sentry-members.yml,line=1::pwned\\u000a::set-output');
  });
});

describe('a token echoed by a server is shown nowhere', () => {
  it(ATTACKS[4], async () => {
    const sim = await startSimulatedSentry(fixture);
    const github = await startGitHubSim();
    try {
      sim.inject({
        method: 'PUT',
        path: '/api/0/organizations/acme/members/*/',
        status: 400,
        body: { detail: `Blocked by the firewall. Request headers: Authorization: Bearer ${TOKEN}; token ${TOKEN}` },
      });
      const sha = '0123456789abcdef0123456789abcdef01234567';
      github.pullsOfCommit.set(sha, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
      const result = await runAction({
        files: { 'sentry-members.yml': example },
        eventName: 'push',
        event: { repository: { default_branch: 'main' } },
        ref: 'refs/heads/main',
        env: { GITHUB_API_URL: github.url },
        inputs: { 'sentry-url': sim.url, 'sentry-token': TOKEN },
      });
      expect(result.exitCode).toBe(1);
      const comment = github.comments.map((c) => c.body).join('\n');
      const log = result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      for (const place of [log, result.summary, comment]) {
        expect(asRead(place)).toContain('[redacted]');
        expect(asRead(place)).not.toContain(TOKEN);
      }
      assertNoSecrets([TOKEN], { stdout: result.stdout, comment, summary: result.summary });
    } finally {
      await Promise.all([sim.close(), github.close()]);
    }
  });
});

// --- the reviewed plan, redaction and the drift issue, on the bundle (issue 23) ------------------

const SHA = '0123456789abcdef0123456789abcdef01234567';
const MAIN = { repository: { default_branch: 'main' } };
const PLAN_MARKER = '<!-- sentry-members-sync:plan org=acme config=sentry%2Dmembers.yml -->';
/** The example, with heidi made an owner: the change a colleague merges without it being reviewed. */
const heidiOwner = example.replace('heidi@acme.com: member', 'heidi@acme.com: owner');
const MALLORY: Author = { login: 'mallory', type: 'User' };

describe('the reviewed plan cannot be forged, and require never fails open', () => {
  let sentry: SimulatedSentry;
  let github: GitHubSim;
  beforeEach(async () => {
    sentry = await startSimulatedSentry(fixture);
    github = await startGitHubSim();
  });
  afterEach(async () => {
    await Promise.all([sentry.close(), github.close()]);
  });
  const servers = () => ({ sentry: sentry.url, github: github.url });
  const planOn = (pull: number, text: string) =>
    runOnPullRequest(
      servers(),
      { pull_request: { number: pull } },
      { files: { 'sentry-members.yml': text }, ref: `refs/pull/${pull}/merge` },
    );
  const mergeOf = (text: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
    runOnPullRequest(servers(), MAIN, {
      files: { 'sentry-members.yml': text },
      eventName: 'push',
      ref: 'refs/heads/main',
      inputs: { 'reviewed-plan': 'require', ...inputs },
      env,
    });
  const commentOn = (pull: number) => github.comments.find((comment) => comment.issue === pull);

  /** #7 reviewed the example; heidi's promotion is merged; #7's comment is given #8's record (the plan that promotes heidi). */
  async function forge(editor: Author): Promise<void> {
    await planOn(7, example);
    await planOn(8, heidiOwner);
    const reviewed = commentOn(7);
    const forged = recordLineOf(commentOn(8)?.body ?? '');
    if (!reviewed || !forged) throw new Error('no plan comments');
    github.editComment(reviewed.id, reviewed.body.replace(/^<!-- sentry-members-sync:reviewed .*$/m, forged), editor);
    github.pullsOfCommit.set(SHA, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
  }

  it(ATTACKS[12], async () => {
    await forge(MALLORY);
    const result = await mergeOf(heidiOwner);
    expect(result.exitCode).toBe(1);
    expect(sentry.writes()).toEqual([]);
    expect(result.of('error').map((e) => e.message)).toContainEqual(
      expect.stringMatching(
        /^nothing was written, because the plan comment on pull request #7 cannot be trusted: its comment was last edited by mallory, not by this action, so it holds no reviewed plan and input "reviewed-plan" is require/,
      ),
    );
    expect(commentOn(7)?.body).toMatch(/\n❌ \*\*Refused\*\*: the plan comment on #7 cannot be trusted; nothing was written/);
    // The refusal rewrote the comment as the action: the forged record is not carried over, so a rerun refuses too.
    expect(commentOn(7)?.body).not.toContain('sentry-members-sync:reviewed');
    expect((await mergeOf(heidiOwner)).exitCode).toBe(1);
    expect(sentry.writes()).toEqual([]);
  });

  it(ATTACKS[13], async () => {
    // Written as the action's own identity (any workflow with GITHUB_TOKEN can), so GitHub names no other editor.
    await forge(ACTIONS_BOT);
    const result = await mergeOf(heidiOwner);
    expect(result.exitCode).toBe(1);
    expect(sentry.writes()).toEqual([]);
    expect(result.of('error').map((e) => e.message)).toContainEqual(
      expect.stringContaining('its hidden record does not belong to the plan the comment shows, so it holds no reviewed plan'),
    );
  });

  it(ATTACKS[14], async () => {
    for (const [inputs, env, missing] of [
      [{ 'github-token': '' }, {}, 'no GitHub token: input "github-token" is empty; leave it at its default'],
      [{}, { GITHUB_REPOSITORY: '' }, 'no repository: GITHUB_REPOSITORY is not set'],
    ] as const) {
      const result = await mergeOf(example, inputs, env);
      expect(result.exitCode).toBe(1);
      expect(result.of('error').map((e) => e.message)).toContainEqual(
        expect.stringContaining(`because the reviewed plan could not be read from GitHub (${missing}`),
      );
    }
    expect(sentry.writes()).toEqual([]);
  });

  it('a rerun after a partial failure applies what is left of the reviewed plan (require)', async () => {
    await planOn(7, example);
    github.pullsOfCommit.set(SHA, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
    const bob = sentry.org.findByEmail('bob@acme.com')?.id;
    sentry.inject({
      method: 'PUT',
      path: `/api/0/organizations/acme/members/${bob}/`,
      status: 400,
      body: { detail: 'busy' },
      times: 1,
    });
    const first = await mergeOf(example);
    expect(first.exitCode).toBe(1);
    expect(commentOn(7)?.body).toMatch(/\n⚠️ \*\*Partly applied\*\*: 4 of 5 changes to acme \(1 failed\)/);
    const rerun = await mergeOf(example);
    expect(rerun.exitCode).toBe(0);
    expect(commentOn(7)?.body).toMatch(/\n✅ \*\*Applied\*\*: 1 change to acme/);
    expect(commentOn(7)?.body).toContain(
      ':white_check_mark: Every change made was reviewed on #7; 4 reviewed changes are no longer made',
    );
    expect(sentry.org.findByEmail('bob@acme.com')?.teams.has('mobile')).toBe(false);
  });
});

describe('a change refused on merge waits for review', () => {
  it(ATTACKS[15], async () => {
    const sentry = await startSimulatedSentry(fixture);
    const github = await startGitHubSim();
    try {
      // main: #6 applied the example on merge; #7 made heidi an owner, and its apply on merge was refused.
      const applied = github.commit({ 'sentry-members.yml': example }, { branch: 'main' });
      const refused = github.commit({ 'sentry-members.yml': heidiOwner }, { parent: applied, branch: 'main' });
      const said = (issue: number, status: string) =>
        github.comments.push({ id: 500 + issue, issue, body: `${PLAN_MARKER}\n${status}\n`, user: ACTIONS_BOT });
      github.pullsOfCommit.set(applied, [{ number: 6, merged_at: '2026-11-26T10:00:00Z' }]);
      github.pullsOfCommit.set(refused, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
      said(6, '✅ **Applied**: 6 changes to acme · for `aaaaaaa`');
      said(7, '❌ **Refused**: the plan differs from the one reviewed on #7; nothing was written · for `bbbbbbb`');
      const nightly = (inputs: Record<string, string>, eventName = 'schedule') =>
        runOnPullRequest({ sentry: sentry.url, github: github.url }, MAIN, {
          files: { 'sentry-members.yml': heidiOwner },
          eventName,
          ref: 'refs/heads/main',
          env: { GITHUB_SHA: refused },
          inputs,
        });
      const result = await nightly({ 'reviewed-plan': 'require' });
      expect(result.exitCode).toBe(0);
      // Drift is corrected as the config applied on merge says; heidi's promotion is not made.
      expect(sentry.writes().length).toBeGreaterThan(0);
      expect(sentry.org.findByEmail('heidi@acme.com')?.orgRole).toBe('member');
      expect(result.of('warning').map((w) => w.message)).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^1 change not made \\(heidi@acme\\.com\\): reviewed-plan is require, and the last config an apply on merge applied is the one at ${applied.slice(0, 7)}; not applied since: ${refused.slice(0, 7)} \\(#7\\)\\. To make them, open a pull request that touches sentry-members\\.yml`,
          ),
        ),
      );
      expect(result.summary).toContain('Waiting for review (1), not made: no apply on merge applied these changes of the config');
      // Made deliberately: by hand, with reviewed-plan warn.
      const deliberate = await nightly({ mode: 'apply', 'reviewed-plan': 'warn' }, 'workflow_dispatch');
      expect(deliberate.exitCode).toBe(0);
      expect(sentry.org.findByEmail('heidi@acme.com')?.orgRole).toBe('owner');
    } finally {
      await Promise.all([sentry.close(), github.close()]);
    }
  });
});

describe('a public repository shows nothing from Sentry the file does not say', () => {
  it(ATTACKS[19], async () => {
    // mallory is not in the file, and is on mobile, a team with a section: the plan takes her off it.
    const onMobile = {
      ...fixture,
      members: fixture.members.map((m) => (m.email === 'mallory@acme.com' ? { ...m, teams: { web: null, mobile: null } } : m)),
    };
    const sentry = await startSimulatedSentry(onMobile);
    const github = await startGitHubSim();
    try {
      const runAs = (options: Partial<RunOptions>) =>
        runOnPullRequest(
          { sentry: sentry.url, github: github.url },
          { pull_request: { number: 7 } },
          { visibility: 'public', ...options },
        );
      const planned = await runAs({});
      const checked = await runAs({
        eventName: 'schedule',
        event: MAIN,
        ref: 'refs/heads/main',
        inputs: { mode: 'check', 'drift-issue': 'true' },
      });
      github.pullsOfCommit.set(SHA, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
      const merged = await runAs({ eventName: 'push', event: MAIN, ref: 'refs/heads/main' });
      expect(sentry.org.findByEmail('mallory@acme.com')?.teams.has('mobile')).toBe(false);
      const places = {
        comment: github.comments.map((c) => c.body).join('\n'),
        issue: github.issues.map((i) => i.body).join('\n'),
        ...Object.fromEntries(
          [planned, checked, merged].flatMap((run, i) => [
            [`log ${i}`, run.stdout],
            [`summary ${i}`, run.summary],
            [`outputs ${i}`, JSON.stringify(run.outputs)],
          ]),
        ),
      };
      expect(places.issue).toContain('members not in sentry-members.yml');
      for (const [place, text] of Object.entries(places)) expect(text, place).not.toMatch(/mallory/i);
      expect(planned.summary).toContain(
        '1 member not in sentry-members.yml, taken off teams that have a section (not named here: redact)',
      );
      // plan.json, a file on the runner, keeps everything.
      expect(planned.planJson).toContain('mallory@acme.com');
    } finally {
      await Promise.all([sentry.close(), github.close()]);
    }
  });

  it(ATTACKS[21], async () => {
    const sentry = await startSimulatedSentry(fixture);
    const github = await startGitHubSim();
    try {
      const result = await runOnPullRequest(
        { sentry: sentry.url, github: github.url },
        { pull_request: { number: 7 } },
        {
          visibility: 'public',
          files: { 'sentry-members.yml': example.replace('teams: [web] # and mobile', 'teams: [wbe] # and mobile') },
        },
      );
      expect(result.exitCode).toBe(1);
      const shown = [result.stdout, result.summary, github.comments.map((c) => c.body).join('\n')];
      expect(result.of('error').map((e) => e.message)).toContainEqual(
        expect.stringContaining(
          'team "wbe" (for frank@acme.com) does not exist in the Sentry organization "acme". Check the slug',
        ),
      );
      // sre is a team of the organization the file never names; "did you mean" would name web.
      for (const text of shown) {
        expect(text).not.toMatch(/\bsre\b/);
        expect(text).not.toMatch(/Did you mean|Its teams/);
      }
    } finally {
      await Promise.all([sentry.close(), github.close()]);
    }
  });
});

describe('the drift issue is only ever the action’s own', () => {
  it(ATTACKS[22], async () => {
    const sentry = await startSimulatedSentry(fixture);
    const github = await startGitHubSim();
    try {
      const marker = '<!-- sentry-members-sync:drift org=acme config=sentry%2Dmembers.yml -->';
      const stranger = {
        number: 3,
        title: 'Why does the bot post this?',
        body: `${marker}\nI saw this in the bot's issue.`,
        state: 'open' as const,
        user: MALLORY,
      };
      github.issues.push({ ...stranger });
      const check = () =>
        runOnPullRequest({ sentry: sentry.url, github: github.url }, MAIN, {
          eventName: 'schedule',
          ref: 'refs/heads/main',
          inputs: { mode: 'check', 'drift-issue': 'true' },
        });
      const found = await check();
      expect(found.exitCode).toBe(1);
      expect(github.issues.find((issue) => issue.number === 3)).toEqual(stranger);
      const own = github.issues.filter((issue) => issue.number !== 3);
      expect(own).toHaveLength(1);
      expect(own[0]?.user.login).toBe('github-actions[bot]');
      // With no drift left, the action closes its own issue and never the stranger's.
      await runOnPullRequest({ sentry: sentry.url, github: github.url }, MAIN, {
        eventName: 'schedule',
        ref: 'refs/heads/main',
        inputs: { 'drift-issue': 'true' },
      });
      await check();
      expect(github.issues.find((issue) => issue.number === 3)).toEqual(stranger);
      expect(github.issues.find((issue) => issue.number !== 3)?.state).toBe('closed');
    } finally {
      await Promise.all([sentry.close(), github.close()]);
    }
  });
});
