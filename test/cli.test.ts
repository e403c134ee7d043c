import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { parseConfig } from '../src/config/load.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../src/sim/server.ts';
import { ROOT } from './harness/run-action.ts';
import { TOKENS, testOrg } from './sim/org.ts';

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env, cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sentry-members-sync validate', () => {
  it('accepts the example file', async () => {
    const result = await cli(['validate', path.join(ROOT, 'members.example.yml')]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/members\.example\.yml is valid for organization acme: 8 members/);
  });

  it('exits 1 with located errors on an invalid file', async () => {
    const file = path.join(ROOT, 'test/fixtures/configs/invalid/unknown-org-role.yml');
    const result = await cli(['validate', '--config', file]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'error: test/fixtures/configs/invalid/unknown-org-role.yml:5:11: "managr" is not a valid org role',
    );
  });

  it('exits 2 on bad usage', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['validate', '--nope'])).code).toBe(2);
    expect((await cli(['plan', '--config', path.join(ROOT, 'members.example.yml')])).err).toMatch(
      /^SENTRY_AUTH_TOKEN is not set/,
    );
    expect((await cli(['export'], { SENTRY_AUTH_TOKEN: 'x' })).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);
  });
});

describe('the command line as a new user meets it', () => {
  it('the bundled command says in one line which Node it needs, on a Node too old for it', async () => {
    const { execFile } = await import('node:child_process');
    const old = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.20.2"})';
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) =>
      execFile(process.execPath, ['--import', old, path.join(ROOT, 'dist/cli/index.js'), '--help'], (error, _out, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stderr }),
      ),
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^sentry-members-sync needs Node\.js 22\.19 or newer \(Node 24 recommended\); this is Node 20\.20\.2\./,
      ),
    ]);
  });

  it('--version prints the version of package.json', async () => {
    const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
    expect(await cli(['--version'])).toEqual({ code: 0, out: pkg.version, err: '' });
  });

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

  it('takes the config file as the first argument of every command, and refuses it twice', async () => {
    const file = path.join(ROOT, 'members.example.yml');
    for (const command of ['plan', 'check', 'apply']) {
      // The file is read (and found valid) before the token is asked for.
      const result = await cli([command, file]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^SENTRY_AUTH_TOKEN is not set/);
      const bad = await cli([command, path.join(ROOT, 'test/fixtures/configs/invalid/unknown-org-role.yml')]);
      expect(bad.code).toBe(1);
      expect(bad.err).toContain('"managr" is not a valid org role');
    }
    expect((await cli(['plan', file, '--config', file])).code).toBe(2);
  });

  it('--json gives one object with an error on every failure: usage, invalid config, a refused setting', async () => {
    const usage = await cli(['frobnicate', '--json']);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.out)).toMatchObject({ ok: false, error: { kind: 'usage', message: 'unknown command "frobnicate"' } });
    const invalid = await cli(['validate', 'test/fixtures/configs/invalid/unknown-org-role.yml', '--json']);
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.out)).toMatchObject({
      ok: false,
      error: { kind: 'invalid-config', message: expect.stringMatching(/has 1 error \(listed above\): fix them and run again$/) },
      problems: [expect.stringContaining('"managr" is not a valid org role')],
    });
    const url = await cli(['plan', 'members.example.yml', '--sentry-url', 'http://sentry.example.com', '--json'], {
      SENTRY_AUTH_TOKEN: 'sntryu_x',
    });
    expect(url.code).toBe(1);
    expect(JSON.parse(url.out).error.message).toMatch(/^--sentry-url is "http:\/\/sentry\.example\.com": only https is allowed/);
    const org = await cli(['plan', 'members.example.yml'], { SENTRY_AUTH_TOKEN: 'sntrys_org_token' });
    expect(org.err).toMatch(/^error: SENTRY_AUTH_TOKEN: an organization auth token/);
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

  it('export --layout teams into a directory writes org.yml and a file per team; read as one config, it plans empty', async () => {
    const { mkdtemp, readdir, readFile } = await import('node:fs/promises');
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

  it('plan exits 0 and writes nothing; check exits 1 on drift; apply exits 0 and converges', async () => {
    const file = await tmpFile((await exported()).replace('max@acme.com:\n    role: member', 'max@acme.com:\n    role: manager'));
    const plan = await cli(args('plan', file, '--json'), env());
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.out)).toMatchObject({
      ok: true,
      failures: [],
      plan: { changes: [{ kind: 'update', email: 'max@acme.com', orgRole: { from: 'member', to: 'manager' } }] },
    });
    expect(sim.writes()).toEqual([]);
    expect((await cli(args('check', file), env())).code).toBe(1);
    expect((await cli(args('apply', file), env())).code).toBe(0);
    expect((await cli(args('check', file), env())).code).toBe(0);
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
    sim.inject({ method: 'PUT', path: '/api/0/organizations/acme/members/6/', status: 500 });
    const failing = await cli(args('apply', two), env());
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('FAILED: update invite pat@acme.com');
    const blocked = await tmpFile(base.replace('oscar@acme.com:\n    role: owner', 'oscar@acme.com:\n    role: manager'));
    expect((await cli(args('plan', blocked), { SENTRY_AUTH_TOKEN: TOKENS.manager })).code).toBe(1);
  });

  it('shows progress on a terminal (standard error), and nothing of it otherwise', async () => {
    const shown: string[] = [];
    const code = await main(args('plan', path.join(ROOT, 'members.example.yml')), {
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
    const result = await cli(args('plan', path.join(ROOT, 'members.example.yml')), env());
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/nothing was written: GET \/api\/0\/organizations\/acme\/teams\/\?per_page=100: HTTP 404/);
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
