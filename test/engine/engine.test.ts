import { describe, expect, it } from 'vitest';
import { ACTION_WORDS } from '../../src/action/inputs.ts';
import { type Failure, failuresOf } from '../../src/engine/run.ts';
import { describeFailure } from '../../src/render/failures.ts';
import { describeReasons } from '../../src/render/reasons.ts';
import { GENERATED_OWNER_TOKEN, generateOrganization } from '../../src/sim/generate.ts';
import { requestErrors } from '../sim/openapi.ts';
import { TOKENS, testOrg } from '../sim/org.ts';
import { applyFor, planFor, runFor, simulations, snapshot } from './helpers.ts';

const start = simulations();

/** The test org's members as the file would list them today (so only the lines a test changes differ). */
const BASE = `organization: acme
unlisted: ignore
members:
  olivia@acme.com: {role: owner, teams: {backend: admin}}
  mia@acme.com: {role: manager, teams: [web]}
  max@acme.com: {role: member, teams: {backend: contributor, web: contributor}}
  bill@acme.com: billing
`;

describe('plan and apply against the simulated Sentry', () => {
  it('converges: after an apply the plan is empty, and a second apply writes nothing', async () => {
    const sim = await start();
    const file =
      `${BASE}  ada@acme.com: {role: manager, teams: [ops, web]}\n  pat@acme.com: {role: manager, teams: {web: admin}}\n`.replace(
        'max@acme.com: {role: member, teams: {backend: contributor, web: contributor}}',
        'max@acme.com: {role: manager, teams: [backend]}',
      );
    const first = await applyFor(sim, file);
    expect(first.result.failed).toEqual([]);
    expect(first.plan.changes.map((change) => change.email)).toEqual(['max@acme.com', 'ada@acme.com', 'pat@acme.com']);
    const writes = sim.writes().length;
    expect(await planFor(sim, file)).toMatchObject({ changes: [], blocked: [] });
    const second = await applyFor(sim, file);
    expect(second.result.applied).toEqual([]);
    expect(sim.writes()).toHaveLength(writes);
  });

  it('sends one PUT per member: the complete team list, and orgRole only when it changes', async () => {
    const sim = await start();
    await applyFor(
      sim,
      `${BASE.replace('mia@acme.com: {role: manager, teams: [web]}', 'mia@acme.com: {role: manager, teams: [web, ops]}')}  ada@acme.com: manager\n`,
    );
    // Writes to different members run concurrently: their order is not part of the contract.
    const writes = sim.writes().map((request) => [request.method, request.path, request.body]);
    expect(writes.sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      [
        'PUT',
        '/api/0/organizations/acme/members/2/',
        {
          teamRoles: [
            { teamSlug: 'web', role: null },
            { teamSlug: 'ops', role: null },
          ],
        },
      ],
      ['PUT', '/api/0/organizations/acme/members/5/', { orgRole: 'manager', teamRoles: [{ teamSlug: 'ops', role: null }] }],
    ]);
    for (const request of sim.writes()) expect(requestErrors(request.method, request.path, request.body)).toEqual([]);
  });

  it('reads each member again just before its write (a GET, then the PUT)', async () => {
    const sim = await start();
    await applyFor(sim, `${BASE}  ada@acme.com: manager\n`);
    const forAda = sim.requests.filter((request) => request.path.startsWith('/api/0/organizations/acme/members/5/'));
    expect(forAda.map((request) => request.method)).toEqual(['GET', 'PUT']);
  });

  it('converges in one apply on an organization without team roles, warning on the line of each explicit role', async () => {
    const sim = await start(testOrg({ teamRoles: false }));
    const file = BASE.replace(
      'max@acme.com: {role: member, teams: {backend: contributor, web: contributor}}',
      'max@acme.com: {role: member, teams: {backend: admin, ops: contributor}}',
    );
    const { plan, result } = await applyFor(sim, file);
    expect(result.failed).toEqual([]);
    expect(plan.warnings).toContainEqual({
      message: expect.stringMatching(
        /^this organization has no team roles: admin has no effect \(team "backend" of max@acme\.com;/,
      ),
      line: 6,
      file: 'sentry-members.yml',
    });
    // Sentry stores no team roles here: the write asks for none.
    expect(plan.changes).toMatchObject([
      {
        email: 'max@acme.com',
        request: {
          teamRoles: [
            { teamSlug: 'backend', role: null },
            { teamSlug: 'ops', role: null },
          ],
        },
      },
    ]);
    expect(await planFor(sim, file)).toMatchObject({ changes: [], blocked: [] });
  });

  it('reads pending invitations from the rosters: no member read of its own for any invitation', async () => {
    const sim = await start();
    await planFor(sim, `${BASE}  pat@acme.com: {role: member, teams: [backend]}\n  exp@acme.com: {role: member, teams: []}\n`);
    const memberReads = sim.requests.filter((request) => /^\/api\/0\/organizations\/acme\/members\/[^/?]+\/$/.test(request.path));
    expect(memberReads.map((request) => request.path)).toEqual(['/api/0/organizations/acme/members/me/']);
  });

  it('keeps unmanaged teams on a role change', async () => {
    const sim = await start();
    await applyFor(
      sim,
      BASE.replace('max@acme.com: {role: member, teams: {backend: contributor, web: contributor}}', 'max@acme.com: manager'),
    );
    expect(snapshot(sim)['max@acme.com']).toEqual({ role: 'manager', teams: { backend: null, web: 'contributor' } });
  });

  it.each([
    [
      'a manager on a team in list form, stored contributor',
      'mia@acme.com: {role: manager, teams: [web]}',
      { web: 'contributor' as const },
    ],
    ['a manager with explicit admin, stored none', 'mia@acme.com: {role: manager, teams: {web: admin}}', { web: null }],
    [
      'a manager with explicit contributor (no effect), stored admin',
      'mia@acme.com: {role: manager, teams: {web: contributor}}',
      { web: 'admin' as const },
    ],
  ])('sees no change for %s', async (_name, line, stored) => {
    const sim = await start();
    const mia = sim.org.findByEmail('mia@acme.com');
    mia?.teams.clear();
    for (const [slug, role] of Object.entries(stored)) mia?.teams.set(slug, role);
    const plan = await planFor(sim, BASE.replace('mia@acme.com: {role: manager, teams: [web]}', line));
    expect(plan.changes).toEqual([]);
  });

  it.each([1, 100, 101, 250])('reads an organization of %i members completely (paging)', async (size) => {
    const fixture = generateOrganization({ members: size, teams: 4, seed: size, pendingRate: 0.05 });
    const sim = await start(fixture);
    const lines = fixture.members.map((member) => {
      const teams = Object.entries(member.teams ?? {});
      return `  ${member.email}: {role: ${member.orgRole}, teams: {${teams.map(([slug, role]) => `${slug}: ${role ?? 'contributor'}`).join(', ')}}}`;
    });
    const plan = await planFor(sim, `organization: generated\nmembers:\n${lines.join('\n')}\n`, GENERATED_OWNER_TOKEN);
    expect(plan).toMatchObject({ changes: [], blocked: [], missing: [], unchanged: size });
  });
});

describe('failures', () => {
  it.each([
    ['the members list', '/api/0/organizations/acme/members/'],
    ['the teams list', '/api/0/organizations/acme/teams/'],
    ['a team roster', '/api/0/teams/acme/web/members/'],
    ['members/me', '/api/0/organizations/acme/members/me/'],
  ])('writes nothing when %s cannot be read', async (_name, path) => {
    const sim = await start();
    sim.inject({ method: 'GET', path, status: 500, body: { detail: 'Internal Error', errorId: 'abc123' } });
    const outcome = await runFor(sim, BASE.replace('mia@acme.com: {role: manager', 'mia@acme.com: {role: member'), 'apply');
    expect(outcome.kind).toBe('read-failed');
    expect(describeFailure(failuresOf(outcome)[0] as Failure, ACTION_WORDS)).toMatch(
      new RegExp(
        `^reading the organization "acme" from Sentry failed, so nothing was written: GET ${path.replace(/[/]/g, '\\/')}.*HTTP 500: Internal Error; Sentry error id abc123`,
      ),
    );
    expect(sim.writes()).toEqual([]);
  });

  it('writes nothing when a later page of the members list fails', async () => {
    const sim = await start(generateOrganization({ members: 150, teams: 2 }));
    sim.inject({ method: 'GET', path: /members\/\?.*cursor=100:1:0/, status: 502 });
    await expect(planFor(sim, 'members: {}\n', GENERATED_OWNER_TOKEN)).rejects.toThrow(/HTTP 502/);
    expect(sim.writes()).toEqual([]);
  });

  it('survives transient 5xx and connection resets on reads and writes', async () => {
    const sim = await start();
    sim.inject({ method: 'GET', path: '/api/0/organizations/acme/members/', status: 503, times: 2 });
    sim.inject({ method: 'GET', path: '/api/0/teams/acme/web/members/', reset: true, times: 1 });
    sim.inject({ method: 'PUT', path: '/api/0/organizations/acme/members/*/', status: 502, times: 1 });
    sim.inject({ method: 'PUT', path: '/api/0/organizations/acme/members/*/', reset: true, times: 1 });
    const file = BASE.replace(
      'mia@acme.com: {role: manager, teams: [web]}',
      'mia@acme.com: {role: manager, teams: [ops]}',
    ).replace('max@acme.com: {role: member', 'max@acme.com: {role: manager');
    const { result } = await applyFor(sim, file);
    expect(result.failed).toEqual([]);
    expect(result.applied).toHaveLength(2);
    expect((await planFor(sim, file)).changes).toEqual([]);
  });

  it('makes the other writes when one PUT keeps failing, and reports it with method, path and reason', async () => {
    const sim = await start();
    sim.inject({
      method: 'PUT',
      path: '/api/0/organizations/acme/members/3/',
      status: 500,
      body: { detail: 'Internal Error', errorId: 'e1' },
    });
    const file = BASE.replace(
      'mia@acme.com: {role: manager, teams: [web]}',
      'mia@acme.com: {role: manager, teams: [ops]}',
    ).replace('max@acme.com: {role: member', 'max@acme.com: {role: manager');
    const { result } = await applyFor(sim, file);
    expect(result.applied.map(({ change }) => change.email)).toEqual(['mia@acme.com']);
    expect(result.failed).toEqual([
      {
        change: expect.objectContaining({ email: 'max@acme.com' }),
        error:
          'PUT /api/0/organizations/acme/members/3/: HTTP 500: Internal Error; Sentry error id e1 (Sentry failed; it was retried: run again later)',
      },
    ]);
    expect(sim.requests.filter((request) => request.method === 'PUT' && request.path.endsWith('/3/')).length).toBe(5);
  });

  it('keeps within the rate limit of a strict server: few 429s', async () => {
    const fixture = generateOrganization({ members: 40, teams: 3, seed: 3, pendingRate: 0 });
    const sim = await start(fixture, { rateLimit: { limit: 10, windowSeconds: 1, concurrentLimit: 3 }, latencyMs: 5 });
    const file = `organization: generated\nmembers:\n${fixture.members
      .slice(1, 31)
      .map((member) => `  ${member.email}: {role: ${member.orgRole === 'billing' ? 'billing' : 'member'}, teams: []}`)
      .join('\n')}\n`;
    const { plan, result } = await applyFor(sim, file, undefined, GENERATED_OWNER_TOKEN);
    expect(result.failed).toEqual([]);
    expect(result.applied.length).toBe(plan.changes.length);
    const limited = sim.requests.filter((request) => request.status === 429).length;
    expect(limited).toBeLessThanOrEqual(3);
  });

  it('never puts the token in an error message', async () => {
    const sim = await start();
    await expect(planFor(sim, BASE, 'sntryu_wrong_secret_value')).rejects.toThrow(
      'GET /api/0/organizations/acme/teams/?per_page=100: HTTP 401: Invalid token (the Sentry token is invalid or expired: create a new user auth token and use it in place of this one)',
    );
    await planFor(sim, BASE, 'sntryu_wrong_secret_value').catch((error: Error) => {
      expect(`${error.message}${error.stack}${String(error.cause)}`).not.toContain('wrong_secret');
    });
  });
});

describe('blocked changes (docs/behaviour.md, section 3)', () => {
  it.each([
    [
      'its own org role',
      TOKENS.manager,
      'mia@acme.com: {role: manager, teams: [web]}',
      'mia@acme.com: {role: member, teams: [web]}',
      /own org role/,
    ],
    [
      'a member above the token user',
      TOKENS.manager,
      'olivia@acme.com: {role: owner, teams: {backend: admin}}',
      'olivia@acme.com: {role: owner, teams: [web]}',
      /"owner" is above the token's user/,
    ],
    [
      'a role above the token user',
      TOKENS.manager,
      'bill@acme.com: billing',
      'bill@acme.com: owner',
      /may not assign the org role "owner"/,
    ],
    ['the retired admin role', TOKENS.owner, 'bill@acme.com: billing', 'bill@acme.com: admin', /"admin" is retired/],
    [
      'an IdP-provisioned member',
      TOKENS.owner,
      'bill@acme.com: billing',
      'bill@acme.com: billing\n  idp@acme.com: {role: member, teams: []}',
      /idp:provisioned/,
    ],
    [
      'the org role of an IdP role-restricted member',
      TOKENS.owner,
      'bill@acme.com: billing',
      'bill@acme.com: billing\n  rr@acme.com: manager',
      /idp:role-restricted/,
    ],
    [
      'joining an IdP-provisioned team',
      TOKENS.owner,
      'mia@acme.com: {role: manager, teams: [web]}',
      'mia@acme.com: {role: manager, teams: [web, scim]}',
      /team "scim" is managed by the identity provider/,
    ],
    [
      'a partnership-restricted member',
      TOKENS.owner,
      'bill@acme.com: billing',
      'bill@acme.com: billing\n  part@acme.com: manager',
      /partnership/,
    ],
  ])('blocks %s, writes nothing for it, and makes the other changes', async (_name, token, from, to, reason) => {
    const sim = await start();
    const file = BASE.replace(from, to)
      .replace('max@acme.com: {role: member', 'max@acme.com: {role: billing')
      .replace(
        'max@acme.com: {role: billing, teams: {backend: contributor, web: contributor}}',
        'max@acme.com: {role: member, teams: [ops]}',
      );
    const { plan, result } = await applyFor(sim, file, undefined, token);
    expect(plan.blocked).toHaveLength(1);
    expect(describeReasons(plan.blocked[0]?.reasons ?? []).join('\n')).toMatch(reason);
    const blockedEmail = plan.blocked[0]?.change.email;
    expect(result.applied.map(({ change }) => change.email)).toEqual(['max@acme.com']);
    const blockedId = sim.org.findByEmail(blockedEmail ?? '')?.id;
    expect(sim.writes().filter((request) => request.path.endsWith(`/members/${blockedId}/`))).toEqual([]);
  });
});
