import type { Fixture } from '../../src/sim/fixture.ts';

/** Tokens of the test organization, by the member (or kind) they belong to. */
export const TOKENS = {
  owner: 'sntryu_owner_olivia',
  manager: 'sntryu_manager_mia',
  member: 'sntryu_member_max',
  billing: 'sntryu_billing_bill',
  org: 'sntrys_org_ci_token',
} as const;

/** A small organization holding every kind of member the rules of docs/sentry-api.md speak of. */
export function testOrg(overrides: Partial<Fixture['organization']> = {}): Fixture {
  return {
    organization: { slug: 'acme', name: 'Acme', teamRoles: true, ...overrides },
    teams: [{ slug: 'backend' }, { slug: 'web' }, { slug: 'ops' }, { slug: 'scim', flags: { 'idp:provisioned': true } }],
    members: [
      { email: 'olivia@acme.com', name: 'Olivia', orgRole: 'owner', teams: { backend: 'admin' } }, // 1
      { email: 'mia@acme.com', name: 'Mia', orgRole: 'manager', teams: { web: null } }, // 2
      { email: 'max@acme.com', name: 'Max', orgRole: 'member', teams: { backend: null, web: 'contributor' } }, // 3
      { email: 'bill@acme.com', name: 'Bill', orgRole: 'billing' }, // 4
      { email: 'ada@acme.com', name: 'Ada', orgRole: 'admin', teams: { ops: null } }, // 5
      { email: 'pat@acme.com', orgRole: 'member', pending: true, teams: { backend: null } }, // 6
      { email: 'exp@acme.com', orgRole: 'member', pending: true, expired: true }, // 7
      { email: 'part@acme.com', orgRole: 'member', flags: { 'partnership:restricted': true } }, // 8
      { email: 'idp@acme.com', orgRole: 'member', flags: { 'idp:provisioned': true }, teams: { scim: null } }, // 9
      { email: 'rr@acme.com', orgRole: 'member', flags: { 'idp:role-restricted': true } }, // 10
      { email: 'oscar@acme.com', name: 'Oscar', orgRole: 'owner' }, // 11
    ],
    tokens: [
      { token: TOKENS.owner, member: 'olivia@acme.com' },
      { token: TOKENS.manager, member: 'mia@acme.com' },
      { token: TOKENS.member, member: 'max@acme.com' },
      { token: TOKENS.billing, member: 'bill@acme.com' },
      { token: TOKENS.org, kind: 'org' },
    ],
  };
}

/** A config listing everyone of the test organization as they are: a test's additions are the only differences. */
export const TEST_ORG_FILE = `organization: acme
members:
  olivia@acme.com: {role: owner, teams: {backend: admin}}
  mia@acme.com: {role: manager, teams: [web]}
  max@acme.com: {role: member, teams: {backend: contributor, web: contributor}}
  bill@acme.com: billing
  ada@acme.com: admin
  pat@acme.com: member
  exp@acme.com: member
  part@acme.com: member
  idp@acme.com: member
  rr@acme.com: member
  oscar@acme.com: owner
`;

export const ID = {
  olivia: '1',
  mia: '2',
  max: '3',
  bill: '4',
  ada: '5',
  pat: '6',
  exp: '7',
  part: '8',
  idp: '9',
  rr: '10',
  oscar: '11',
};
