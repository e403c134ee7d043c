/**
 * Team sections, several files and temporary access as the loader reads them: every rule with
 * its error or warning at the right file and line.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORG_KEYS } from '../../src/config/lanes.ts';
import { loadConfig, parseConfig } from '../../src/config/load.ts';
import type { ConfigProblem } from '../../src/config/model.ts';
import { endedWarnings } from '../../src/engine/validate.ts';
import { workspaceWith } from '../harness/workspace.ts';

const problems = (result: Awaited<ReturnType<typeof parseConfig>>) =>
  (result.ok ? result.warnings : result.problems).map((p: ConfigProblem) => [p.severity, p.file, p.line, p.message]);

describe('team sections', () => {
  it('are read with their people and roles', async () => {
    const result = await parseConfig(
      'members:\n  ann@acme.com: member\n  bob@acme.com: manager\nteams:\n  backend:\n    admins: [Ann@acme.com]\n    members: [bob@acme.com]\n',
      'f.yml',
    );
    expect(result.ok && [...(result.config.teams.get('backend')?.people ?? [])]).toEqual([
      ['ann@acme.com', 'admin'],
      ['bob@acme.com', null],
    ]);
  });

  it.each([
    [
      'an email not under members',
      'members:\n  ann@acme.com: member\nteams:\n  backend:\n    members: [zed@acme.com]\n',
      [
        [
          'error',
          'f.yml',
          5,
          'zed@acme.com is on team "backend" but not listed under members (where its org role comes from): add it to members',
        ],
      ],
    ],
    [
      'a billing member',
      'members:\n  bill@acme.com: billing\nteams:\n  backend:\n    members: [bill@acme.com]\n',
      [
        [
          'error',
          'f.yml',
          5,
          'bill@acme.com has the org role "billing" (f.yml:2), which cannot be on teams (Sentry refuses it): take it off team "backend"',
        ],
      ],
    ],
    [
      'an email in two lists of one section',
      'members:\n  ann@acme.com: member\nteams:\n  backend:\n    admins: [ann@acme.com]\n    members: [ann@acme.com]\n',
      [['error', 'f.yml', 6, 'ann@acme.com is in two lists of team "backend" (also line 5): keep one']],
    ],
    [
      'a pair declared twice with different roles',
      'members:\n  ann@acme.com: {role: member, teams: [backend]}\nteams:\n  backend:\n    admins: [ann@acme.com]\n',
      [
        [
          'error',
          'f.yml',
          5,
          'ann@acme.com is on team "backend" with admin here and no explicit role in its entry at f.yml:2: declare the team in one place',
        ],
      ],
    ],
    [
      'a pair declared twice with the same role (a warning)',
      'members:\n  ann@acme.com: {role: member, teams: {backend: admin}}\nteams:\n  backend:\n    admins: [ann@acme.com]\n',
      [
        [
          'warning',
          'f.yml',
          5,
          'ann@acme.com is on team "backend" here and in its entry at f.yml:2, with the same role: one place is enough',
        ],
      ],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(problems(await parseConfig(text, 'f.yml'))).toEqual(expected);
  });
});

describe('temporary access', () => {
  it('reads until as a date (through that day, UTC) or a timestamp; refuses impossible dates and grants not above the entry', async () => {
    const ok = await parseConfig(
      'members:\n  zoe@acme.com:\n    role: member\n    until: 2027-01-31\n    grants:\n      - role: manager\n        until: 2026-12-05T18:00:00Z\n',
      'f.yml',
    );
    expect(ok.ok && ok.config.members.get('zoe@acme.com')?.until).toEqual({ text: '2027-01-31', end: Date.UTC(2027, 1, 1) });
    expect(ok.ok && ok.config.members.get('zoe@acme.com')?.grants[0]?.until.end).toBe(Date.UTC(2026, 11, 5, 18));
    const bad = await parseConfig(
      'members:\n  zoe@acme.com:\n    role: manager\n    until: 2027-02-30\n    grants:\n      - role: member\n        until: 2027-01-01\n      - until: 2027-01-01\n',
      'f.yml',
    );
    expect(problems(bad)).toEqual([
      [
        'error',
        'f.yml',
        4,
        '"2027-02-30" is not a day of the calendar: February 2027 has 28 days (expected a date (2027-01-31) or an RFC 3339 timestamp (2027-01-31T18:00:00Z))',
      ],
      [
        'error',
        'f.yml',
        6,
        'the grant\'s role "member" is not above the role of zoe@acme.com ("manager"): a grant adds access; raise it, or change the entry\'s role',
      ],
      ['error', 'f.yml', 8, 'a grant of zoe@acme.com needs "role" or "teams" (or both): what does it give until 2027-01-01?'],
    ]);
  });

  it('validate warns about entries and grants that have already ended', async () => {
    const result = await parseConfig(
      'members:\n  zoe@acme.com:\n    role: member\n    until: 2020-01-31\n    grants:\n      - role: manager\n        until: 2020-01-01\n',
      'f.yml',
    );
    if (!result.ok) throw new Error('invalid');
    expect(endedWarnings(result.config, Date.UTC(2026, 0, 1)).map((p) => [p.line, p.message])).toEqual([
      [2, 'the entry of zoe@acme.com ended 2020-01-31: the next apply removes the member (or remove the entry)'],
      [6, 'a grant of zoe@acme.com ended 2020-01-01: the next apply takes it back (or remove the grant)'],
    ]);
  });
});

describe('several files', () => {
  const tree = (files: Record<string, string>) => workspaceWith(files);

  it('a directory or a glob is one config: the org file and a file per team; hidden files are skipped by both', async () => {
    const cwd = await tree({
      'sentry/org.yml': 'organization: acme\nunlisted: remove\nmembers:\n  ann@acme.com: member\n  bob@acme.com: manager\n',
      'sentry/teams/backend.yml': 'teams:\n  backend:\n    admins: [ann@acme.com]\n',
      'sentry/teams/web.yaml': 'teams:\n  web:\n    members: [bob@acme.com, ann@acme.com]\n',
      'sentry/teams/.draft.yml': 'members:\n  mallory@acme.com: owner\n',
      'sentry/.old/teams/qa.yml': 'teams:\n  qa: {}\n',
      'sentry/README.md': 'not a config',
    });
    for (const given of ['sentry', 'sentry/', 'sentry/**/*.y*ml']) {
      const result = await loadConfig(given, cwd);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.config.file).toBe(given);
      expect(result.config.files).toEqual(['sentry/org.yml', 'sentry/teams/backend.yml', 'sentry/teams/web.yaml']);
      expect(result.config).toMatchObject({ organization: 'acme', unlisted: 'remove' });
      expect([...result.config.teams.keys()]).toEqual(['backend', 'web']);
      expect(result.config.teams.get('web')?.file).toBe('sentry/teams/web.yaml');
    }
  });

  it("team files stay in their lane: org-level keys and other teams' sections are errors at their file and line", async () => {
    const cwd = await tree({
      'c/org.yml': 'organization: acme\nmembers:\n  ann@acme.com: member\n  bob@acme.com: member\nteams:\n  web: {}\n',
      'c/teams/backend.yml': [
        'organization: acme',
        'unlisted: remove',
        'ignore: [bob@acme.com]',
        'members:',
        '  mallory@acme.com: owner',
        'teams:',
        '  backend:',
        '    admins: [ann@acme.com]',
        '  web:',
        '    members: [ann@acme.com]',
        '',
      ].join('\n'),
      'c/teams/Mobile Team.yml': 'teams:\n  mobile: {}\n',
    });
    const lane = (key: string, file: string, team: string) =>
      `"${key}" is an org-level key, and in a config of several files the org-level keys (${ORG_KEYS.join(', ')}) are all in c/org.yml: ${file} is team "${team}"'s file and holds only that team's section (teams: {${team}: ...}). Move "${key}" to c/org.yml, whose owners decide org roles and policies`;
    expect(problems(await loadConfig('c', cwd))).toEqual([
      [
        'error',
        'c/teams/Mobile Team.yml',
        2,
        expect.stringMatching(
          /^team "mobile" has its section in c\/teams\/Mobile Team\.yml, which may hold only the section of the team its name says: .* Move it to c\/teams\/mobile\.yml or to c\/org\.yml$/,
        ),
      ],
      ['error', 'c/teams/backend.yml', 1, lane('organization', 'c/teams/backend.yml', 'backend')],
      ['error', 'c/teams/backend.yml', 2, lane('unlisted', 'c/teams/backend.yml', 'backend')],
      [
        'error',
        'c/teams/backend.yml',
        3,
        'bob@acme.com is ignored here and listed under members at c/org.yml:4: keep it in one place only',
      ],
      ['error', 'c/teams/backend.yml', 3, lane('ignore', 'c/teams/backend.yml', 'backend')],
      ['error', 'c/teams/backend.yml', 4, lane('members', 'c/teams/backend.yml', 'backend')],
      ['error', 'c/teams/backend.yml', 9, 'team "web" has a section here and at c/org.yml:6: a team\'s section is in one file'],
      [
        'error',
        'c/teams/backend.yml',
        9,
        'team "web" has its section in c/teams/backend.yml, which may hold only the section of the team its name says ("backend"): a team\'s section is in a file named after the team, so that its owners are that team\'s leads. Move it to c/teams/web.yml or to c/org.yml',
      ],
    ]);
  });

  it('every problem of every file at once: syntax, schema and semantic errors together', async () => {
    const cwd = await tree({
      'e/org.yml': [
        'organization: acme',
        'members:',
        '  ann@acme.com: {role: mangaer}',
        '  bob@acme.com:',
        '    role: member',
        '    until: 2027-01-01T25:00:00Z',
        '    teamz: [web]',
        '',
      ].join('\n'),
      'e/teams/backend.yml': 'teams:\n  backend:\n    contributers: [ann@acme.com]\n    members: [zed@acme.com]\n',
      'e/teams/web.yml': 'teams:\n  web:\n    members: [bob@acme.com\n',
    });
    expect(problems(await loadConfig('e', cwd))).toEqual([
      ['error', 'e/org.yml', 3, expect.stringMatching(/^"mangaer" is not a valid org role .*Did you mean "manager"\?$/)],
      ['error', 'e/org.yml', 6, expect.stringMatching(/^"2027-01-01T25:00:00Z" has the hour 25, which does not exist/)],
      ['error', 'e/org.yml', 7, expect.stringMatching(/^unknown key "teamz" in member bob@acme.com; .*Did you mean "teams"\?$/)],
      [
        'error',
        'e/teams/backend.yml',
        3,
        'unknown key "contributers" in the section of team "backend"; allowed keys: github-team, admins, contributors, members. Did you mean "contributors"?',
      ],
      ['error', 'e/teams/web.yml', 4, expect.stringMatching(/^invalid YAML/)],
    ]);
  });

  it('an empty directory, or files without members, say so', async () => {
    const cwd = await tree({ 'd/teams.yml': 'organization: acme\n' });
    expect(problems(await loadConfig('d', cwd))).toEqual([
      ['error', 'd', undefined, 'none of the files of d lists "members" (who is in the organization)'],
    ]);
    expect(problems(await loadConfig('d/*.json', cwd))[0]?.[3]).toMatch(/^no \*\.yml or \*\.yaml file matches d\/\*\.json/);
  });
});

describe('approvals', () => {
  const member = 'members:\n  ann@acme.com: member\n';
  it('reads logins and org/team slugs, each once (names match without case)', async () => {
    const result = await parseConfig(`${member}approvals:\n  privileged: [octocat, acme/sentry-admins, OctoCat]\n`, 'f.yml');
    expect(result.ok && result.config.approvals).toEqual({
      privileged: [
        { kind: 'person', login: 'octocat' },
        { kind: 'team', org: 'acme', team: 'sentry-admins' },
      ],
      file: 'f.yml',
      position: { line: 3, column: 1 },
    });
    expect(problems(result)).toEqual([
      [
        'warning',
        'f.yml',
        4,
        'OctoCat is in approvals.privileged twice (as octocat on line 4; GitHub names match without case): once is enough',
      ],
    ]);
  });

  it.each([
    [
      'a mention',
      'approvals:\n  privileged: ["@octocat"]\n',
      [
        'error',
        'f.yml',
        4,
        '"@octocat" is not a GitHub login (octocat) or a GitHub team (org/team-slug) (approvals.privileged entry #1): write "octocat", without the @',
      ],
    ],
    [
      'a team without its organization',
      'approvals:\n  privileged: [octocat, /admins]\n',
      [
        'error',
        'f.yml',
        4,
        '"/admins" is not a GitHub login (octocat) or a GitHub team (org/team-slug) (approvals.privileged entry #2)',
      ],
    ],
    [
      'nobody',
      'approvals:\n  privileged: []\n',
      [
        'error',
        'f.yml',
        4,
        'approvals.privileged lists nobody, so no owner or manager grant could ever be made: list the GitHub logins or org/team slugs who may approve them, or remove approvals',
      ],
    ],
    [
      'a typo',
      'approvals:\n  privilegd: [octocat]\n  privileged: [octocat]\n',
      ['error', 'f.yml', 4, 'unknown key "privilegd" in "approvals"; allowed keys: privileged. Did you mean "privileged"?'],
    ],
    [
      'a typo at the top',
      'approval:\n  privileged: [octocat]\n',
      [
        'error',
        'f.yml',
        3,
        'unknown key "approval" at the top level; allowed keys: organization, unlisted, missing, ignore, members, teams, people, approvals. Did you mean "approvals"?',
      ],
    ],
  ])('%s is an error at its line', async (_name, text, expected) => {
    expect(problems(await parseConfig(`${member}${text}`, 'f.yml'))).toEqual([expected]);
  });

  it("is set in one file of several: the org file (a team's file may not change who approves)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sms-config-'));
    await mkdir(path.join(dir, 'c'));
    await writeFile(path.join(dir, 'c/a.yml'), `${member}approvals:\n  privileged: [octocat]\n`);
    await writeFile(path.join(dir, 'c/b.yml'), 'approvals:\n  privileged: [hubot]\n');
    expect(problems(await loadConfig('c', dir))).toEqual([
      [
        'error',
        'c/b.yml',
        1,
        expect.stringMatching(/^"approvals" is an org-level key, .* are all in c\/a\.yml: c\/b\.yml is team "b"'s file/),
      ],
    ]);
  });
});
