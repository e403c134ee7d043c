/**
 * Rules of the simulated Sentry beyond its conformance with Sentry's tests (conformance.test.ts):
 * the fixture org of every kind of member, the team-membership endpoints, callers and tokens, the
 * fixtures' own checks.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { call } from './client.ts';
import { ID, TOKENS, testOrg } from './org.ts';

let sim: SimulatedSentry;
beforeEach(async () => {
  sim = await startSimulatedSentry(testOrg(), { rateLimit: false });
});
afterEach(async () => {
  await sim.close();
});

const M = '/api/0/organizations/acme/members/';
const member = (id: string) => `${M}${id}/`;
const teamsOf = async (id: string) => ((await call(sim, 'GET', member(id))).body as { teamRoles: unknown[] }).teamRoles;
const roleOf = async (id: string) => ((await call(sim, 'GET', member(id))).body as { orgRole: string }).orgRole;

describe('reading', () => {
  it('lists members and invites with the list fields and no teams, ordered by id', async () => {
    const { status, body } = await call(sim, 'GET', M);
    expect(status).toBe(200);
    const list = body as Record<string, unknown>[];
    expect(list.map((m) => m.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(list[0]).toMatchObject({
      email: 'olivia@acme.com',
      orgRole: 'owner',
      role: 'owner',
      pending: false,
      inviteStatus: 'approved',
    });
    expect(list[0]).not.toHaveProperty('teams');
    expect(list[5]).toMatchObject({ email: 'pat@acme.com', user: null, pending: true, expired: false });
    expect(list[6]).toMatchObject({ pending: true, expired: true });
    expect(list[7]?.flags).toEqual({
      'idp:provisioned': false,
      'idp:role-restricted': false,
      'sso:linked': false,
      'sso:invalid': false,
      'member-limit:restricted': false,
      'partnership:restricted': true,
    });
  });

  it('answers members/me/ for the caller; a member may assign no role', async () => {
    const { body } = await call(sim, 'GET', member('me'), { token: TOKENS.member });
    const me = body as { email: string; orgRoleList: { isAllowed: boolean }[] };
    expect(me.email).toBe('max@acme.com');
    expect(me.orgRoleList.every((role) => !role.isAllowed)).toBe(true);
  });

  it('does not retire admin on an organization without team roles', async () => {
    await sim.close();
    sim = await startSimulatedSentry(testOrg({ teamRoles: false }), { rateLimit: false });
    const { body } = await call(sim, 'GET', member('me'));
    expect(
      (body as { orgRoleList: { id: string; isRetired: boolean }[] }).orgRoleList.find((r) => r.id === 'admin')?.isRetired,
    ).toBe(false);
  });

  it.each([
    ['?per_page=0', { detail: 'Invalid per_page value. Must be between 1 and 100.' }],
    ['?per_page=101', { detail: 'Invalid per_page value. Must be between 1 and 100.' }],
    ['?cursor=abc', { detail: 'Invalid cursor parameter.' }],
  ])('refuses %s with 400', async (query, body) => {
    expect(await call(sim, 'GET', `${M}${query}`)).toMatchObject({ status: 400, body });
  });
});

describe('PUT semantics', () => {
  it('replaces the whole team set with teamRoles, storing roles as sent', async () => {
    const teamRoles = [
      { teamSlug: 'ops', role: 'contributor' },
      { teamSlug: 'web', role: null },
    ];
    const { status, body } = await call(sim, 'PUT', member(ID.max), { body: { teamRoles } });
    expect(status).toBe(200);
    expect((body as { teamRoles: unknown }).teamRoles).toEqual(teamRoles);
  });

  it('wipes every team when the body has no teamRoles', async () => {
    expect((await call(sim, 'PUT', member(ID.max), { body: { orgRole: 'manager' } })).status).toBe(200);
    expect(await teamsOf(ID.max)).toEqual([]);
    expect(await roleOf(ID.max)).toBe('manager');
  });

  it('repeating the same PUT succeeds and changes nothing more', async () => {
    const body = { orgRole: 'manager', teamRoles: [{ teamSlug: 'web', role: 'admin' }] };
    const first = await call(sim, 'PUT', member(ID.max), { body });
    const second = await call(sim, 'PUT', member(ID.max), { body });
    expect(second).toMatchObject({ status: 200, body: first.body });
  });

  it('checks orgRole against what the caller may assign even when it does not change', async () => {
    // Mia (manager) sends Oscar's unchanged role "owner": refused.
    const { status, body } = await call(sim, 'PUT', member(ID.oscar), {
      token: TOKENS.manager,
      body: { orgRole: 'owner', teamRoles: [] },
    });
    expect({ status, body }).toEqual({
      status: 400,
      body: { orgRole: ['You do not have permission to set that org-level role'] },
    });
  });

  it('refuses a role on a member above the caller with 403', async () => {
    const { status, body } = await call(sim, 'PUT', member(ID.oscar), {
      token: TOKENS.manager,
      body: { orgRole: 'member', teamRoles: [] },
    });
    expect({ status, body }).toEqual({
      status: 403,
      body: { role: 'You do not have permission to assign a role to the given user.' },
    });
  });

  it.each([
    [
      'retired admin',
      ID.max,
      { orgRole: 'admin', teamRoles: [] },
      400,
      { detail: "The role 'admin' is deprecated and may no longer be assigned." },
    ],
    [
      'billing with teams',
      ID.max,
      { orgRole: 'billing', teamRoles: [{ teamSlug: 'web', role: null }] },
      400,
      { detail: "The user with a 'billing' role cannot have team-level permissions." },
    ],
    ['unknown team', ID.max, { teamRoles: [{ teamSlug: 'nope', role: null }] }, 400, { teamRoles: ['Invalid teams'] }],
  ])('refuses %s', async (_name, id, body, status, reply) => {
    expect(await call(sim, 'PUT', member(id), { body })).toMatchObject({ status, body: reply });
  });

  it('answers 500 when a teamRoles entry has no role key (the server reads it without a default)', async () => {
    const { status, body } = await call(sim, 'PUT', member(ID.max), { body: { teamRoles: [{ teamSlug: 'web' }] } });
    expect(status).toBe(500);
    expect(body).toEqual({ detail: 'Internal Error', errorId: expect.any(String) });
  });

  it('updates pending invites the same way', async () => {
    expect(
      (await call(sim, 'PUT', member(ID.pat), { body: { orgRole: 'manager', teamRoles: [{ teamSlug: 'ops', role: 'admin' }] } }))
        .status,
    ).toBe(200);
    expect(await teamsOf(ID.pat)).toEqual([{ teamSlug: 'ops', role: 'admin' }]);
  });

  it('re-sends an expired invite only with regenerate', async () => {
    expect((await call(sim, 'PUT', member(ID.exp), { body: { reinvite: true } })).status).toBe(400);
    const { status, body } = await call(sim, 'PUT', member(ID.exp), { body: { reinvite: true, regenerate: true } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ pending: true, expired: false });
  });
});

describe('invites and removals', () => {
  it('invites with the list shape, teams joined without a role', async () => {
    const body = { email: 'new@acme.com', orgRole: 'member', teamRoles: [{ teamSlug: 'web', role: 'admin' }], sendInvite: true };
    const created = await call(sim, 'POST', M, { body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'new@acme.com', pending: true, user: null, orgRole: 'member' });
    expect(await teamsOf((created.body as { id: string }).id)).toEqual([{ teamSlug: 'web', role: null }]);
  });

  it('refuses an existing member or invite with 400 (not 409)', async () => {
    expect(await call(sim, 'POST', M, { body: { email: 'MAX@acme.com', orgRole: 'member' } })).toMatchObject({
      status: 400,
      body: { email: ['The user MAX@acme.com is already a member'] },
    });
    expect(await call(sim, 'POST', M, { body: { email: 'pat@acme.com', orgRole: 'member' } })).toMatchObject({
      status: 400,
      body: { email: ['The user pat@acme.com has already been invited'] },
    });
  });

  it('limits invitations separately, with a detail body', async () => {
    await sim.close();
    sim = await startSimulatedSentry(testOrg(), { rateLimit: false, invitationBudget: { perOrganization: 2 } });
    const invite = (n: number) => call(sim, 'POST', M, { body: { email: `n${n}@acme.com`, orgRole: 'member' } });
    expect((await invite(1)).status).toBe(201);
    expect((await invite(2)).status).toBe(201);
    expect(await invite(3)).toMatchObject({
      status: 429,
      body: { detail: 'You are being rate limited for too many invitations.' },
    });
  });
});

describe('callers and permissions', () => {
  it('refuses writes from a member and reads from billing', async () => {
    expect(await call(sim, 'PUT', member(ID.bill), { token: TOKENS.member, body: { teamRoles: [] } })).toMatchObject({
      status: 403,
      body: { detail: 'You do not have permission to perform this action.' },
    });
    expect((await call(sim, 'GET', M, { token: TOKENS.billing })).status).toBe(403);
  });

  it('gives org auth tokens 403 on every member endpoint', async () => {
    for (const [method, path] of [
      ['GET', M],
      ['GET', member('1')],
      ['PUT', member('3')],
      ['GET', '/api/0/organizations/acme/teams/'],
    ] as const) {
      expect(
        (await call(sim, method, path, { token: TOKENS.org, ...(method === 'PUT' ? { body: { teamRoles: [] } } : {}) })).status,
      ).toBe(403);
    }
  });

  it('answers 401 to an unknown or missing token and 404 to an unknown organization', async () => {
    expect(await call(sim, 'GET', M, { token: 'sntryu_nope' })).toMatchObject({ status: 401, body: { detail: 'Invalid token' } });
    expect((await call(sim, 'GET', M, { token: '' })).status).toBe(401);
    expect(await call(sim, 'GET', '/api/0/organizations/other/members/')).toMatchObject({
      status: 404,
      body: { detail: 'The requested resource does not exist' },
    });
  });

  it('lets a manager assign roles at or below its own', async () => {
    expect(
      (await call(sim, 'PUT', member(ID.max), { token: TOKENS.manager, body: { orgRole: 'manager', teamRoles: [] } })).status,
    ).toBe(200);
  });
});

describe('team membership endpoints', () => {
  const path = (id: string, team: string) => `${member(id)}teams/${team}/`;
  it('joins (201, then 204 when already on it), changes the team role and leaves', async () => {
    expect((await call(sim, 'POST', path(ID.max, 'ops'))).status).toBe(201);
    expect((await call(sim, 'POST', path(ID.max, 'ops'))).status).toBe(204);
    expect(await call(sim, 'PUT', path(ID.max, 'ops'), { body: { teamRole: 'admin' } })).toMatchObject({
      status: 200,
      body: { isActive: true, teamRole: 'admin' },
    });
    expect((await call(sim, 'DELETE', path(ID.max, 'ops'))).status).toBe(200);
    expect(await teamsOf(ID.max)).toEqual([
      { teamSlug: 'backend', role: null },
      { teamSlug: 'web', role: 'contributor' },
    ]);
  });

  it('refuses billing members and IdP-provisioned teams', async () => {
    expect((await call(sim, 'POST', path(ID.bill, 'web'))).status).toBe(400);
    expect((await call(sim, 'POST', path(ID.max, 'scim'))).status).toBe(403);
  });
});

describe('fixtures of accounts and invitations', () => {
  const start = (members: Fixture['members']) =>
    startSimulatedSentry({ organization: { slug: 'acme' }, members }, { rateLimit: false });

  it('refuses what Sentry cannot hold: an account without email or username, account fields on an invitation, the newer invitation model on a member, a time that is not one', async () => {
    await expect(start([{ email: '', orgRole: 'member' }])).rejects.toThrow(
      'fixture: an account without an email needs a username (Sentry usernames are unique and never empty)',
    );
    await expect(
      start([{ email: 'pat@acme.com', orgRole: 'member', pending: true, lastActive: null, sso: true }]),
    ).rejects.toThrow('fixture: pat@acme.com is an invitation, which has no account: sso, lastActive cannot apply');
    await expect(start([{ email: 'max@acme.com', orgRole: 'member', newInviteModel: true }])).rejects.toThrow(
      'fixture: max@acme.com is not pending: only invitations use the newer invitation model',
    );
    await expect(start([{ email: 'max@acme.com', orgRole: 'member', lastActive: 'last week' }])).rejects.toThrow(
      'fixture: max@acme.com: lastActive "last week" is not an ISO 8601 time',
    );
  });

  it('lets a test move the clock and change an account between requests', async () => {
    const DAY = 86_400_000;
    const before = sim.clock.now();
    sim.clock.advance(DAY);
    expect(sim.clock.now() - before).toBeGreaterThanOrEqual(DAY);
    const max = sim.org.members.get(ID.max);
    if (max) max.lastActive = Date.UTC(2025, 0, 2, 3, 4, 5, 6);
    expect(((await call(sim, 'GET', member(ID.max))).body as { user: { lastActive: string } }).user.lastActive).toBe(
      '2025-01-02T03:04:05.006000Z',
    );
  });
});
