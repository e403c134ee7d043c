/**
 * The simulated Sentry against Sentry's own server tests. Each test is named after the Sentry
 * test it mirrors (file, class and test name in getsentry/sentry, tests/sentry/core/endpoints/),
 * or, where no Sentry test covers a rule, after the endpoint source function it follows
 * ("source: ..."). The cases are written from the behaviour those tests assert; what the
 * simulation deliberately does not model is listed at the end and in docs/simulation.md.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, SimClock } from '../../src/sim/clock.ts';
import type { Fixture, FixtureMember } from '../../src/sim/fixture.ts';
import { type SimOptions, type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { call, readAll } from './client.ts';

const OWNER = 'sntryu_owner';
const MANAGER = 'sntryu_manager';
const MEMBER = 'sntryu_member';
const OTHER = 'sntryu_other';
const ADMIN = 'sntryu_admin';

interface OrgOptions {
  readonly members?: readonly FixtureMember[];
  readonly teams?: Fixture['teams'];
  readonly organization?: Partial<Fixture['organization']>;
  /** Options of the simulated server (rate limits off unless given). */
  readonly server?: SimOptions;
}

/**
 * Sentry's test setUp: an owner (the logged-in user), `member@example.com` and `other@example.com`
 * (both members), and a team `team`; tests add what they need. Ids follow the order given: the
 * owner is 1, member 2, other 3, then `members` from 4.
 */
async function org(options: OrgOptions = {}): Promise<SimulatedSentry> {
  const members: FixtureMember[] = [
    { email: 'owner@example.com', name: 'Owner', orgRole: 'owner' },
    { email: 'member@example.com', name: 'Member', orgRole: 'member' },
    { email: 'other@example.com', name: 'Other', orgRole: 'member' },
    ...(options.members ?? []),
  ];
  const tokens = [
    { token: OWNER, member: 'owner@example.com' },
    { token: MEMBER, member: 'member@example.com' },
    { token: OTHER, member: 'other@example.com' },
    ...(members.some((m) => m.email === 'manager@example.com') ? [{ token: MANAGER, member: 'manager@example.com' }] : []),
    ...(members.some((m) => m.email === 'admin@example.com') ? [{ token: ADMIN, member: 'admin@example.com' }] : []),
  ];
  sim = await startSimulatedSentry(
    {
      organization: { slug: 'acme', name: 'Acme', ...options.organization },
      teams: options.teams ?? [{ slug: 'team' }, { slug: 'foo' }, { slug: 'bar' }],
      members,
      tokens,
    },
    { rateLimit: false, ...options.server },
  );
  return sim;
}

let sim: SimulatedSentry;
afterEach(async () => {
  await sim?.close();
});

const M = '/api/0/organizations/acme/members/';
const member = (id: string) => `${M}${id}/`;
const get = async (id: string, token = OWNER) => (await call(sim, 'GET', member(id), { token })).body as Record<string, unknown>;
const put = (id: string, body: unknown, token = OWNER) => call(sim, 'PUT', member(id), { token, body, raw: true });
const del = (id: string, token = OWNER) => call(sim, 'DELETE', member(id), { token });
const post = (body: unknown, token = OWNER) => call(sim, 'POST', M, { token, body, raw: true });
const list = async (query?: string, token = OWNER) =>
  (await call(sim, 'GET', query === undefined ? M : `${M}?query=${encodeURIComponent(query)}`, { token })).body as Record<
    string,
    unknown
  >[];
const emails = async (query?: string) => (await list(query)).map((m) => m.email);
const exists = (id: string) => sim.org.members.has(id);

describe('test_organization_member_details.py', () => {
  describe('GetOrganizationMemberTest', () => {
    it('test_me', async () => {
      await org();
      const me = await get('me');
      expect(me).toMatchObject({ role: 'owner', orgRole: 'owner', email: 'owner@example.com', user: { id: '1001' } });
    });

    it('test_get_by_id', async () => {
      await org();
      expect(await get('2', MEMBER)).toMatchObject({ id: '2', role: 'member', orgRole: 'member' });
    });

    it('test_get_by_garbage', async () => {
      await org();
      expect((await call(sim, 'GET', member('trash'))).status).toBe(404);
    });

    it('test_cannot_get_unapproved_invite', async () => {
      await org({
        members: [
          { email: 'test@gmail.com', orgRole: 'member', pending: true, inviteStatus: 'requested_to_join' },
          { email: 'test2@gmail.com', orgRole: 'member', pending: true, inviteStatus: 'requested_to_be_invited' },
        ],
      });
      expect((await call(sim, 'GET', member('4'))).status).toBe(404);
      expect((await call(sim, 'GET', member('5'))).status).toBe(404);
    });

    it('test_invite_link_does_not_exist / test_member_cannot_get_invite_link', async () => {
      await org({ members: [{ email: 'bar@example.com', orgRole: 'member', pending: true }] });
      expect(await get('4')).not.toHaveProperty('invite_link');
      expect(await get('4', MEMBER)).not.toHaveProperty('invite_link');
    });

    it('test_get_member_list_teams', async () => {
      await org({ members: [{ email: 'baz@example.com', orgRole: 'member', teams: { team: null } }] });
      const detail = await get('4');
      expect(detail.teams).toContain('team');
      expect(detail.teamRoles).toEqual([{ teamSlug: 'team', role: null }]);
    });

    it('test_lists_organization_roles: roles is the deprecated name of orgRoleList', async () => {
      await org();
      const me = await get('me');
      expect(me.roles).toEqual(me.orgRoleList);
      // sentry.io also has the billing role (self-hosted Sentry does not): docs/simulation.md.
      expect((me.orgRoleList as { id: string }[]).map((role) => role.id)).toEqual([
        'billing',
        'member',
        'admin',
        'manager',
        'owner',
      ]);
    });

    it('test_lists_team_roles', async () => {
      await org();
      expect(((await get('me')).teamRoleList as { id: string }[]).map((role) => role.id)).toEqual(['contributor', 'admin']);
    });

    it('test_does_not_include_secondary_emails', async () => {
      await org({ members: [{ email: 'primary@example.com', orgRole: 'member', secondaryEmails: ['secondary1@example.com'] }] });
      const detail = await get('4');
      expect(detail.email).toBe('primary@example.com');
      expect(detail.user).not.toHaveProperty('emails');
    });

    it('source: get_allowed_org_roles(request, organization, member): isAllowed is for the member read, not the caller', async () => {
      await org({ members: [{ email: 'manager@example.com', orgRole: 'manager' }] });
      const allowed = (detail: Record<string, unknown>) =>
        (detail.orgRoleList as { id: string; isAllowed: boolean }[]).filter((role) => role.isAllowed).map((role) => role.id);
      // The owner reads a member: only the roles at or below "member" are allowed.
      expect(allowed(await get('2'))).toEqual(['billing', 'member']);
      // members/me/ gives the caller's own.
      expect(allowed(await get('me'))).toEqual(['billing', 'member', 'admin', 'manager', 'owner']);
      expect(allowed(await get('me', MANAGER))).toEqual(['billing', 'member', 'admin', 'manager']);
      // Without member:admin, nothing is allowed.
      expect(allowed(await get('me', MEMBER))).toEqual([]);
    });

    it('source: OrganizationRoleSerializer: admin is retired exactly when the organization has team roles', async () => {
      const retired = async () =>
        ((await get('me')).orgRoleList as { id: string; isRetired: boolean }[]).find((role) => role.id === 'admin')?.isRetired;
      await org();
      expect(await retired()).toBe(true);
      await sim.close();
      await org({ organization: { teamRoles: false } });
      expect(await retired()).toBe(false);
    });
  });

  describe('UpdateOrganizationMemberTest', () => {
    const withInvites = (flags: Partial<Fixture['organization']> = {}) =>
      org({
        organization: flags,
        members: [
          { email: 'member_invite@example.com', orgRole: 'member', pending: true, invitedBy: 'member@example.com' }, // 4
          { email: 'other_invite@example.com', orgRole: 'member', pending: true, invitedBy: 'other@example.com' }, // 5
          { email: 'foo@example.com', orgRole: 'member', pending: true, teams: { team: null } }, // 6
        ],
      });

    it('test_invalid_id', async () => {
      await org();
      expect((await put('trash', { reinvite: 1 })).status).toBe(404);
    });

    it('test_reinvite_pending_member', async () => {
      await withInvites();
      expect((await put('6', { reinvite: 1 })).status).toBe(200);
    });

    it('test_member_reinvite_pending_member: members re-send only their own invitations, and only while members may invite', async () => {
      await withInvites({ membersCanInvite: false });
      for (const id of ['4', '5'])
        expect(await put(id, { reinvite: 1 }, MEMBER)).toMatchObject({
          status: 403,
          body: { detail: 'You do not have permission to perform this action.' },
        });
      await sim.close();
      await withInvites();
      expect((await put('4', { reinvite: 1 }, MEMBER)).status).toBe(200);
      expect(await put('5', { reinvite: 1 }, MEMBER)).toMatchObject({
        status: 403,
        body: { detail: 'You cannot modify invitations sent by someone else.' },
      });
    });

    it('test_member_can_only_reinvite', async () => {
      await withInvites();
      expect(await put('4', { teams: ['foo'] }, MEMBER)).toMatchObject({
        status: 403,
        body: { detail: 'You do not have permission to perform this action.' },
      });
    });

    it('test_member_cannot_reinvite_non_pending_members', async () => {
      await withInvites();
      expect((await put('3', { reinvite: 1 }, MEMBER)).status).toBe(403);
    });

    it('test_cannot_reinvite_and_modify_member', async () => {
      await withInvites();
      expect(await put('6', { reinvite: 1, role: 'manager' })).toMatchObject({
        status: 403,
        body: { detail: 'You cannot modify member details when resending an invitation. Separate requests are required.' },
      });
    });

    it('test_member_details_not_modified_after_reinviting', async () => {
      await withInvites();
      expect((await put('6', { reinvite: 1 })).status).toBe(200);
      expect(await get('6')).toMatchObject({ orgRole: 'member', teamRoles: [{ teamSlug: 'team', role: null }] });
    });

    it('test_rate_limited: re-sending counts against the invitation limit', async () => {
      await org({
        members: [{ email: 'foo@example.com', orgRole: 'member', pending: true }],
        server: { invitationBudget: { perEmail: 1 } },
      });
      expect((await put('4', { reinvite: 1 })).status).toBe(200);
      expect(await put('4', { reinvite: 1 })).toMatchObject({
        status: 429,
        body: { detail: 'You are being rate limited for too many invitations.' },
      });
    });

    it('test_member_cannot_regenerate_pending_invite', async () => {
      await withInvites();
      expect((await put('6', { reinvite: 1, regenerate: 1 }, OTHER)).status).toBe(403);
      expect(await put('4', { reinvite: 1, regenerate: 1 }, MEMBER)).toMatchObject({
        status: 400,
        body: { detail: 'You are missing the member:admin scope.' },
      });
    });

    it('test_admin_can_regenerate_pending_invite', async () => {
      await withInvites();
      const { status, body } = await put('6', { reinvite: 1, regenerate: 1 });
      expect(status).toBe(200);
      expect(body).not.toHaveProperty('invite_link');
    });

    it('test_reinvite_invite_expired_member / test_regenerate_invite_expired_member', async () => {
      await org({ members: [{ email: 'foo@example.com', orgRole: 'member', pending: true, expired: true }] });
      expect(await put('4', { reinvite: 1 })).toMatchObject({
        status: 400,
        body: { detail: 'You cannot resend an expired invitation without regenerating the token.' },
      });
      expect((await get('4')).expired).toBe(true);
      expect((await put('4', { reinvite: 1, regenerate: 1 })).status).toBe(200);
      expect((await get('4')).expired).toBe(false);
    });

    it('test_cannot_reinvite_unapproved_invite / test_cannot_regenerate_unapproved_invite', async () => {
      await org({ members: [{ email: 'foo@example.com', orgRole: 'member', pending: true, inviteStatus: 'requested_to_join' }] });
      expect((await put('4', { reinvite: 1 })).status).toBe(404);
      expect((await put('4', { reinvite: 1, regenerate: 1 })).status).toBe(404);
    });

    it('test_reinvite_sso_link / test_cannot_reinvite_normal_member', async () => {
      await org({ organization: { sso: true } });
      expect((await put('2', { reinvite: 1 })).status).toBe(200);
      await sim.close();
      await org();
      expect(await put('2', { reinvite: 1 })).toMatchObject({
        status: 400,
        body: { detail: 'You cannot send an invitation to a user who is already a full member.' },
      });
    });

    it('test_can_update_member_membership / test_can_update_org_role (deprecated role and orgRole)', async () => {
      await org();
      expect((await put('2', { role: 'manager' })).status).toBe(200);
      expect((await get('2')).orgRole).toBe('manager');
      expect((await put('3', { orgRole: 'manager' })).status).toBe(200);
      expect((await get('3')).orgRole).toBe('manager');
    });

    it('test_cannot_update_own_membership', async () => {
      await org();
      expect(await put('1', { role: 'manager' })).toMatchObject({
        status: 400,
        body: { detail: 'You cannot make changes to your own role.' },
      });
      expect((await get('1')).orgRole).toBe('owner');
    });

    it('source: is_update_org_role: sending your own unchanged role is not a change', async () => {
      await org();
      expect((await put('me', { orgRole: 'owner', teamRoles: [] })).status).toBe(200);
    });

    it('test_can_update_teams (deprecated teams) / test_can_update_teams_using_teamRoles', async () => {
      await org();
      expect((await put('2', { teams: ['foo', 'bar'] })).status).toBe(200);
      expect((await get('2')).teams).toEqual(['foo', 'bar']);
      const teamRoles = [
        { teamSlug: 'foo', role: null },
        { teamSlug: 'bar', role: null },
      ];
      expect((await put('3', { teamRoles })).status).toBe(200);
      expect((await get('3')).teamRoles).toEqual(teamRoles);
    });

    it('test_cannot_update_with_invalid_team', async () => {
      await org();
      expect(await put('2', { teams: ['invalid'] })).toMatchObject({ status: 400, body: { teams: ['Invalid teams'] } });
      expect(await put('2', { teamRoles: [{ teamSlug: 'invalid', role: null }] })).toMatchObject({
        status: 400,
        body: { teamRoles: ['Invalid teams'] },
      });
      expect(
        await put('2', {
          teamRoles: [
            { teamSlug: 'foo', role: null },
            { teamSlug: 'foo', role: 'admin' },
          ],
        }),
      ).toMatchObject({ status: 400, body: { teamRoles: ['Invalid teams'] } });
      expect((await get('2')).teams).toEqual([]);
    });

    it('source: validate_teamRoles: a role that is not a team role is "Invalid team-role"; an entry without role is a server error', async () => {
      await org();
      expect(await put('2', { teamRoles: [{ teamSlug: 'foo', role: 'member' }] })).toMatchObject({
        status: 400,
        body: { teamRoles: ['Invalid team-role'] },
      });
      expect((await put('2', { teamRoles: [{ teamSlug: 'foo' }] })).status).toBe(500);
    });

    it('test_can_update_team_role (with organizations:team-roles)', async () => {
      await org({ members: [{ email: 'baz@example.com', orgRole: 'member', teams: { foo: null } }] });
      expect((await put('4', { teamRoles: [{ teamSlug: 'foo', role: 'admin' }] })).status).toBe(200);
      expect((await get('4')).teamRoles).toEqual([{ teamSlug: 'foo', role: 'admin' }]);
      expect((await put('4', { teamRoles: [{ teamSlug: 'foo', role: null }] })).status).toBe(200);
      expect((await get('4')).teamRoles).toEqual([{ teamSlug: 'foo', role: null }]);
    });

    it('source: put(): without organizations:team-roles every team role is stored as null, and the answer is 200', async () => {
      await org({ organization: { teamRoles: false } });
      const { status, body } = await put('2', { teamRoles: [{ teamSlug: 'foo', role: 'admin' }] });
      expect(status).toBe(200);
      expect((body as { teamRoles: unknown }).teamRoles).toEqual([{ teamSlug: 'foo', role: null }]);
      expect((await get('2')).teamRoles).toEqual([{ teamSlug: 'foo', role: null }]);
    });

    it('test_cannot_update_with_invalid_role', async () => {
      await org();
      expect((await put('2', { role: 'invalid' })).status).toBe(400);
      expect((await get('2')).orgRole).toBe('member');
    });

    it('test_can_update_from_retired_role_without_flag / _with_flag', async () => {
      for (const teamRoles of [false, true]) {
        await org({ organization: { teamRoles }, members: [{ email: 'baz@example.com', orgRole: 'admin' }] });
        expect((await put('4', { role: 'member' })).status).toBe(200);
        expect((await get('4')).orgRole).toBe('member');
        await sim.close();
      }
      await org();
    });

    it('test_can_update_to_retired_role_without_flag / test_cannot_update_to_retired_role_with_flag', async () => {
      await org({ organization: { teamRoles: false } });
      expect((await put('2', { role: 'admin' })).status).toBe(200);
      expect((await get('2')).orgRole).toBe('admin');
      await sim.close();
      await org();
      expect(await put('2', { role: 'admin' })).toMatchObject({
        status: 400,
        body: { detail: "The role 'admin' is deprecated and may no longer be assigned." },
      });
      expect((await get('2')).orgRole).toBe('member');
    });

    it('source: retired check only when changing: admin sent to someone who already is admin is 200', async () => {
      await org({ members: [{ email: 'baz@example.com', orgRole: 'admin' }] });
      expect((await put('4', { orgRole: 'admin', teamRoles: [] })).status).toBe(200);
    });

    it('test_cannot_lower_superior_role', async () => {
      await org({
        members: [
          { email: 'baz@example.com', orgRole: 'owner' },
          { email: 'manager@example.com', orgRole: 'manager' },
        ],
      });
      expect(await put('4', { role: 'member' }, MANAGER)).toMatchObject({
        status: 403,
        body: { role: 'You do not have permission to assign a role to the given user.' },
      });
      expect((await get('4')).orgRole).toBe('owner');
    });

    it('source: validate_orgRole: an unchanged role the caller may not set is refused (400 orgRole)', async () => {
      await org({
        members: [
          { email: 'baz@example.com', orgRole: 'owner' },
          { email: 'manager@example.com', orgRole: 'manager' },
        ],
      });
      expect(await put('4', { orgRole: 'owner', teamRoles: [] }, MANAGER)).toMatchObject({
        status: 400,
        body: { orgRole: ['You do not have permission to set that org-level role'] },
      });
    });

    it('source: put(): the team set is saved before the org-role checks', async () => {
      await org({
        members: [
          { email: 'baz@example.com', orgRole: 'owner', teams: { foo: null } },
          { email: 'manager@example.com', orgRole: 'manager' },
        ],
      });
      expect((await put('4', { orgRole: 'member', teamRoles: [{ teamSlug: 'bar', role: null }] }, MANAGER)).status).toBe(403);
      expect(await get('4')).toMatchObject({ orgRole: 'owner', teamRoles: [{ teamSlug: 'bar', role: null }] });
    });

    it('source: save_team_assignments(member, None): a PUT without teamRoles leaves every team', async () => {
      await org({ members: [{ email: 'baz@example.com', orgRole: 'member', teams: { foo: null, bar: 'admin' } }] });
      expect((await put('4', { orgRole: 'manager' })).status).toBe(200);
      expect(await get('4')).toMatchObject({ orgRole: 'manager', teams: [] });
    });

    it('source: _change_org_role: changing the org role leaves the stored team roles as they were', async () => {
      await org({ members: [{ email: 'baz@example.com', orgRole: 'member', teams: { foo: 'contributor' } }] });
      expect((await put('4', { orgRole: 'manager', teamRoles: [{ teamSlug: 'foo', role: 'contributor' }] })).status).toBe(200);
      expect((await get('4')).teamRoles).toEqual([{ teamSlug: 'foo', role: 'contributor' }]);
    });

    it('test_cannot_update_partnership_member', async () => {
      await org({ members: [{ email: 'bar@example.com', orgRole: 'member', flags: { 'partnership:restricted': true } }] });
      expect(await put('4', {})).toMatchObject({
        status: 403,
        body: {
          detail: 'This member is managed by an active partnership and cannot be modified until the end of the partnership.',
        },
      });
    });

    it('source: put(): the IdP lock is disabled, so IdP-managed members and teams can be changed (their IdP overwrites it)', async () => {
      await org({
        teams: [{ slug: 'team' }, { slug: 'scim', flags: { 'idp:provisioned': true } }],
        members: [
          { email: 'idp@example.com', orgRole: 'member', flags: { 'idp:provisioned': true } },
          { email: 'rr@example.com', orgRole: 'member', flags: { 'idp:role-restricted': true } },
        ],
      });
      expect((await put('4', { orgRole: 'manager', teamRoles: [{ teamSlug: 'scim', role: null }] })).status).toBe(200);
      expect((await put('5', { orgRole: 'manager', teamRoles: [] })).status).toBe(200);
      expect((await put('2', { teamRoles: [{ teamSlug: 'scim', role: null }] })).status).toBe(200);
    });

    it('test_cannot_add_to_team_when_team_roles_disabled (billing: a role without team-level permissions)', async () => {
      await org({ members: [{ email: 'bill@example.com', orgRole: 'billing' }] });
      expect(await put('4', { teamRoles: [{ teamSlug: 'team', role: null }] })).toMatchObject({
        status: 400,
        body: { detail: "The user with a 'billing' role cannot have team-level permissions." },
      });
    });

    it('test_cannot_demote_team_member_to_role_where_team_roles_disabled / ..._with_team_removed', async () => {
      await org({ members: [{ email: 'baz@example.com', orgRole: 'manager', teams: { team: null } }] });
      expect(await put('4', { orgRole: 'billing' })).toMatchObject({
        status: 400,
        body: { detail: "The user with a 'billing' role cannot have team-level permissions." },
      });
      expect((await put('4', { orgRole: 'billing', teamRoles: [] })).status).toBe(200);
    });

    it('test_can_promote_team_member_to_role_where_team_roles_enabled', async () => {
      await org({ members: [{ email: 'bill@example.com', orgRole: 'billing' }] });
      expect((await put('4', { teamRoles: [{ teamSlug: 'team', role: null }], orgRole: 'manager' })).status).toBe(200);
    });
  });

  describe('DeleteOrganizationMemberTest', () => {
    it('test_simple', async () => {
      await org({ members: [{ email: 'bar@example.com', orgRole: 'member' }] });
      expect((await del('4')).status).toBe(204);
      expect(exists('4')).toBe(false);
    });

    it('test_invalid_id', async () => {
      await org();
      expect((await del('trash')).status).toBe(404);
    });

    it('test_cannot_delete_member_with_higher_access', async () => {
      await org({ members: [{ email: 'manager@example.com', orgRole: 'manager' }] });
      expect(await del('1', MANAGER)).toMatchObject({
        status: 400,
        body: { detail: 'You cannot remove a member who has more access than you.' },
      });
      expect(exists('1')).toBe(true);
    });

    it('test_cannot_delete_only_owner (a pending owner invitation does not count)', async () => {
      await org({ members: [{ email: 'bar@example.com', orgRole: 'owner', pending: true }] });
      expect(await del('1')).toMatchObject({
        status: 403,
        body: { detail: 'You cannot remove the only remaining owner or manager of the organization.' },
      });
      expect(exists('1')).toBe(true);
    });

    it('test_cannot_delete_only_owner_or_manager', async () => {
      sim = await startSimulatedSentry(
        {
          organization: { slug: 'acme' },
          members: [{ email: 'manager@example.com', orgRole: 'manager' }],
          tokens: [{ token: MANAGER, member: 'manager@example.com' }],
        },
        { rateLimit: false },
      );
      expect(await del('1', MANAGER)).toMatchObject({
        status: 403,
        body: { detail: 'You cannot remove the only remaining owner or manager of the organization.' },
      });
    });

    it('test_can_delete_self / test_disabled_member_can_remove', async () => {
      await org({ members: [{ email: 'bar@example.com', orgRole: 'member', flags: { 'member-limit:restricted': true } }] });
      expect((await del('me', MEMBER)).status).toBe(204);
      expect(exists('2')).toBe(false);
    });

    it('test_missing_scope / test_member_cannot_delete_members', async () => {
      await org();
      expect(await del('3', MEMBER)).toMatchObject({ status: 400, body: { detail: 'You are missing the member:admin scope.' } });
      await sim.close();
      await org({ organization: { membersCanInvite: false } });
      expect((await del('3', MEMBER)).status).toBe(400);
      expect(exists('3')).toBe(true);
    });

    it('test_cannot_delete_unapproved_invite', async () => {
      await org({
        members: [
          { email: 'test@gmail.com', orgRole: 'member', pending: true, inviteStatus: 'requested_to_join' },
          { email: 'test2@gmail.com', orgRole: 'member', pending: true, inviteStatus: 'requested_to_be_invited' },
        ],
      });
      expect((await del('4')).status).toBe(404);
      expect((await del('5')).status).toBe(404);
    });

    it('test_cannot_delete_idp_provisioned_member', async () => {
      await org({ members: [{ email: 'bar@example.com', orgRole: 'member', flags: { 'idp:provisioned': true } }] });
      expect(await del('4')).toMatchObject({
        status: 403,
        body: { detail: "This user is managed through your organization's identity provider." },
      });
      expect(exists('4')).toBe(true);
    });

    it('test_can_delete_pending_invite', async () => {
      await org({ members: [{ email: 'invitee@example.com', orgRole: 'member', pending: true }] });
      expect((await del('4')).status).toBe(204);
    });

    it('test_cannot_delete_partnership_member', async () => {
      await org({ members: [{ email: 'bar@example.com', orgRole: 'member', flags: { 'partnership:restricted': true } }] });
      expect(await del('4')).toMatchObject({
        status: 403,
        body: {
          detail: 'This member is managed by an active partnership and cannot be modified until the end of the partnership.',
        },
      });
    });

    it('test_member_delete_pending_invite', async () => {
      const invites = [
        { email: 'member_invite@example.com', orgRole: 'member', pending: true, invitedBy: 'member@example.com' },
        { email: 'other_invite@example.com', orgRole: 'member', pending: true, invitedBy: 'other@example.com' },
      ] as const;
      await org({ organization: { membersCanInvite: false }, members: invites });
      expect((await del('4', MEMBER)).status).toBe(400);
      await sim.close();
      await org({ members: invites });
      expect((await del('4', MEMBER)).status).toBe(204);
      expect(await del('5', MEMBER)).toMatchObject({
        status: 400,
        body: { detail: 'You cannot modify invitations sent by someone else.' },
      });
    });

    it('test_related_invitations_are_deleted', async () => {
      await org({
        members: [
          { email: 'manager@example.com', orgRole: 'manager' }, // 4
          {
            email: 'foo@example.com',
            orgRole: 'member',
            pending: true,
            invitedBy: 'manager@example.com',
            inviteStatus: 'requested_to_be_invited',
          }, // 5
          { email: 'bar@example.com', orgRole: 'member', pending: true, invitedBy: 'manager@example.com', teams: { team: null } }, // 6
        ],
      });
      expect((await del('4', MANAGER)).status).toBe(204);
      expect([exists('5'), exists('6')]).toEqual([false, false]);
      expect(await emails()).toEqual(['owner@example.com', 'member@example.com', 'other@example.com']);
    });

    it('test_invitations_dont_get_deleted_on_invite_detetion', async () => {
      await org({
        members: [
          { email: 'manager@example.com', orgRole: 'manager' }, // 4
          { email: 'bar@example.com', orgRole: 'member', pending: true, invitedBy: 'manager@example.com' }, // 5
        ],
      });
      const before = sim.org.members.size;
      expect((await del('5', MANAGER)).status).toBe(204);
      expect(sim.org.members.size).toBe(before - 1);
    });
  });
});

describe('test_organization_member_index.py', () => {
  describe('OrganizationMemberListTest', () => {
    const withUsers = () =>
      org({
        members: [
          { email: 'bar@localhost', name: 'bar', orgRole: 'member', secondaryEmails: ['baz@localhost'] }, // 4
        ],
      });

    it('test_simple: members and approved invites, ordered by id, with pending and expired', async () => {
      await withUsers();
      const members = await list();
      expect(members.map((m) => m.email)).toEqual([
        'owner@example.com',
        'member@example.com',
        'other@example.com',
        'bar@localhost',
      ]);
      expect(members[0]).toMatchObject({ pending: false, expired: false });
      expect(members[0]).not.toHaveProperty('teams');
    });

    it('test_empty_query', async () => {
      await withUsers();
      expect(await emails('')).toHaveLength(4);
    });

    it('test_query / test_query_null_user / test_email_query: free text against name and email', async () => {
      await org({
        members: [
          { email: 'bar@localhost', name: 'bar', orgRole: 'member' },
          { email: 'billy@localhost', orgRole: 'member', pending: true },
        ],
      });
      expect(await emails('bar')).toEqual(['bar@localhost']);
      expect(await emails('bill')).toEqual(['billy@localhost']);
      expect(await emails('owner@example.com')).toEqual(['owner@example.com']);
    });

    it('test_id_query / test_id_query_with_invalid_value', async () => {
      await org({ members: [{ email: 'billy@localhost', orgRole: 'member', pending: true }] });
      expect(await emails('id:4')).toEqual(['billy@localhost']);
      expect(await emails('id:not-a-number')).toEqual([]);
    });

    it('test_user_id_query / test_user_id_query_with_invalid_value', async () => {
      await org();
      expect(await emails('user.id:1002')).toEqual(['member@example.com']);
      expect(await emails('user.id:undefined')).toEqual([]);
    });

    it('test_user_email_email_query: email: matches any email of the user; repeated keys OR', async () => {
      await withUsers();
      expect(await emails('email:baz@localhost')).toEqual(['bar@localhost']);
      expect(await emails('email:MEMBER@example.com email:other@example.com')).toEqual([
        'member@example.com',
        'other@example.com',
      ]);
    });

    it('test_scope_query', async () => {
      await withUsers();
      expect(await emails('scope:"invalid:scope"')).toEqual([]);
      expect(await emails('scope:"org:admin"')).toEqual(['owner@example.com']);
    });

    it('test_role_query', async () => {
      await withUsers();
      expect(await emails('role:owner')).toEqual(['owner@example.com']);
      expect(await emails('role:member')).toHaveLength(3);
    });

    it('test_is_invited_query', async () => {
      await org({ members: [{ email: 'invited-member@example.com', orgRole: 'member', pending: true }] });
      expect(await emails('isInvited:true')).toEqual(['invited-member@example.com']);
      expect(await emails('isInvited:false')).toHaveLength(3);
    });

    it('test_sso_linked_query', async () => {
      await org({ members: [{ email: 'morty@localhost', orgRole: 'member', flags: { 'sso:linked': true } }] });
      expect(await emails('ssoLinked:true')).toEqual(['morty@localhost']);
      expect(await emails('ssoLinked:false')).toHaveLength(3);
    });

    it('test_2fa_enabled_query / test_has_external_users_query (no simulated user has either)', async () => {
      await org();
      expect(await emails('has2fa:true')).toEqual([]);
      expect(await emails('has2fa:false')).toHaveLength(3);
      expect(await emails('hasExternalUsers:true')).toEqual([]);
    });

    it('source: get(): any other query key matches nothing', async () => {
      await org();
      expect(await emails('nope:x')).toEqual([]);
    });

    it('test_cannot_get_unapproved_invites (and deactivated users are not listed)', async () => {
      await org({
        members: [
          { email: 'test@email.com', orgRole: 'member', pending: true, inviteStatus: 'requested_to_join' },
          { email: 'test@gmail.com', orgRole: 'member', pending: true, inviteStatus: 'requested_to_be_invited' },
          { email: 'inactive@example.com', orgRole: 'member', inactive: true },
        ],
      });
      expect(await emails()).toEqual(['owner@example.com', 'member@example.com', 'other@example.com']);
      expect(await emails('email:test@email.com')).toEqual([]);
      expect(await emails('email:test@gmail.com')).toEqual([]);
    });

    it('test_does_not_include_secondary_emails', async () => {
      await withUsers();
      const bar = (await list()).find((m) => m.email === 'bar@localhost');
      expect(bar?.user).not.toHaveProperty('emails');
    });
  });

  describe('OrganizationMemberRequestSerializerTest (through POST)', () => {
    it('test_invalid_email: already invited, already a member', async () => {
      await org({ members: [{ email: 'pending@example.com', orgRole: 'member', pending: true }] });
      expect(await post({ email: 'pending@example.com', orgRole: 'member', teamRoles: [] })).toMatchObject({
        status: 400,
        body: { email: ['The user pending@example.com has already been invited'] },
      });
      expect(await post({ email: 'MEMBER@example.com', orgRole: 'member' })).toMatchObject({
        status: 400,
        body: { email: ['The user MEMBER@example.com is already a member'] },
      });
    });

    it('test_invalid_team_invites', async () => {
      await org();
      expect(await post({ email: 'eric@localhost.com', orgRole: 'member', teams: ['faketeam'] })).toMatchObject({
        status: 400,
        body: { teams: ['Invalid teams'] },
      });
    });

    it('test_invalid_org_role', async () => {
      await org();
      expect(await post({ email: 'eric@localhost.com', orgRole: 'owner', teamRoles: [] }, MEMBER)).toMatchObject({
        status: 400,
        body: { orgRole: ['You do not have permission to set that org-level role'] },
      });
    });

    it('test_invalid_team_role', async () => {
      await org();
      expect(
        await post({
          email: 'eric@localhost.com',
          orgRole: 'member',
          teamRoles: [{ teamSlug: 'team', role: 'no-such-team-role' }],
        }),
      ).toMatchObject({ status: 400, body: { teamRoles: ['Invalid team-role'] } });
    });
  });

  describe('OrganizationMemberListTest (POST)', () => {
    it('test_owner_invites / test_valid_for_invites: 201 with the list shape, teams joined without a team role', async () => {
      await org();
      const created = await post({
        email: 'foo@example.com',
        orgRole: 'manager',
        teamRoles: [{ teamSlug: 'team', role: 'admin' }],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ email: 'foo@example.com', orgRole: 'manager', pending: true, user: null });
      expect((await get((created.body as { id: string }).id)).teamRoles).toEqual([{ teamSlug: 'team', role: null }]);
    });

    it('test_existing_user_for_invite / test_cannot_invite_when_already_invited: 400, never 409', async () => {
      await org({ members: [{ email: 'foobar@example.com', orgRole: 'member', pending: true }] });
      expect((await post({ email: 'member@example.com', role: 'member', teams: ['team'] })).status).toBe(400);
      expect((await post({ email: 'foobar@example.com', role: 'member', teams: ['team'] })).status).toBe(400);
    });

    it('source: validate_email: an email that is a secondary email of a member is "already a member"', async () => {
      await org({ members: [{ email: 'bob@personal.example', orgRole: 'member', secondaryEmails: ['bob@example.com'] }] });
      expect(await post({ email: 'bob@example.com', orgRole: 'member' })).toMatchObject({
        status: 400,
        body: { email: ['The user bob@example.com is already a member'] },
      });
    });

    it('test_can_invite_retired_role_without_flag / test_cannot_invite_retired_role_with_flag', async () => {
      await org({ organization: { teamRoles: false } });
      expect((await post({ email: 'baz@example.com', role: 'admin', teams: ['team'] })).status).toBe(201);
      await sim.close();
      await org();
      const refused = await post({ email: 'baz@example.com', role: 'admin', teams: ['team'] });
      expect(refused.status).toBe(400);
      expect((refused.body as { role: string[] }).role[0]).toBe("The role 'admin' is deprecated and may no longer be assigned.");
    });

    it('source: post(): billing with teams is refused with a bare string under "email"', async () => {
      await org();
      expect(await post({ email: 'bill@example.com', orgRole: 'billing', teams: ['team'] })).toMatchObject({
        status: 400,
        body: { email: "The user with a 'billing' role cannot have team-level permissions." },
      });
    });
  });

  describe('OrganizationMemberPermissionRoleTest', () => {
    const inviteAll = async (role: 'owner' | 'manager' | 'admin' | 'member', token: string, membersCanInvite: boolean) => {
      await org({
        organization: { membersCanInvite },
        members: [
          { email: 'manager@example.com', orgRole: 'manager' },
          { email: 'admin@example.com', orgRole: 'admin' },
        ],
      });
      const statuses: Record<string, number> = {};
      for (const invited of ['owner', 'manager', 'member']) {
        const reply = await post(
          { email: `${invited}_${role}@localhost.com`, role: invited, teamRoles: [{ teamSlug: 'team', role: 'contributor' }] },
          token,
        );
        statuses[invited] = reply.status;
      }
      await sim.close();
      return statuses;
    };

    it('test_owner_invites / test_manager_invites: roles at or below their own', async () => {
      expect(await inviteAll('owner', OWNER, false)).toEqual({ owner: 201, manager: 201, member: 201 });
      expect(await inviteAll('manager', MANAGER, false)).toEqual({ owner: 400, manager: 201, member: 201 });
      await org();
    });

    it('test_admin_invites / test_member_invites: only while members may invite, at or below their role', async () => {
      expect(await inviteAll('admin', ADMIN, false)).toEqual({ owner: 403, manager: 403, member: 403 });
      expect(await inviteAll('admin', ADMIN, true)).toEqual({ owner: 400, manager: 400, member: 201 });
      expect(await inviteAll('member', MEMBER, false)).toEqual({ owner: 403, manager: 403, member: 403 });
      expect(await inviteAll('member', MEMBER, true)).toEqual({ owner: 400, manager: 400, member: 201 });
      await org();
    });

    it('invite_to_other_team_helper: without open membership members invite only to their own teams', async () => {
      await org({ organization: { openMembership: false }, members: [{ email: 'x@example.com', orgRole: 'member' }] });
      sim.org.members.get('2')?.teams.set('team', null);
      expect(
        (
          await post(
            { email: 'foo3@localhost.com', role: 'member', teamRoles: [{ teamSlug: 'team', role: 'contributor' }] },
            MEMBER,
          )
        ).status,
      ).toBe(201);
      expect(await post({ email: 'foo4@localhost.com', role: 'member', teams: ['foo'] }, MEMBER)).toMatchObject({
        status: 400,
        body: { detail: 'You cannot assign members to teams you are not a member of.' },
      });
    });
  });
});

describe('test_team_members.py', () => {
  const R = '/api/0/teams/acme/team/members/';
  it('test_simple', async () => {
    await org({ members: [{ email: '1@example.com', orgRole: 'member', teams: { team: null } }] });
    const rows = (await call(sim, 'GET', R)).body as Record<string, unknown>[];
    expect(rows.map((row) => row.id)).toEqual(['4']);
  });

  it('test_team_members_list_does_not_include_invite_requests: pending invitations are included, first', async () => {
    await org({
      members: [
        { email: '1@example.com', orgRole: 'member', teams: { team: null } }, // 4
        { email: 'a@example.com', orgRole: 'member', pending: true, teams: { team: null } }, // 5
        {
          email: 'b@example.com',
          orgRole: 'member',
          pending: true,
          inviteStatus: 'requested_to_be_invited',
          teams: { team: null },
        },
        { email: 'c@example.com', orgRole: 'member', pending: true, inviteStatus: 'requested_to_join', teams: { team: null } },
      ],
    });
    const rows = (await call(sim, 'GET', R)).body as Record<string, unknown>[];
    expect(rows.map((row) => [row.id, row.pending])).toEqual([
      ['5', true],
      ['4', false],
    ]);
  });

  it('test_team_members_list_does_not_include_inactive_users', async () => {
    await org({
      members: [
        { email: '1@example.com', orgRole: 'member', teams: { team: null } },
        { email: 'inactive@example.com', orgRole: 'member', inactive: true, teams: { team: null } },
      ],
    });
    expect(((await call(sim, 'GET', R)).body as unknown[]).length).toBe(1);
  });

  it('test_team_members_list_includes_roles', async () => {
    await org({ members: [{ email: '1@example.com', orgRole: 'member', teams: { team: null } }] });
    expect(((await call(sim, 'GET', R)).body as Record<string, unknown>[])[0]).toMatchObject({
      teamRole: null,
      teamSlug: 'team',
    });
  });

  it('source: TeamMembersEndpoint: invites are ordered by email, members after them, across pages', async () => {
    await org({
      members: [
        ...Array.from({ length: 3 }, (_, i) => ({
          email: `m${i}@example.com`,
          orgRole: 'member' as const,
          teams: { team: null },
        })),
        { email: 'zed@example.com', orgRole: 'member', pending: true, teams: { team: 'admin' } },
        { email: 'amy@example.com', orgRole: 'member', pending: true, teams: { team: null } },
      ],
    });
    const { items, pages } = await readAll(sim, `${R}?per_page=2`);
    expect((items as Record<string, unknown>[]).map((row) => [row.email, row.teamRole])).toEqual([
      ['amy@example.com', null],
      ['zed@example.com', 'admin'],
      ['m0@example.com', null],
      ['m1@example.com', null],
      ['m2@example.com', null],
    ]);
    expect(pages).toBe(3);
  });
});

describe('test_organization_teams.py', () => {
  const T = '/api/0/organizations/acme/teams/';
  const slugs = async (query: string) =>
    ((await call(sim, 'GET', `${T}?query=${encodeURIComponent(query)}`)).body as { slug: string }[]).map((t) => t.slug);

  it('test_simple: ordered by slug, with isMember', async () => {
    await org({ teams: [{ slug: 'foo' }, { slug: 'bar' }] });
    sim.org.members.get('2')?.teams.set('foo', null);
    const teams = (await call(sim, 'GET', T, { token: MEMBER })).body as Record<string, unknown>[];
    expect(teams.map((t) => [t.slug, t.isMember])).toEqual([
      ['bar', false],
      ['foo', true],
    ]);
  });

  it('test_search / test_query_by_slug', async () => {
    await org({ teams: [{ slug: 'foo' }, { slug: 'bar' }] });
    expect(await slugs('bar')).toEqual(['bar']);
    expect(await slugs('baz')).toEqual([]);
    expect(await slugs('slug:foo')).toEqual(['foo']);
    expect(await slugs('slug:foo slug:bar')).toEqual(['bar', 'foo']);
  });

  it('test_query_by_id', async () => {
    await org({ teams: [{ slug: 'foo' }, { slug: 'bar' }] });
    expect((await call(sim, 'GET', `${T}?query=id:undefined`)).status).toBe(400);
    expect(await slugs('id:1')).toEqual(['foo']);
    expect(await slugs('id:1 id:2')).toEqual(['bar', 'foo']);
  });

  it('test_has_external_teams_query (no simulated team has external teams)', async () => {
    await org({ teams: [{ slug: 'foo' }] });
    expect(await slugs('hasExternalTeams:true')).toEqual([]);
  });

  it('source: memberCount counts pending invitations on the team, not invite requests or deactivated users', async () => {
    await org({
      teams: [{ slug: 'team' }],
      members: [
        { email: 'a@example.com', orgRole: 'member', teams: { team: null } },
        { email: 'b@example.com', orgRole: 'member', pending: true, teams: { team: null } },
        { email: 'c@example.com', orgRole: 'member', pending: true, inviteStatus: 'requested_to_join', teams: { team: null } },
        { email: 'd@example.com', orgRole: 'member', inactive: true, teams: { team: null } },
      ],
    });
    expect(((await call(sim, 'GET', T)).body as { memberCount: number }[])[0]?.memberCount).toBe(2);
  });
});

describe('the daily invitation budget (src/sentry/ratelimits/utils.py: for_organization_member_invite)', () => {
  const LIMITED = { status: 429, body: { detail: 'You are being rate limited for too many invitations.' } };
  const invite = (email: string, token = OWNER) => post({ email, orgRole: 'member' }, token);
  const inviteMany = async (count: number, prefix = 'n') => {
    for (let n = 1; n <= count; n++) expect((await invite(`${prefix}${n}@example.com`)).status).toBe(201);
  };

  it('source: DEFAULT_CONFIG (100 a day per user, 100 per organization), on by default: the 101st invitation of a day is refused, whoever sends it', async () => {
    await org({ members: [{ email: 'manager@example.com', orgRole: 'manager' }] });
    await inviteMany(100);
    expect(await invite('n101@example.com', MANAGER)).toMatchObject(LIMITED);
    expect(await invite('n102@example.com')).toMatchObject(LIMITED);
    expect(sim.org.findByEmail('n101@example.com')).toBeUndefined();
    expect(sim.org.findByEmail('n102@example.com')).toBeUndefined();
    expect(sim.org.members.size).toBe(104);
  });

  it('source: features "organizations:invite-members-rate-limits" off: no budget at all', async () => {
    await org({ server: { invitationBudget: false } });
    await inviteMany(101);
  });

  it('source: DEFAULT_CONFIG "members:org-invite-to-email" (10 a day): re-sent invitations count, and the email is lower-cased', async () => {
    await org({ members: [{ email: 'Pat@example.com', orgRole: 'member', pending: true }] });
    for (let n = 1; n <= 10; n++) expect((await put('4', { reinvite: 1 })).status).toBe(200);
    expect(await put('4', { reinvite: 1 })).toMatchObject(LIMITED);
    // The same address, invited afresh in other letters: its eleventh of the day.
    expect((await del('4')).status).toBe(204);
    expect(await invite('pat@EXAMPLE.com')).toMatchObject(LIMITED);
    expect((await invite('other-pat@example.com')).status).toBe(201);
  });

  it('source: DEFAULT_CONFIG "members:invite-by-user": each user has a budget of its own, the organization one for all', async () => {
    await org({
      members: [{ email: 'manager@example.com', orgRole: 'manager' }],
      server: { invitationBudget: { perCaller: 2, perOrganization: 5 } },
    });
    await inviteMany(2, 'owner');
    expect(await invite('owner3@example.com')).toMatchObject(LIMITED);
    expect((await invite('manager1@example.com', MANAGER)).status).toBe(201);
    // The owner's refused attempt counted for the organization too: 2 + 1 + 1, then the fifth.
    expect((await invite('manager2@example.com', MANAGER)).status).toBe(201);
    expect(await invite('manager3@example.com', MANAGER)).toMatchObject(LIMITED);
  });

  it('source: RedisRateLimiter.is_limited raises the count before comparing, and all three counts are raised: refused attempts spend the rest', async () => {
    await org({
      members: [{ email: 'pat@example.com', orgRole: 'member', pending: true }],
      server: { invitationBudget: { perOrganization: 12 } },
    });
    for (let n = 1; n <= 10; n++) expect((await put('4', { reinvite: 1 })).status).toBe(200);
    expect(await put('4', { reinvite: 1 })).toMatchObject(LIMITED);
    // Eleven spent on pat, refused one included: the twelfth goes, the thirteenth does not.
    expect((await invite('a@example.com')).status).toBe(201);
    expect(await invite('b@example.com')).toMatchObject(LIMITED);
  });

  it('source: RedisRateLimiter (bucket = time / window): fixed UTC days, whole again after midnight', async () => {
    const clock = new SimClock();
    clock.set(Date.UTC(2026, 2, 9, 23, 59, 50));
    await org({ server: { clock, invitationBudget: { perOrganization: 1 } } });
    expect((await invite('a@example.com')).status).toBe(201);
    expect(await invite('b@example.com')).toMatchObject(LIMITED);
    // Twenty seconds later it is the next day: not 24 hours after the first invitation.
    sim.clock.advance(20_000);
    expect((await invite('b@example.com')).status).toBe(201);
    expect(await invite('c@example.com')).toMatchObject(LIMITED);
    sim.clock.advance(DAY_MS);
    expect((await invite('c@example.com')).status).toBe(201);
  });

  it('source: post() and put() ask only once a request is valid, and put() only for an invitation still pending', async () => {
    await org({
      organization: { sso: true },
      members: [{ email: 'exp@example.com', orgRole: 'member', pending: true, expired: true }],
      server: { invitationBudget: { perOrganization: 2 } },
    });
    expect((await invite('member@example.com')).status).toBe(400);
    expect((await invite('not-an-address')).status).toBe(400);
    // Re-inviting a full member sends an SSO link: no invitation, no budget.
    expect((await put('2', { reinvite: 1 })).status).toBe(200);
    // An expired invitation re-sent without regenerating is refused after the budget was asked.
    expect((await put('4', { reinvite: 1 })).status).toBe(400);
    expect((await invite('a@example.com')).status).toBe(201);
    expect(await invite('b@example.com')).toMatchObject(LIMITED);
  });

  it('source: only post() and a re-sent invitation ask the budget: role and team changes, removals and reads go on', async () => {
    await org({
      members: [{ email: 'baz@example.com', orgRole: 'member' }],
      server: { invitationBudget: { perOrganization: 1 } },
    });
    await inviteMany(1);
    expect(await invite('n2@example.com')).toMatchObject(LIMITED);
    expect((await put('4', { orgRole: 'manager', teamRoles: [{ teamSlug: 'team', role: null }] })).status).toBe(200);
    expect((await del('4')).status).toBe(204);
    expect(await emails()).toEqual(['owner@example.com', 'member@example.com', 'other@example.com', 'n1@example.com']);
  });

  it("source: RatelimitMiddleware.process_response: the 429 carries the per-second window's headers, which do not announce it, and no Retry-After", async () => {
    await org({ server: { rateLimit: {}, invitationBudget: { perOrganization: 1 } } });
    await inviteMany(1);
    const refused = await invite('n2@example.com');
    expect(refused).toMatchObject(LIMITED);
    expect(refused.headers.get('content-type')).toBe('application/json');
    expect(Number(refused.headers.get('x-sentry-rate-limit-remaining'))).toBeGreaterThan(0);
    expect(refused.headers.get('x-sentry-rate-limit-limit')).toBe('40');
    expect(refused.headers.get('retry-after')).toBeNull();
  });
});

describe('OrganizationMemberSerializer: accounts that do not fit (src/sentry/api/serializers/models/organization_member/base.py)', () => {
  const R = '/api/0/teams/acme/team/members/';
  const roster = async () => (await call(sim, 'GET', R)).body as Record<string, unknown>[];

  it('source: serialize(): an account without an email shows email "" in the list, a member read and a roster; its name falls back to the username', async () => {
    await org({ members: [{ email: '', username: 'jdoe', orgRole: 'member', teams: { team: null } }] });
    const shown = { id: '4', email: '', name: 'jdoe', pending: false, user: { email: '', username: 'jdoe', name: 'jdoe' } };
    expect((await list()).find((row) => row.id === '4')).toMatchObject(shown);
    expect(await get('4')).toMatchObject(shown);
    expect(await roster()).toMatchObject([shown]);
  });

  it('source: OrganizationMember.get_email() (older Sentry): the same account shows email null; invitations keep their address', async () => {
    await org({
      members: [
        { email: '', username: 'jdoe', name: 'J. Doe', orgRole: 'member', teams: { team: null } },
        { email: 'pat@example.com', orgRole: 'member', pending: true },
      ],
      server: { legacyMemberEmail: true },
    });
    const rows = await list();
    expect(rows.find((row) => row.id === '4')).toMatchObject({ email: null, name: 'J. Doe', user: { email: '' } });
    expect(rows.find((row) => row.id === '5')).toMatchObject({ email: 'pat@example.com', user: null });
    expect((await get('4')).email).toBeNull();
    expect((await roster())[0]).toMatchObject({ id: '4', email: null });
  });

  it('source: auth helper _handle_new_user: an account made at a first SSO login has a hex username, is managed, has no password, and the email the identity provider sent', async () => {
    await org({ members: [{ email: 'jdoe', name: 'J. Doe', sso: true, orgRole: 'member' }] });
    const row = (await list()).find((item) => item.id === '4');
    expect(row).toMatchObject({
      email: 'jdoe',
      name: 'J. Doe',
      user: { email: 'jdoe', isManaged: true, hasPasswordAuth: false },
    });
    expect((row?.user as { username?: string } | undefined)?.username).toMatch(/^[0-9a-f]{32}$/);
    expect(await emails('email:jdoe')).toEqual(['jdoe']);
  });

  it('source: serialize(): an account Sentry cannot read shows user null while not pending, and an empty email and name', async () => {
    await org({ members: [{ email: 'gone@example.com', unresolved: true, orgRole: 'member', teams: { team: null } }] });
    const shown = { id: '4', email: '', name: '', pending: false, user: null };
    expect((await list()).find((row) => row.id === '4')).toMatchObject(shown);
    expect(await get('4')).toMatchObject(shown);
    expect(await roster()).toMatchObject([shown]);
    expect((await list('isInvited:false')).map((row) => row.id)).toContain('4');
  });
});

describe('UserSerializer: lastActive (src/sentry/users/api/serializers/user.py, users/models/user.py)', () => {
  it('source: User.last_active: every account carries it in the list, a member read and a roster, in the format of sentry.utils.json', async () => {
    await org({
      members: [{ email: 'baz@example.com', orgRole: 'member', lastActive: '2025-11-03T08:15:00Z', teams: { team: null } }],
    });
    const active = { user: { lastActive: '2025-11-03T08:15:00.000000Z' } };
    expect((await list()).find((row) => row.id === '4')).toMatchObject(active);
    expect(await get('4')).toMatchObject(active);
    expect(((await call(sim, 'GET', '/api/0/teams/acme/team/members/')).body as unknown[])[0]).toMatchObject(active);
  });

  it('source: User.last_active (default=timezone.now, null=True): stamped when the account is made, null when never recorded, none for an invitation', async () => {
    await org({
      members: [
        { email: 'never@example.com', orgRole: 'member', lastActive: null },
        { email: 'pat@example.com', orgRole: 'member', pending: true },
      ],
    });
    const rows = await list();
    const user = (id: string) => rows.find((row) => row.id === id)?.user as Record<string, unknown> | null;
    expect(user('2')?.lastActive).toBe(user('2')?.dateJoined);
    expect(user('2')?.lastActive).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(user('4')?.lastActive).toBeNull();
    expect(user('5')).toBeNull();
  });
});

describe('organizations:new-organization-member-invite (src/sentry/core/endpoints/organization_member_invite/)', () => {
  const I = '/api/0/organizations/acme/invited-members/';
  const R = '/api/0/teams/acme/team/members/';
  const newModel = (flag: boolean) =>
    org({
      organization: { newInviteModel: flag },
      members: [
        { email: 'old@example.com', orgRole: 'member', pending: true, teams: { team: null } }, // 4
        { email: 'zed@example.com', orgRole: 'member', pending: true, newInviteModel: true, teams: { team: null } }, // 5
        {
          email: 'amy@example.com',
          orgRole: 'manager',
          pending: true,
          newInviteModel: true,
          invitedBy: 'owner@example.com',
          flags: { 'sso:linked': true },
        }, // 6
        {
          email: 'req@example.com',
          orgRole: 'member',
          pending: true,
          newInviteModel: true,
          inviteStatus: 'requested_to_be_invited',
        }, // 7
      ],
    });

  it('source: OrganizationMemberInviteIndexEndpoint.get: without the feature, 403 with MISSING_FEATURE_MESSAGE', async () => {
    await newModel(false);
    expect(await call(sim, 'GET', I)).toMatchObject({
      status: 403,
      body: { detail: 'Your organization does not have access to this feature.' },
    });
  });

  it('OrganizationMemberInviteListTest.test_simple: invitations and requests, by invite status then email, each with its own id (OrganizationMemberInviteSerializer)', async () => {
    await newModel(true);
    const { items } = await readAll(sim, `${I}?per_page=2`);
    expect(items).toEqual([
      {
        id: '2',
        email: 'amy@example.com',
        orgRole: 'manager',
        expired: false,
        idpProvisioned: false,
        idpRoleRestricted: false,
        ssoLinked: true,
        ssoInvalid: false,
        memberLimitRestricted: false,
        partnershipRestricted: false,
        teams: [],
        dateCreated: expect.stringMatching(/Z$/),
        inviteStatus: 'approved',
        inviterName: 'Owner',
      },
      expect.objectContaining({
        id: '1',
        email: 'zed@example.com',
        teams: [{ id: 1, slug: 'team', role: null }],
        inviterName: null,
      }),
      expect.objectContaining({ id: '3', email: 'req@example.com', inviteStatus: 'requested_to_be_invited' }),
    ]);
  });

  it('GetOrganizationMemberInviteTest.test_simple: one invitation by its id; an unknown id is 404', async () => {
    await newModel(true);
    expect(await call(sim, 'GET', `${I}1/`)).toMatchObject({ status: 200, body: { id: '1', email: 'zed@example.com' } });
    expect((await call(sim, 'GET', `${I}99/`)).status).toBe(404);
  });

  it('source: OrganizationMemberIndexEndpoint.get (~Exists(OrganizationMemberInvite)): such invitations are in no member list, filter or member read, whatever the switch; older invitations still are', async () => {
    for (const flag of [true, false]) {
      await newModel(flag);
      expect(await emails()).toEqual(['owner@example.com', 'member@example.com', 'other@example.com', 'old@example.com']);
      expect(await emails('email:zed@example.com')).toEqual([]);
      expect(await emails('isInvited:true')).toEqual(['old@example.com']);
      expect((await call(sim, 'GET', member('5'))).status).toBe(404);
      await sim.close();
    }
    await org();
  });

  it('source: _create_invite_object keeps the teams on the invitation (organization_member_team_data): rosters and memberCount leave it out', async () => {
    await newModel(true);
    expect(((await call(sim, 'GET', R)).body as { email: string }[]).map((row) => row.email)).toEqual(['old@example.com']);
    const teams = (await call(sim, 'GET', '/api/0/organizations/acme/teams/')).body as { slug: string; memberCount: number }[];
    expect(teams.find((team) => team.slug === 'team')?.memberCount).toBe(1);
  });

  it('source: OrganizationMemberRequestSerializer.validate_email reads members only: POST .../members/ invites the same email a second time', async () => {
    await newModel(true);
    const second = await post({ email: 'zed@example.com', orgRole: 'member' });
    expect(second).toMatchObject({ status: 201, body: { email: 'zed@example.com', pending: true } });
    expect(await emails('email:zed@example.com')).toEqual(['zed@example.com']);
    expect(((await call(sim, 'GET', I)).body as { email: string }[]).map((row) => row.email)).toContain('zed@example.com');
  });
});

describe('deliberately not modelled (docs/simulation.md)', () => {
  it('has no superuser, staff, integration tokens, invite-members feature switch, 2FA or external users', async () => {
    // Nothing to call: these are listed so that a reader holding this file beside Sentry's tests
    // knows why those tests have no twin here. The test fails if the list in the docs goes away.
    const { readFile } = await import('node:fs/promises');
    const docs = await readFile(new URL('../../docs/simulation.md', import.meta.url), 'utf8');
    for (const word of ['superuser', 'integration token', 'invite-members', '2FA', 'external users', 'placeholder'])
      expect(docs).toContain(word);
    await org();
  });
});
