/**
 * A config that fits real organizations, run as the runner runs the bundle: temporary access
 * shown with its end and taken back by the first scheduled run after it, a percentage guard, and
 * a config split into a file per team whose problems name their file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { ROOT, type RunOptions, runAction } from '../harness/run-action.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const TOKEN = 'sntryu_demo_alice_owner_token';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

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

const granted = (until: string) =>
  `organization: acme\nunlisted: ignore\nmembers:\n  alice@acme.com: {role: owner, teams: {platform: admin}}\n  dana@acme.com:\n    role: member\n    grants:\n      - role: manager\n        until: ${until}\n`;

describe('temporary access', () => {
  it('a grant holds until its end: the plan shows it, with a warning when the end is near', async () => {
    const result = await run({ 'sentry-members.yml': granted(day(3)) }, { inputs: { mode: 'plan' } });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('org role: member -> manager');
    expect(result.stdout).toMatch(new RegExp(`dana@acme\\.com: org role manager until ${day(3)}, in [34] days`));
    expect(result.of('warning').map((w) => [w.properties.line, w.message])).toContainEqual([
      '8',
      expect.stringMatching(/^the grant of org role manager to dana@acme\.com ends \S+ \(in [34] days\)$/),
    ]);
  });

  it('the first scheduled run after the end takes it back, and says so', async () => {
    const dana = sentry.org.findByEmail('dana@acme.com');
    if (dana) dana.orgRole = 'manager';
    const result = await run(
      { 'sentry-members.yml': granted(day(-1)) },
      { eventName: 'schedule', event: { repository: { default_branch: 'main' } }, ref: 'refs/heads/main' },
    );
    expect(result.exitCode).toBe(0);
    expect(sentry.org.findByEmail('dana@acme.com')?.orgRole).toBe('member');
    expect(result.stdout).toContain(`grant ended ${day(-1)}: org role manager -> member`);
  });
  it('an entry that has ended removes the member, whatever unlisted says; validate warns first', async () => {
    const text = `organization: acme\nunlisted: ignore\nmembers:\n  alice@acme.com: {role: owner, teams: {platform: admin}}\n  grace@acme.com:\n    role: member\n    teams: [web]\n    until: ${day(-2)}\n`;
    const checked = await run({ 'sentry-members.yml': text }, { inputs: { mode: 'validate' } });
    expect(checked.exitCode).toBe(0);
    expect(checked.of('warning').map((w) => [w.properties.line, w.message])).toContainEqual([
      '5',
      `sentry-members.yml:5:3: the entry of grace@acme.com ended ${day(-2)}: the next apply removes the member (or remove the entry)`,
    ]);
    const applied = await run(
      { 'sentry-members.yml': text },
      { eventName: 'schedule', event: { repository: { default_branch: 'main' } }, ref: 'refs/heads/main' },
    );
    expect(applied.exitCode).toBe(0);
    expect(sentry.org.findByEmail('grace@acme.com')).toBeUndefined();
    expect(applied.stdout).toContain(`remove (expired ${day(-2)}): the entry ended; was member`);
  });
});

describe('relative guards', () => {
  it('a percentage of max-removals stops an apply, writing nothing, and says the numbers', async () => {
    const text = 'organization: acme\nunlisted: remove\nmembers:\n  alice@acme.com: {role: owner, teams: {platform: admin}}\n';
    const result = await run({ 'sentry-members.yml': text }, { inputs: { mode: 'apply', 'max-removals': '25%' } });
    expect(result.exitCode).toBe(1);
    expect(sentry.writes()).toEqual([]);
    expect(result.of('error').map((e) => e.message)).toContainEqual(
      expect.stringMatching(
        /^the plan removes 10 members, more than input "max-removals" \(25% of 11 members and invitations: 2\): nothing was written/,
      ),
    );
  });
});

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
    // Backend is managed as a whole: Bob becomes its admin; Erin, Heidi and the CI bot (not in the section) leave it.
    expect(fixed.stdout).toMatch(
      /update bob@acme\.com \(Bob Backend\)\s+\(sentry\/org\.yml:5\)\n\s+backend: contributor -> admin/,
    );
    expect(fixed.stdout).toMatch(/update erin@acme\.com \(Erin\)\s+\(sentry\/teams\/backend\.yml:2\)\n\s+leaves backend/);
  });

  it('a team section or a grant for a team the organization does not have is an error in its own file', async () => {
    const result = await run(
      {
        'sentry/org.yml':
          'organization: acme\nmembers:\n  alice@acme.com: {role: owner}\n  bob@acme.com:\n    role: member\n    grants:\n      - teams: [incidnt]\n        until: 2099-01-01\n',
        'sentry/teams/backend.yml': 'teams:\n  backnd:\n    admins: [bob@acme.com]\n',
      },
      { inputs: { mode: 'plan', config: 'sentry' } },
    );
    expect(result.exitCode).toBe(1);
    expect(sentry.writes()).toEqual([]);
    const errors = result.of('error').map((e) => [e.properties.file, e.properties.line, e.message]);
    expect(errors).toContainEqual([
      'sentry/teams/backend.yml',
      '2',
      expect.stringMatching(
        /: team "backnd" \(a team section\) does not exist in the Sentry organization "acme"\. Did you mean "backend"\?/,
      ),
    ]);
    expect(errors).toContainEqual([
      'sentry/org.yml',
      '7',
      expect.stringMatching(/: team "incidnt" \(in a grant of bob@acme\.com\) does not exist/),
    ]);
  });
});
