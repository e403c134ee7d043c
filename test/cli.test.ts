/**
 * The command line as people and scripts use it, in memory (the bundle's own smoke runs are in
 * cli.e2e.test.ts): exit statuses, one-line usage errors, every command's help, the version,
 * JSON from every command, and its runs against the simulated Sentry.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/cli/main.ts';
import { parseConfig } from '../src/config/load.ts';
import { FLAG_KEYS, flagOf, SETTINGS } from '../src/settings/table.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../src/sim/server.ts';
import { invalidConfigs } from './fixtures/configs/corpus.ts';
import { ROOT } from './harness/run-action.ts';
import { TEST_ORG_FILE, TOKENS, testOrg } from './sim/org.ts';

const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
const EXAMPLE = path.join(ROOT, 'members.example.yml');
const INVALID = 'test/fixtures/configs/invalid/unknown-org-role.yml';

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env, cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sentry-members-sync validate', () => {
  it('accepts the example file', async () => {
    const result = await cli(['validate', EXAMPLE]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/members\.example\.yml is valid for organization acme: 8 members/);
  });

  it('exits 1 with located errors on an invalid file', async () => {
    const result = await cli(['validate', '--config', path.join(ROOT, INVALID)]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`error: ${INVALID}:5:11: "managr" is not a valid org role`);
  });
});

describe('the invalid corpus, through the command line', () => {
  let sentry: SimulatedSentry;
  beforeAll(async () => {
    sentry = await startSimulatedSentry(testOrg(), { rateLimit: false });
  });
  afterAll(async () => {
    await sentry.close();
  });

  it.each(invalidConfigs())(
    'plan refuses $name at its line, before any request to Sentry',
    async ({ file, line, column, message }) => {
      const shown = path.relative(ROOT, file);
      const result = await cli(['plan', shown, '--sentry-url', sentry.url], { SENTRY_AUTH_TOKEN: TOKENS.owner });
      expect(result.code).toBe(1);
      expect(result.err).toContain(`error: ${shown}:${line}:${column}: `);
      expect(result.err).toContain(message);
      expect(result.err.split('\n').at(-1)).toMatch(/has \d+ errors? \(listed above\): fix them and run again$/);
      expect(sentry.requests).toEqual([]);
    },
  );
});

describe('bad usage: exit 2 and one line that says where the help is', () => {
  const token = { SENTRY_AUTH_TOKEN: 'sntryu_x' };
  it.each([
    [[], {}, /^error: a command is needed: validate, plan, check, apply, export; see "sentry-members-sync --help"$/],
    [['frobnicate'], {}, /^error: unknown command "frobnicate": .*; see "sentry-members-sync --help"$/],
    [['plna'], {}, /^error: unknown command "plna" \(did you mean "plan"\?\)/],
    [['validate', '--nope'], {}, /^error: unknown option "--nope"; see "sentry-members-sync validate --help"$/],
    [['plan', '--max-chnages', '3'], {}, /^error: unknown option "--max-chnages" \(did you mean "--max-changes"\?\); see/],
    [['plan', '-x'], {}, /^error: unknown option "-x"; see "sentry-members-sync plan --help"$/],
    [['plan', '--max-changes', 'abc'], token, /^error: --max-changes is "abc": expected a whole number \(0 for no limit\); see/],
    [['apply', '--max-removals', '150%'], token, /^error: --max-removals is "150%": expected a whole number/],
    [['check', '--min-owners', '-1'], token, /^error: unknown option "-1"|^error: --min-owners needs a value/],
    [['plan', '--expiry-warning-days=soon'], token, /^error: --expiry-warning-days is "soon": expected a whole number/],
    [['plan', '--max-changes'], token, /^error: --max-changes needs a value; see "sentry-members-sync plan --help"$/],
    [['validate', '--json=yes'], {}, /^error: --json takes no value; see/],
    [['validate', '--layout', 'teams'], {}, /^error: --layout is not an option of validate \(it is for export\); see/],
    [['export', '--org', 'acme', '--layout', 'rows'], token, /^error: --layout is "rows": expected one of members, teams; see/],
    [['export'], token, /^error: export needs --org <slug>; see "sentry-members-sync export --help"$/],
    [
      ['plan', EXAMPLE, '--sentry-url', 'http://sentry.example.com'],
      token,
      /^error: --sentry-url is "http:\/\/sentry\.example\.com": only https/,
    ],
    [['plan', EXAMPLE, '--sentry-url', 'sentry.io'], token, /^error: --sentry-url is "sentry\.io": not a URL/],
    [['plan', EXAMPLE, EXAMPLE], token, /^error: unexpected argument|^error: the config is given twice/],
    [['plan', EXAMPLE, '--config', EXAMPLE], token, /^error: the config is given twice/],
    [['help', 'frob'], {}, /^error: unknown command "frob"/],
    [['plan', EXAMPLE], {}, /^error: SENTRY_AUTH_TOKEN is not set: export a Sentry user auth token in it/],
    [
      ['plan', EXAMPLE],
      { SENTRY_AUTH_TOKEN: TOKENS.org },
      /^error: SENTRY_AUTH_TOKEN: an organization auth token \(sntrys_\.\.\.\)/,
    ],
  ] as const)('%j', async (argv, env, message) => {
    const result = await cli([...argv], { ...env });
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/; see "sentry-members-sync( [a-z]+)? --help"$/);
    expect(result.err).not.toMatch(/Usage:|To specify a positional argument/);
    // As a script asks for it: one JSON object on standard output, the same line on standard error.
    const json = await cli([...argv, '--json'], { ...env });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toEqual({ ok: false, error: { kind: 'usage', message: expect.any(String) } });
    expect(json.err.split('\n')).toHaveLength(1);
  });

  it('names no option of another command as a suggestion', async () => {
    expect((await cli(['validate', '--lay'])).err).not.toContain('did you mean');
  });
});

describe('help', () => {
  it('plan --help, help plan and plan -h print the help of plan, with its options and their defaults', async () => {
    const results = await Promise.all([cli(['plan', '--help']), cli(['help', 'plan']), cli(['plan', '-h'])]);
    for (const result of results) expect(result).toEqual({ code: 0, out: results[0]?.out, err: '' });
    // Each option on one line, however the help wraps it.
    const text = (results[0]?.out ?? '').replace(/\n {28}/g, ' ');
    expect(text.split('\n')[0]).toBe('Usage: sentry-members-sync plan [config] [options]');
    expect(text).toContain('Read the organization and print what would change. Never writes.');
    expect(text).toMatch(/--max-changes <n> +.*\(default: 50\)/);
    expect(text).toMatch(/--config <path> +.*\(default: sentry-members\.yml\)/);
    expect(text).not.toContain('--layout');
    expect(text).toContain('SENTRY_AUTH_TOKEN');
  });

  it('each command has its own help; the general help lists every command and every option', async () => {
    const general = await cli(['--help']);
    expect(general.code).toBe(0);
    expect((await cli(['help'])).out).toBe(general.out);
    for (const command of ['validate', 'plan', 'check', 'apply', 'export']) {
      expect(general.out).toMatch(new RegExp(`^  ${command} \\[`, 'm'));
      const own = await cli(['help', command]);
      expect(own.out.split('\n')[0]).toMatch(new RegExp(`^Usage: sentry-members-sync ${command} `));
    }
    expect((await cli(['help', 'export'])).out.replace(/\n {28}/g, ' ')).toMatch(/--layout <form> +.*\(default: members\)/);
    expect((await cli(['help', 'validate'])).out).not.toContain('SENTRY_AUTH_TOKEN');
    for (const key of FLAG_KEYS) {
      const row = SETTINGS[key];
      const flag = row.flag as { value: string; switch?: true };
      expect(general.out).toContain(flag.switch ? `${flagOf(key)} ` : `${flagOf(key)} ${flag.value}`);
      if (row.default && !flag.switch) expect(general.out).toContain(`(default: ${row.default})`);
    }
    for (const line of general.out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--help --json is one JSON object too', async () => {
    const result = await cli(['plan', '--help', '--json']);
    expect(JSON.parse(result.out)).toEqual({ ok: true, help: (await cli(['plan', '--help'])).out });
  });
});

describe('the version', () => {
  it.each([['-V'], ['-v'], ['--version'], ['plan', '-V']])(
    '%j prints the version of package.json and nothing else',
    async (...argv) => {
      expect(await cli(argv)).toEqual({ code: 0, out: pkg.version, err: '' });
    },
  );

  it('--version --json prints it as JSON', async () => {
    expect(JSON.parse((await cli(['--version', '--json'])).out)).toEqual({ ok: true, version: pkg.version });
  });
});

describe('the command line as a new user meets it', () => {
  it("reads paths from the directory it is run in, not the tool's own folder", async () => {
    const elsewhere = path.join(ROOT, 'test/fixtures/configs/valid');
    const result = await cli(['validate', 'example.yml'], {}, elsewhere);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^example\.yml is valid/);
    const missing = await cli(['validate', 'nope.yml'], {}, elsewhere);
    expect(missing.err).toContain(
      `config file not found at ${path.join(elsewhere, 'nope.yml')}: pass the config file as the first argument`,
    );
    expect(missing.err).not.toMatch(/input|secret/);
  });

  it('takes the config file as the first argument of every command, read before the token is asked for', async () => {
    for (const command of ['plan', 'check', 'apply']) {
      const result = await cli([command, EXAMPLE]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^error: SENTRY_AUTH_TOKEN is not set/);
      const bad = await cli([command, path.join(ROOT, INVALID)]);
      expect(bad.code).toBe(1);
      expect(bad.err).toContain('"managr" is not a valid org role');
    }
  });
});

describe('--json: one object on standard output from every command', () => {
  it('problems are objects: file, line, column, severity, message', async () => {
    const invalid = await cli(['validate', INVALID, '--json']);
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.out)).toEqual({
      ok: false,
      error: { kind: 'invalid-config', message: `${INVALID} has 1 error (listed above): fix them and run again` },
      failures: [{ kind: 'invalid-config', message: `${INVALID} has 1 error (listed above): fix them and run again` }],
      warnings: [],
      problems: [
        {
          file: INVALID,
          line: 5,
          column: 11,
          severity: 'error',
          message: expect.stringMatching(/^"managr" is not a valid org role/),
        },
      ],
    });
    const missing = JSON.parse((await cli(['validate', 'nope.yml', '--json'])).out);
    expect(missing.problems).toEqual([
      { file: 'nope.yml', line: null, column: null, severity: 'error', message: expect.stringContaining('not found') },
    ]);
  });

  it('validate says what the config holds; its warnings are problems of severity warning', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(path.join(tmpdir(), 'sms-cli-'));
    await writeFile(path.join(dir, 'm.yml'), 'members:\n  dana@acme.com:\n    role: manager\n    teams: {web: contributor}\n');
    const result = await cli(['validate', 'm.yml', '--json'], {}, dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      ok: true,
      failures: [],
      problems: [{ file: 'm.yml', line: 4, column: 13, severity: 'warning', message: expect.stringContaining('no effect') }],
      config: { file: 'm.yml', members: 1 },
    });
  });
});

describe('plan, check, apply and export against the simulated Sentry', () => {
  let sim: SimulatedSentry;
  beforeEach(async () => {
    sim = await startSimulatedSentry(testOrg(), { rateLimit: false });
  });
  afterEach(async () => {
    await sim.close();
  });
  const env = () => ({ SENTRY_AUTH_TOKEN: TOKENS.owner });
  const args = (command: string, file: string, ...more: string[]) => [
    command,
    '--config',
    file,
    '--sentry-url',
    sim.url,
    ...more,
  ];

  async function exported(): Promise<string> {
    const result = await cli(['export', '--org', 'acme', '--sentry-url', sim.url], env());
    expect(result.code).toBe(0);
    return result.out;
  }

  it('export writes a valid file on which plan, check and apply find nothing to do', async () => {
    const text = await exported();
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/.*sentry-members\.schema\.json$/);
    const file = await tmpFile(text);
    expect((await cli(['validate', file])).code).toBe(0);
    const check = await cli(args('check', file), env());
    expect(check).toMatchObject({ code: 0 });
    expect(check.out).toMatch(/^Sentry plan: no changes: acme matches /);
    expect((await cli(args('apply', file), env())).code).toBe(0);
    expect(sim.writes()).toEqual([]);
  });

  it('apply never makes an owner or manager grant when approvals are set: no pull request stands behind it', async () => {
    const text = (await exported())
      .replace('max@acme.com:\n    role: member', 'max@acme.com:\n    role: manager')
      .replace('pat@acme.com:\n    role: member\n    teams: [backend]', 'pat@acme.com:\n    role: member\n    teams: []');
    const file = await tmpFile(`${text}\napprovals:\n  privileged: [octocat]\n`);
    const result = await cli(args('apply', file), env());
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'grant of manager to max@acme.com needs an approval from one of: octocat on the merged pull request; the command line carries no approval: merge a pull request that one of them approves (a re-run of that apply counts too)',
    );
    expect(sim.org.findByEmail('max@acme.com')?.orgRole).toBe('member');
    expect(sim.org.findByEmail('pat@acme.com')?.teams.size).toBe(0);
  });

  it('export --json gives the config in the object, or the files it wrote', async () => {
    const text = await exported();
    const json = await cli(['export', '--org', 'acme', '--sentry-url', sim.url, '--json'], env());
    expect(json.code).toBe(0);
    const value = JSON.parse(json.out);
    expect(value).toEqual({ ok: true, organization: 'acme', members: 11, written: [], removed: [], config: `${text}\n` });
    expect(parse(value.config)).toMatchObject({ organization: 'acme' });
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(path.join(tmpdir(), 'sms-cli-'));
    const file = await cli(['export', 'org.yml', '--org', 'acme', '--sentry-url', sim.url, '--json'], env(), dir);
    expect(JSON.parse(file.out)).toEqual({ ok: true, organization: 'acme', members: 11, written: ['org.yml'], removed: [] });
    expect(await readFile(path.join(dir, 'org.yml'), 'utf8')).toBe(`${text}\n`);
    const teams = await cli(
      ['export', 'sentry/', '--layout', 'teams', '--org', 'acme', '--sentry-url', sim.url, '--json'],
      env(),
      dir,
    );
    expect(JSON.parse(teams.out).written).toEqual(expect.arrayContaining(['sentry/org.yml', 'sentry/teams/backend.yml']));
  });

  it('export --layout teams into a directory writes org.yml and a file per team; read as one config, it plans empty', async () => {
    const { mkdtemp, readdir } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'sms-cli-')), 'sentry');
    const result = await cli(
      ['export', '--org', 'acme', '--sentry-url', sim.url, '--layout', 'teams', '--out', `${dir}/`],
      env(),
    );
    expect(result.code).toBe(0);
    const teams = (await readdir(path.join(dir, 'teams'))).sort();
    expect(teams.length).toBeGreaterThan(1);
    expect(result.err).toMatch(new RegExp(`org\\.yml \\(\\d+ members of "acme"\\) and ${teams.length} team files under teams/$`));
    const one = await readFile(path.join(dir, 'teams', teams[0] ?? ''), 'utf8');
    expect(one).toMatch(new RegExp(`^teams:\n {2}${(teams[0] ?? '').replace('.yml', '')}:`, 'm'));
    expect(await readFile(path.join(dir, 'org.yml'), 'utf8')).not.toMatch(/^teams:/m);
    expect((await cli(['validate', dir])).code).toBe(0);
    const check = await cli(args('check', dir), env());
    expect(check.out).toMatch(/^Sentry plan: no changes: acme matches /);
    expect(check.code).toBe(0);
    expect(sim.writes()).toEqual([]);
  });

  it('export never destroys what it did not write: an existing file or directory is refused, --force replaces and removes stale files, saying which', async () => {
    const { mkdtemp, mkdir, writeFile, readdir } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(path.join(tmpdir(), 'sms-cli-'));
    const exportTo = (...rest: string[]) => cli(['export', '--org', 'acme', '--sentry-url', sim.url, ...rest], env(), dir);
    // A file with notes in it.
    await writeFile(path.join(dir, 'members.yml'), '# notes of the platform team\nmembers: {}\n');
    const refused = await exportTo('members.yml');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /members\.yml exists: the export would replace it, .* Nothing was written: .*pass --force to replace it/,
    );
    expect(await readFile(path.join(dir, 'members.yml'), 'utf8')).toBe('# notes of the platform team\nmembers: {}\n');
    expect((await exportTo('members.yml', '--force')).code).toBe(0);
    expect(await readFile(path.join(dir, 'members.yml'), 'utf8')).toMatch(/^members:/m);
    // A directory exported before, with a team that no longer exists and a file of someone's own.
    await mkdir(path.join(dir, 'sentry/teams'), { recursive: true });
    await writeFile(path.join(dir, 'sentry/org.yml'), '# ours\nmembers: {}\n');
    await writeFile(path.join(dir, 'sentry/teams/qa.yml'), 'teams:\n  qa: {}\n');
    await writeFile(path.join(dir, 'sentry/README.md'), 'who owns what\n');
    const again = await exportTo('sentry/', '--layout', 'teams', '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.out).error.message).toMatch(
      /sentry already holds config files: it would replace org\.yml \(.*\); and teams\/qa\.yml is a config file the export does not write \(a team Sentry no longer has, or a file of your own\), which the next plan would read\. Nothing was written/,
    );
    expect(await readFile(path.join(dir, 'sentry/org.yml'), 'utf8')).toBe('# ours\nmembers: {}\n');
    const forced = await exportTo('sentry/', '--layout', 'teams', '--force', '--json');
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.out).removed).toEqual(['sentry/teams/qa.yml']);
    expect(forced.err).toMatch(/; removed 1 stale config file: teams\/qa\.yml$/);
    expect(await readdir(path.join(dir, 'sentry/teams'))).not.toContain('qa.yml');
    expect(await readFile(path.join(dir, 'sentry/README.md'), 'utf8')).toBe('who owns what\n');
    expect((await cli(args('check', path.join(dir, 'sentry')), env())).code).toBe(0);
  });

  it('plan exits 0 and writes nothing; check exits 1 on drift; apply exits 0 and converges', async () => {
    const file = await tmpFile((await exported()).replace('max@acme.com:\n    role: member', 'max@acme.com:\n    role: manager'));
    const plan = await cli(args('plan', file, '--json'), env());
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.out)).toMatchObject({
      ok: true,
      failures: [],
      problems: [],
      plan: { changes: [{ kind: 'update', email: 'max@acme.com', orgRole: { from: 'member', to: 'manager' } }] },
    });
    expect(sim.writes()).toEqual([]);
    const check = await cli(args('check', file, '--json'), env());
    expect(check.code).toBe(1);
    expect(JSON.parse(check.out)).toMatchObject({ ok: false, error: { kind: 'drift' } });
    const apply = await cli(args('apply', file, '--json'), env());
    expect(apply.code).toBe(0);
    expect(JSON.parse(apply.out)).toMatchObject({ ok: true, result: { applied: [{ change: { email: 'max@acme.com' } }] } });
    expect((await cli(args('check', file), env())).code).toBe(0);
  });

  it('a blocked change is data in --json, with its words beside it', async () => {
    const file = await tmpFile(
      (await exported()).replace('oscar@acme.com:\n    role: owner', 'oscar@acme.com:\n    role: manager'),
    );
    const plan = await cli(args('plan', file, '--json'), { SENTRY_AUTH_TOKEN: TOKENS.manager });
    expect(plan.code).toBe(1);
    expect(JSON.parse(plan.out).plan.blocked).toEqual([
      expect.objectContaining({
        change: expect.objectContaining({ email: 'oscar@acme.com' }),
        reasons: expect.arrayContaining([
          {
            kind: 'above-caller',
            role: 'owner',
            caller: { email: 'mia@acme.com', orgRole: 'manager' },
            message: 'the member\'s org role "owner" is above the token\'s user (mia@acme.com, manager)',
          },
        ]),
      }),
    ]);
  });

  it('apply exits 1 and writes nothing over a guard; exits 1 when a write fails or a change is blocked', async () => {
    const base = await exported();
    const file = await tmpFile(base.replace('max@acme.com:\n    role: member', 'max@acme.com:\n    role: manager'));
    expect((await cli(args('apply', file, '--max-changes', '0'), env())).code).toBe(0);
    const two = await tmpFile(
      base
        .replace('mia@acme.com:\n    role: manager', 'mia@acme.com:\n    role: member')
        .replace('pat@acme.com:\n    role: member', 'pat@acme.com:\n    role: manager'),
    );
    const guarded = await cli(args('apply', two, '--max-changes', '1'), env());
    expect(guarded.code).toBe(1);
    expect(guarded.err).toMatch(/more than --max-changes \(1\): nothing was written.*raise --max-changes/);
    expect(sim.writes()).toHaveLength(1);
    // Refused outright (not retried, unlike a 5xx): the run fails fast.
    sim.inject({ method: 'PUT', path: '/api/0/organizations/acme/members/6/', status: 400, body: { detail: 'refused' } });
    const failing = await cli(args('apply', two), env());
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('FAILED: update invite pat@acme.com');
    const blocked = await tmpFile(base.replace('oscar@acme.com:\n    role: owner', 'oscar@acme.com:\n    role: manager'));
    expect((await cli(args('plan', blocked), { SENTRY_AUTH_TOKEN: TOKENS.manager })).code).toBe(1);
  });

  it('a --sentry-url copied with the API path (/api/0/) is the same server', async () => {
    for (const suffix of ['/api/0/', '/api/0', '/']) {
      const result = await cli(['export', '--org', 'acme', '--sentry-url', `${sim.url}${suffix}`], env());
      expect(result.code, suffix).toBe(0);
    }
    expect(sim.requests.length).toBeGreaterThan(0);
    expect(sim.requests.filter((request) => !request.path.startsWith('/api/0/') || request.path.includes('/api/0/api/'))).toEqual(
      [],
    );
  });

  it('a wrong token says what to do on a command line', async () => {
    const result = await cli(args('plan', EXAMPLE), { SENTRY_AUTH_TOKEN: 'sntryu_not_a_token_of_this_org' });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /HTTP 401: .*\(the Sentry token is invalid or expired: create a new user auth token and export it in SENTRY_AUTH_TOKEN\)$/,
    );
    expect(result.err).not.toMatch(/secret|input/);
    expect(result.err).not.toContain('sntryu_not_a_token');
  });

  it('shows progress on a terminal (standard error), and nothing of it otherwise', async () => {
    const shown: string[] = [];
    const code = await main(args('plan', EXAMPLE), {
      stdout: () => {},
      stderr: () => {},
      env: env(),
      progress: (text) => shown.push(text),
    });
    expect(code).toBe(1); // members.example.yml names teams the test organization does not have
    expect(shown[0]).toMatch(/^talking to Sentry: \d+ requests?$/);
    expect(shown.at(-1)).toBe('');
  });

  it('exits 1 when a read fails, with the method and path', async () => {
    sim.inject({
      method: 'GET',
      path: '/api/0/organizations/acme/teams/',
      status: 404,
      body: { detail: 'The requested resource does not exist' },
    });
    const result = await cli(args('plan', EXAMPLE), env());
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/nothing was written: GET \/api\/0\/organizations\/acme\/teams\/\?per_page=100: HTTP 404/);
    expect(result.err).toMatch(/check the organization slug and --sentry-url/);
  });
});

async function tmpFile(text: string): Promise<string> {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(path.join(tmpdir(), 'sms-cli-'));
  const file = path.join(dir, 'sentry-members.yml');
  await writeFile(file, text);
  expect((await parseConfig(text, file)).ok).toBe(true);
  return file;
}

describe('Sentry at its edges, on the command line', () => {
  let sim: SimulatedSentry;
  afterEach(async () => {
    await sim.close();
  });
  const write = async (text: string) => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'sms-cli-')), 'sentry-members.yml');
    await writeFile(file, text);
    return file;
  };
  const everyone = TEST_ORG_FILE;

  it("apply exits 0 when Sentry's daily invitation limit defers invitations, and warns on standard error", async () => {
    sim = await startSimulatedSentry(testOrg(), { rateLimit: false, invitationBudget: { perOrganization: 1 } });
    const file = await write(
      `missing: invite\nignore: [exp@acme.com]\n${everyone.replace('  exp@acme.com: member\n', '')}  a@acme.com: member\n  b@acme.com: member\n  c@acme.com: member\n`,
    );
    const result = await cli(['apply', file, '--sentry-url', sim.url], { SENTRY_AUTH_TOKEN: TOKENS.owner });
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /^Sentry apply: partly applied: 1 of 3 changes to acme; 2 invitations deferred to the next run by Sentry's daily limit$/m,
    );
    expect(result.out).toMatch(/^ {4}deferred: invite [bc]@acme\.com: not sent: the next run sends it$/m);
    expect(result.err).toMatch(/^warning: 2 invitations not sent: Sentry's daily invitation limit was reached/m);
    expect(result.err).not.toContain('error:');
  });

  it('--inactive-days lists inactive members with their line, and --json carries them', async () => {
    sim = await startSimulatedSentry(testOrg(), { rateLimit: false });
    const file = await write(everyone);
    const result = await cli(['plan', file, '--sentry-url', sim.url, '--inactive-days', '30'], {
      SENTRY_AUTH_TOKEN: TOKENS.owner,
    });
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Inactive for 30 days or more \(\d+\), last activity in Sentry; nothing is removed for it:$/m);
    expect(result.out).toMatch(
      /^ {4}max@acme\.com: last active \d{4}-\d\d-\d\d \(\d+ days ago\) {2}\(\S*sentry-members\.yml:5\)$/m,
    );
    expect(result.out).not.toMatch(/pat@acme\.com: last active/);
    const json = JSON.parse(
      (await cli(['plan', file, '--sentry-url', sim.url, '--inactive-days', '30', '--json'], { SENTRY_AUTH_TOKEN: TOKENS.owner }))
        .out,
    );
    expect(json.plan.inactive).toMatchObject({ days: 30, neverActive: [] });
    expect(json.plan.inactive.members.map((note: { email: string }) => note.email)).toContain('max@acme.com');
  });
});
