/**
 * Hostile config files and team leads out of their lane, one test each (FILE_ATTACKS): what a
 * committed file, a link or a pull request on a team's file could make the action read, publish
 * or change, and what the command line's export could be made to write. Each failed before its
 * fix (a glob followed a link anywhere and published its head; a directory skipped a link in
 * silence; a /proc file was read without bound; a team's file could promote anyone to owner; an
 * export wrote where a server's slug pointed). The README's Safety section counts them.
 */
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config/load.ts';
import { formatProblem, type LoadResult } from '../../src/config/model.ts';
import { workspaceTree } from '../../src/config/workspace-tree.ts';
import { validateConfig } from '../../src/engine/validate.ts';
import type { Fixture } from '../../src/sim/fixture.ts';
import { simulations } from '../engine/helpers.ts';
import { workspaceWith } from '../harness/workspace.ts';
import { FILE_ATTACKS } from './file-attack-cases.ts';

const start = simulations();
const SECRET = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
/** What a file outside the workspace holds: nothing of it may appear in any message. */
const OUTSIDE = `https://octocat:${SECRET}@github.com\nmarker-of-the-outside-file\n`;

async function workspace(files: Record<string, string>): Promise<{ root: string; outside: string }> {
  const base = await mkdtemp(path.join(tmpdir(), 'sms-attack-'));
  const root = path.join(base, 'repo');
  const outside = path.join(base, 'home');
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(outside, '.git-credentials'), OUTSIDE);
  await mkdir(root);
  await workspaceWith(files, root);
  return { root, outside };
}

function problemsOf(result: LoadResult) {
  return result.ok ? result.warnings : result.problems;
}

/** Every message as a reader sees it: never the outside file, never a token. */
function expectNothingLeaked(result: LoadResult) {
  const text = problemsOf(result).map(formatProblem).join('\n');
  expect(text).not.toContain('marker-of-the-outside-file');
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain('octocat');
}

async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env, cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const ORG = 'organization: acme\nmembers:\n  alice@acme.com: owner\n  bob@acme.com: member\n';

describe('team files stay in their lane', () => {
  it(FILE_ATTACKS[0], async () => {
    const { root } = await workspace({
      'sentry/org.yml': ORG,
      'sentry/teams/web.yml': 'teams:\n  web:\n    members: [bob@acme.com]\n',
      // Reviewed by backend's leads only (CODEOWNERS): it tries everything a lead must not do.
      'sentry/teams/backend.yml': [
        'unlisted: remove',
        'missing: invite',
        'ignore: [alice@acme.com]',
        'members:',
        '  mallory@acme.com: owner',
        'teams:',
        '  backend:',
        '    admins: [mallory@acme.com]',
        '  web:',
        '    admins: [mallory@acme.com]',
        '',
      ].join('\n'),
    });
    const sim = await start();
    const result = await cli(['plan', 'sentry', '--sentry-url', sim.url], root, { SENTRY_AUTH_TOKEN: sim.token ?? '' });
    expect(result.code).toBe(1);
    // Nothing was asked of Sentry: the config is refused first.
    expect(sim.requests).toEqual([]);
    const lines = result.err.split('\n').filter((line) => line.startsWith('error: sentry/teams/backend.yml:'));
    expect(lines.map((line) => /^error: sentry\/teams\/backend\.yml:(\d+):/.exec(line)?.[1])).toEqual(
      expect.arrayContaining(['1', '2', '3', '4', '9']),
    );
    expect(result.err).toContain('"members" is an org-level key');
    expect(result.err).toContain('team "web" has its section in sentry/teams/backend.yml');
  });
});

describe('config files are read from the workspace only, and only as files', () => {
  it(FILE_ATTACKS[1], async () => {
    const { root, outside } = await workspace({ 'sentry/org.yml': ORG });
    await symlink(path.join(outside, '.git-credentials'), path.join(root, 'sentry/creds.yml'));
    const result = await loadConfig('sentry/*.yml', root);
    expect(result.ok).toBe(false);
    expect(problemsOf(result).map((p) => [p.file, p.message])).toEqual([
      ['sentry/creds.yml', expect.stringMatching(/^the file is a symbolic link that leads out of the workspace/)],
    ]);
    expectNothingLeaked(result);
  });

  it(FILE_ATTACKS[2], async () => {
    const { root, outside } = await workspace({ 'sentry/org.yml': ORG });
    await writeFile(path.join(outside, 'team.yml'), 'teams:\n  team: {members: [bob@acme.com]}\n');
    await symlink(path.join(outside, 'team.yml'), path.join(root, 'sentry/team.yml'));
    // Skipped in silence before: its members would then have been taken off its team.
    const result = await validateConfig('sentry', root);
    expect(result.kind).toBe('invalid-config');
    expect(result.kind === 'invalid-config' && result.problems.map((p) => p.file)).toEqual(['sentry/team.yml']);
    // The same link to a file inside the workspace is read as that file.
    await writeFile(path.join(root, 'web.yml'), 'teams:\n  web: {members: [bob@acme.com]}\n');
    const inside = await workspace({ 'sentry/org.yml': ORG, 'common/web.yml': 'teams:\n  web: {members: [bob@acme.com]}\n' });
    await symlink('../common/web.yml', path.join(inside.root, 'sentry/web.yml'));
    const followed = await validateConfig('sentry', inside.root);
    expect(followed.kind === 'validated' && [...followed.config.teams.keys()]).toEqual(['web']);
  });

  it(FILE_ATTACKS[3], async () => {
    const { root, outside } = await workspace({ 'sentry/org.yml': ORG });
    await mkdir(path.join(outside, 'teams'));
    await writeFile(path.join(outside, 'teams/qa.yml'), 'teams:\n  qa: {}\n');
    await symlink(path.join(outside, 'teams'), path.join(root, 'sentry/teams'));
    for (const given of ['sentry', 'sentry/**/*.yml']) {
      const result = await loadConfig(given, root);
      expect(problemsOf(result).map((p) => [p.file, p.message])).toEqual([
        ['sentry/teams', expect.stringMatching(/^the file is a symbolic link to a folder: links to folders are not followed/)],
      ]);
    }
  });

  it(FILE_ATTACKS[4], async () => {
    const { execFileSync } = await import('node:child_process');
    const { root } = await workspace({ 'sentry/org.yml': ORG });
    execFileSync('mkfifo', [path.join(root, 'sentry/pipe.yml')]);
    // Opening a FIFO waits for a writer: a read that did would hold the run until the job's timeout.
    const started = Date.now();
    for (const given of ['sentry', 'sentry/pipe.yml']) {
      const result = await loadConfig(given, root);
      expect(problemsOf(result).map((p) => [p.file, p.message])).toEqual([
        [expect.stringMatching(/pipe\.yml$/), expect.stringMatching(/is a named pipe \(FIFO\), not a regular file/)],
      ]);
    }
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it(FILE_ATTACKS[5], async () => {
    // /proc files say they have 0 bytes: the read stops at the cap whatever the size says.
    const proc = workspaceTree('/proc/self');
    const read = await proc.read('maps', 64);
    expect(read).toEqual({
      refused: expect.stringMatching(/^the file is 0\.0 MiB, more than the 10 MiB a config file may have/),
    });
    // And a link to one is a link out of the workspace: not opened at all.
    const { root } = await workspace({ 'sentry/org.yml': ORG });
    await symlink('/proc/self/environ', path.join(root, 'sentry/environ.yml'));
    const result = await loadConfig('sentry', root);
    expect(problemsOf(result).map((p) => p.message)).toEqual([expect.stringMatching(/leads out of the workspace/)]);
    expectNothingLeaked(result);
  });

  it(FILE_ATTACKS[6], async () => {
    const { root } = await workspace({
      'sentry/org.yml': ORG,
      'sentry/.staging.yml': 'members:\n  mallory@acme.com: owner\n',
      'sentry/.old/teams/web.yml': 'teams:\n  web: {}\n',
    });
    for (const given of ['sentry', 'sentry/**/*.yml', 'sentry/*.yml']) {
      const result = await loadConfig(given, root);
      expect(result.ok && result.config.files).toEqual(['sentry/org.yml']);
      expect(result.ok && [...result.config.members.keys()]).toEqual(['alice@acme.com', 'bob@acme.com']);
    }
  });
});

describe('no message echoes a file beyond the offending value, and none carries a token', () => {
  it(FILE_ATTACKS[7], async () => {
    const { root } = await workspace({
      'sentry-members.yml': `members:\n  alice@acme.com: owner\n  ${SECRET}: owner\n  bob@acme.com: {role: member, teams: [${SECRET.toLowerCase()}]}\n`,
    });
    const result = await loadConfig('sentry-members.yml', root);
    expect(result.ok).toBe(false);
    expect(problemsOf(result).length).toBeGreaterThan(0);
    expectNothingLeaked(result);
    expect(problemsOf(result).map(formatProblem).join('\n')).toContain('[redacted]');
  });

  it(FILE_ATTACKS[8], async () => {
    const { root } = await workspace({ 'sentry-members.yml': OUTSIDE.split('\n')[0] ?? '' });
    const result = await loadConfig('sentry-members.yml', root);
    expect(problemsOf(result).map(formatProblem)).toEqual([
      'sentry-members.yml:1:1: the file must be a mapping of keys such as organization, members and teams (see members.example.yml); found text',
    ]);
    expectNothingLeaked(result);
  });
});

describe('dates are real dates', () => {
  it(FILE_ATTACKS[9], async () => {
    const { root } = await workspace({
      'sentry-members.yml': [
        'members:',
        '  alice@acme.com: owner',
        '  bob@acme.com:',
        '    role: member',
        '    until: 2027-02-30T00:00:00Z',
        '    grants:',
        '      - role: manager',
        '        until: 2027-01-01T25:00:00Z',
        '  carol@acme.com: {role: membr}',
        '',
      ].join('\n'),
    });
    const result = await loadConfig('sentry-members.yml', root);
    // All at once: the shape error and both impossible instants, in one run.
    expect(problemsOf(result).map((p) => [p.line, p.message])).toEqual([
      [5, expect.stringMatching(/^"2027-02-30T00:00:00Z" is not a day of the calendar: February 2027 has 28 days/)],
      [8, expect.stringMatching(/^"2027-01-01T25:00:00Z" has the hour 25, which does not exist/)],
      [9, expect.stringMatching(/^"membr" is not a valid org role/)],
    ]);
  });
});

describe('export writes only inside --out, and never over what it did not write', () => {
  it(FILE_ATTACKS[10], async () => {
    const fixture: Fixture = {
      organization: { slug: 'acme' },
      teams: [{ slug: 'backend' }, { slug: '../../.github/workflows/ci' }],
      members: [{ email: 'alice@acme.com', orgRole: 'owner', teams: { backend: null } }],
      tokens: [{ token: 'sntryu_attack_owner', member: 'alice@acme.com' }],
    };
    const sim = await start(fixture);
    const { root } = await workspace({ '.github/workflows/ci.yml': 'on: push\n' });
    const result = await cli(['export', 'sentry/', '--layout', 'teams', '--org', 'acme', '--sentry-url', sim.url], root, {
      SENTRY_AUTH_TOKEN: 'sntryu_attack_owner',
    });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/expected a team slug \(lowercase letters, digits, "-" and "_"/);
    expect(await readFile(path.join(root, '.github/workflows/ci.yml'), 'utf8')).toBe('on: push\n');
    expect(await readdir(root)).toEqual(['.github']);
  });

  it(FILE_ATTACKS[11], async () => {
    const fixture: Fixture = {
      organization: { slug: 'acme' },
      teams: [{ slug: 'backend' }],
      members: [{ email: 'alice@acme.com', orgRole: 'owner', teams: { backend: null } }],
      tokens: [{ token: 'sntryu_attack_owner', member: 'alice@acme.com' }],
    };
    const sim = await start(fixture);
    const { root, outside } = await workspace({ 'sentry/org.yml': '# our notes\nmembers: {}\n' });
    const exportTo = (...rest: string[]) =>
      cli(['export', ...rest, '--org', 'acme', '--sentry-url', sim.url], root, { SENTRY_AUTH_TOKEN: 'sntryu_attack_owner' });
    expect((await exportTo('sentry/', '--layout', 'teams')).code).toBe(1);
    expect(await readFile(path.join(root, 'sentry/org.yml'), 'utf8')).toBe('# our notes\nmembers: {}\n');
    // A folder of --out that is a link out of it: nothing is written there, even with --force.
    await symlink(outside, path.join(root, 'sentry/teams'));
    const linked = await exportTo('sentry/', '--layout', 'teams', '--force');
    expect(linked.code).toBe(1);
    expect(linked.err).toMatch(/leads out of .*sentry \(a symbolic link\)|symbolic link/);
    expect((await readdir(outside)).sort()).toEqual(['.git-credentials']);
    // A file named as --out that is a link: never written through.
    await symlink(path.join(outside, '.git-credentials'), path.join(root, 'members.yml'));
    const through = await exportTo('members.yml', '--force');
    expect(through.code).toBe(1);
    expect(through.err).toContain('is a symbolic link: export does not write through links');
    expect(await readFile(path.join(outside, '.git-credentials'), 'utf8')).toBe(OUTSIDE);
  });
});
