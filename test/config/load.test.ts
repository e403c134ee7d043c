import { describe, expect, it } from 'vitest';
import { loadConfig, MAX_CONFIG_BYTES, parseConfig } from '../../src/config/load.ts';
import { formatProblem, type LoadResult } from '../../src/config/model.ts';
import { invalidConfigs, validConfigs } from '../fixtures/configs/corpus.ts';

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function problemsOf(result: LoadResult) {
  return result.ok ? result.warnings : result.problems;
}

describe('invalid config files', () => {
  it.each(invalidConfigs())('$name is refused at its line', async ({ bytes, line, column, message }) => {
    const result = await parseConfig(bytes, 'sentry-members.yml');
    expect(result.ok).toBe(false);
    const errors = problemsOf(result).filter((problem) => problem.severity === 'error');
    const at = `sentry-members.yml:${line}:${column}: `;
    expect(errors.map(formatProblem)).toContainEqual(
      expect.stringMatching(new RegExp(`^${escapeRegExp(at)}.*${escapeRegExp(message)}`)),
    );
  });
});

describe('valid config files', () => {
  it.each(validConfigs())('$name is accepted', async ({ text }) => {
    const result = await parseConfig(text, 'sentry-members.yml');
    expect(problemsOf(result).filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

/** One file with every form, read once for the tests of the model. */
const text = `organization: acme
unlisted: remove
missing: invite
ignore: [Bot@Acme.com]
members:
  Alice@Acme.com: {role: owner, teams: {platform: admin}}
  bob@acme.com: {role: member, teams: [web, backend]}
  carol@acme.com: billing
  dave@acme.com: {role: member, teams: []}
  zed@acme.com: {role: member, teams: {__proto__: contributor}}
`;
const result = await parseConfig(text, 'sentry-members.yml');
if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
const { config } = result;

describe('the normalized model', () => {
  it('lower-cases emails and keeps file order', () => {
    expect([...config.members.keys()]).toEqual([
      'alice@acme.com',
      'bob@acme.com',
      'carol@acme.com',
      'dave@acme.com',
      'zed@acme.com',
    ]);
    expect([...config.ignore]).toEqual(['bot@acme.com']);
  });

  it('keeps the policies and organization', () => {
    expect({ organization: config.organization, unlisted: config.unlisted, missing: config.missing }).toEqual({
      organization: 'acme',
      unlisted: 'remove',
      missing: 'invite',
    });
  });

  it('normalizes teams: map form to explicit roles, list form to null, shorthand to unmanaged, [] to no team', () => {
    const teams = (email: string) => {
      const spec = config.members.get(email)?.teams;
      return spec === undefined ? undefined : Object.fromEntries(spec);
    };
    expect(teams('alice@acme.com')).toEqual({ platform: 'admin' });
    expect(teams('bob@acme.com')).toEqual({ web: null, backend: null });
    expect(teams('carol@acme.com')).toBeUndefined();
    expect(teams('dave@acme.com')).toEqual({});
    expect(config.members.get('zed@acme.com')?.teams?.get('__proto__')).toBe('contributor');
  });

  it('records where each entry and team stands', () => {
    const alice = config.members.get('alice@acme.com');
    expect(alice?.source.entry).toEqual({ line: 6, column: 3 });
    expect([...(alice?.teams?.keys() ?? [])]).toEqual(['platform']);
    expect(alice?.source.teams).toEqual([{ line: 6, column: 41 }]);
    expect(config.members.get('carol@acme.com')?.source.entry).toEqual({ line: 8, column: 3 });
  });
});

describe('messages a newcomer can act on', () => {
  it('suggests the role a typo was meant to be', async () => {
    const result = await parseConfig('members:\n  bob@acme.com: {role: managr}\n', 'sentry-members.yml');
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
      '"managr" is not a valid org role (the role of bob@acme.com); expected one of: member, manager, owner, billing, admin. Did you mean "manager"?',
    ]);
  });

  it('reports a tab in the indentation alone, not the errors it causes on the valid lines after it', async () => {
    const text =
      'members:\n  bob@acme.com:\n\trole: member\n  ann@acme.com: member\n  cid@acme.com: {role: member, teams: [a]}\n';
    const result = await parseConfig(text, 'sentry-members.yml');
    expect(!result.ok && result.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'tab used for indentation: YAML indents with spaces only'],
    ]);
  });
});

describe('hints that fit the field', () => {
  it.each([
    [
      'a typo in a top-level key',
      'unlistd: remove\nmembers:\n  a@b.co: member\n',
      1,
      /^unknown key "unlistd" at the top level; allowed keys: organization, unlisted, missing, ignore, members, teams, people, approvals\. Did you mean "unlisted"\?$/,
    ],
    [
      'a typo in a member key',
      'members:\n  a@b.co: {role: member, teamz: [web]}\n',
      2,
      /^unknown key "teamz" in member a@b\.co; allowed keys: role, teams, until, grants\. Did you mean "teams"\?$/,
    ],
    [
      'a typo in a grant key',
      'members:\n  a@b.co:\n    role: member\n    grants:\n      - {role: manager, untill: 2027-01-01}\n',
      5,
      /^unknown key "untill" in grant #1 of a@b\.co; allowed keys: role, teams, until\. Did you mean "until"\?$/,
    ],
    [
      'a typo in a section key',
      'members:\n  a@b.co: member\nteams:\n  web:\n    contributers: [a@b.co]\n',
      5,
      /^unknown key "contributers" in the section of team "web"; allowed keys: github-team, admins, contributors, members\. Did you mean "contributors"\?$/,
    ],
    [
      'a space in the organization slug',
      'organization: acme corp\nmembers:\n  a@b.co: member\n',
      1,
      /^"acme corp" is not a valid organization slug: a slug has lowercase letters.*: it contains a space, which a slug never has; copy the slug from Sentry's settings$/,
    ],
    [
      'a space in a team slug',
      'members:\n  a@b.co: {role: member, teams: [back end]}\n',
      2,
      /^"back end" is not a valid team slug \(team #1 of a@b\.co\): .*which a slug never has/,
    ],
    [
      'a space in a date',
      'members:\n  a@b.co: {role: member, until: 2027-01-01 }\n  c@d.co: {role: member, until: "2027 01 01"}\n',
      3,
      /^"2027 01 01" is not a date \(2027-01-31\) or an RFC 3339 timestamp \(2027-01-31T18:00:00Z\) \(the end \(until\) of c@d\.co\): it contains a space; write it as a date/,
    ],
    [
      'a word for a date',
      'members:\n  a@b.co: {role: member, until: tomorrow}\n',
      2,
      /^"tomorrow" is not a date \(2027-01-31\) or an RFC 3339 timestamp \(2027-01-31T18:00:00Z\) \(the end \(until\) of a@b\.co\)$/,
    ],
    [
      'a bad email in a section',
      'members:\n  a@b.co: member\nteams:\n  web:\n    admins: [bob]\n',
      5,
      /^"bob" is not an email address \(admins #1 of team "web"\): an email is one @/,
    ],
    [
      'a space in an email',
      'members:\n  "a @b.co": member\n',
      2,
      /^"a @b\.co" is not an email address \(a key under members\): it contains a space, which an email never has; retype the address$/,
    ],
  ])('%s', async (_name, text, line, message) => {
    const result = await parseConfig(text, 'f.yml');
    expect(problemsOf(result).map((problem) => [problem.line, problem.message])).toContainEqual([
      line,
      expect.stringMatching(message),
    ]);
  });
});

describe('warnings and edge cases', () => {
  it('warns, without failing, about an explicit team role that has no effect', async () => {
    const result = await parseConfig('members:\n  dana@acme.com:\n    role: manager\n    teams: {web: contributor}\n', 'm.yml');
    expect(result.ok).toBe(true);
    expect(problemsOf(result).map(formatProblem)).toEqual([
      'm.yml:4:13: team role "contributor" on "web" has no effect for dana@acme.com: a manager is at least team admin on every team; write the team in list form or as "admin"',
    ]);
  });

  it('reports every schema error of a file at once', async () => {
    const result = await parseConfig('members:\n  a@b.co: boss\n  c@d.co: {role: member, teams: [Web]}\nextra: 1\n', 'm.yml');
    expect(problemsOf(result).map((problem) => problem.line)).toEqual([2, 3, 4]);
  });

  it('locates invalid UTF-8', async () => {
    const bytes = new Uint8Array([...Buffer.from('members:\n  a@b.co: mem'), 0xff, ...Buffer.from('ber\n')]);
    expect(problemsOf(await parseConfig(bytes, 'm.yml')).map(formatProblem)).toEqual([
      'm.yml:2:14: the file is not valid UTF-8: save it as UTF-8 (names with accents are fine in UTF-8)',
    ]);
  });

  it('accepts a UTF-8 byte-order mark and non-ASCII text', async () => {
    const bytes = Buffer.from('\uFEFF# Zoë\nmembers:\n  zoë@acme.com: member\n');
    expect((await parseConfig(bytes, 'm.yml')).ok).toBe(true);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const result = await parseConfig(`members: {}\n#${'x'.repeat(MAX_CONFIG_BYTES)}`, 'm.yml');
    expect(problemsOf(result).map(formatProblem)).toEqual([
      expect.stringMatching(/^m\.yml: the file is 10\.0 MiB, more than the 10 MiB/),
    ]);
  });

  it('says where to put a config file that does not exist', async () => {
    const result = await loadConfig('sentry-members.yml', '/nonexistent');
    expect(problemsOf(result).map(formatProblem)).toEqual([
      expect.stringMatching(
        /^sentry-members\.yml: config file not found at \/nonexistent\/sentry-members\.yml: commit it, or point the "config" input at it/,
      ),
    ]);
  });

  it('loads 50,000 members', async () => {
    const lines = ['members:'];
    for (let i = 0; i < 50_000; i++)
      lines.push(`  user${i}@acme.com: {role: member, teams: [team-${i % 300}, team-${(i * 7) % 300}x]}`);
    const result = await parseConfig(lines.join('\n'), 'big.yml');
    expect(result.ok && result.config.members.size).toBe(50_000);
  });
});
