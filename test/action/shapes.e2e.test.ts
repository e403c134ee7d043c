/**
 * A config split into a file per team, run as the runner runs the bundle: a problem is an
 * annotation on the file it is in, and the plan names each change's file. The rest of what
 * real organizations' configs do (temporary access, relative guards, unknown teams in a file)
 * is tested in memory: test/engine/shapes.test.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { startGitHubSim } from '../harness/github-sim.ts';
import { ROOT, type RunOptions, runAction, runOnPullRequest } from '../harness/run-action.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const TOKEN = 'sntryu_demo_alice_owner_token';

let sentry: SimulatedSentry;
beforeEach(async () => {
  sentry = await startSimulatedSentry(fixture);
});
afterEach(async () => {
  await sentry.close();
});

function run(files: Record<string, string>, options: Partial<RunOptions> = {}) {
  return runAction({
    files,
    eventName: 'workflow_dispatch',
    ...options,
    inputs: { 'sentry-url': sentry.url, 'sentry-token': TOKEN, comment: 'false', ...options.inputs },
  });
}

describe('a file per team', () => {
  it('reads a directory as one config; a problem names the file it is in', async () => {
    const files = {
      'sentry/org.yml':
        'organization: acme\nunlisted: ignore\nmembers:\n  alice@acme.com: {role: owner}\n  bob@acme.com: member\n',
      'sentry/teams/backend.yml': 'teams:\n  backend:\n    admins: [bob@acme.com]\n    members: [zed@acme.com]\n',
    };
    const broken = await run(files, { inputs: { mode: 'validate', config: 'sentry' } });
    expect(broken.exitCode).toBe(1);
    expect(broken.of('error')[0]).toMatchObject({
      properties: { file: 'sentry/teams/backend.yml', line: '4' },
      message: expect.stringContaining('zed@acme.com is on team "backend" but not listed under members'),
    });
    const fixed = await run(
      { ...files, 'sentry/teams/backend.yml': 'teams:\n  backend:\n    admins: [bob@acme.com]\n' },
      { inputs: { mode: 'plan', config: 'sentry' } },
    );
    expect(fixed.exitCode).toBe(0);
    expect(fixed.of('notice')[0]?.message).toBe(
      'sentry (2 files) is valid for organization acme: 2 members (0 with managed teams), 1 team section, 0 ignored emails; unlisted: ignore, missing: report.',
    );
    // Backend is managed as a whole: Bob becomes its admin (his line in backend's file says so); Erin,
    // Heidi and the CI bot (not in the section) leave it.
    expect(fixed.stdout).toMatch(
      /update bob@acme\.com \(Bob Backend\)\s+\(sentry\/teams\/backend\.yml:3\)\n\s+backend: contributor -> admin/,
    );
    expect(fixed.stdout).toMatch(/update erin@acme\.com \(Erin\)\s+\(sentry\/teams\/backend\.yml:2\)\n\s+leaves backend/);
  });

  it("a team lead's pull request: the base is read through GitHub, the plan is split, the blocked change is annotated on the team's file", async () => {
    const github = await startGitHubSim();
    try {
      const files: Record<string, string> = {};
      for (const name of ['org.yml', 'teams/backend.yml', 'teams/mobile.yml', 'teams/platform.yml', 'teams/web.yml'])
        files[`sentry/${name}`] = await readFile(path.join(ROOT, 'examples/by-team/sentry', name), 'utf8');
      const base = github.commit({
        ...files,
        'sentry/teams/backend.yml': files['sentry/teams/backend.yml']?.replace('admins: [erin@acme.com]', 'admins: []') ?? '',
      });
      const head = { ...files, 'sentry/teams/sre.yml': 'teams:\n  sre:\n    admins: [alice@acme.com]\n' };
      const event = {
        pull_request: { number: 7, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' }, base: { sha: base } },
      };
      const result = await runOnPullRequest({ sentry: sentry.url, github: github.url }, event, {
        files: head,
        inputs: { config: 'sentry' },
      });
      expect(result.exitCode).toBe(1);
      expect(result.of('error')).toContainEqual(
        expect.objectContaining({
          properties: expect.objectContaining({ file: 'sentry/teams/sre.yml', line: '3' }),
          message: expect.stringMatching(/^update alice@acme\.com .* is blocked: /),
        }),
      );
      const comment = github.comments[0]?.body ?? '';
      const fromPull = comment.slice(comment.indexOf('### From this pull request'), comment.indexOf('### Already different'));
      expect(fromPull).toContain('**erin@acme.com**');
      expect(fromPull).not.toContain('**bob@acme.com**');
      expect(github.requests.filter((request) => request.operation?.includes('/git/')).length).toBe(3);
    } finally {
      await github.close();
    }
  });
});
