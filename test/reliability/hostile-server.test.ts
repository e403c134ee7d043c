import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSentryClient } from '../../src/sentry/client.ts';
import { applyFor, planFor, simulations, snapshot } from '../engine/helpers.ts';
import { testOrg } from '../sim/org.ts';

const start = simulations();
const SECRET = 'sntryu_owner_olivia';

/** A second host that records whoever calls it: it must never see the token. */
async function otherHost() {
  const seen: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers.authorization);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('[]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((r) => server.close(() => r())));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, seen };
}

/** Closes every other host a test started. */
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

describe('hostile server responses', () => {
  it('does not follow a redirect to another host, and the other host never sees the token', async () => {
    const sim = await start();
    const other = await otherHost();
    sim.inject({
      method: 'GET',
      path: '/api/0/organizations/acme/members/',
      status: 302,
      headers: { location: `${other.url}/steal` },
    });
    await expect(planFor(sim, 'organization: acme\nmembers: {}\n')).rejects.toThrow(
      /HTTP 302: Sentry answered with a redirect to http:\/\/localhost:\d+\/steal, which is not followed: the token is sent only to http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(other.seen).toEqual([]);
  });

  it('does not follow a Link to another host, and the other host never sees the token', async () => {
    const sim = await start();
    const other = await otherHost();
    sim.inject({
      method: 'GET',
      path: '/api/0/organizations/acme/members/',
      status: 200,
      body: [],
      headers: {
        Link: `<${other.url}/api/0/organizations/acme/members/?cursor=100:1:0>; rel="next"; results="true"; cursor="100:1:0"`,
      },
    });
    await expect(planFor(sim, 'organization: acme\nmembers: {}\n')).rejects.toThrow(/which is not the origin of sentry-url/);
    expect(other.seen).toEqual([]);
  });

  it('bounds what it reads: an oversized response is refused', async () => {
    const sim = await start();
    sim.inject({ method: 'GET', path: '/api/0/organizations/acme/teams/', status: 200, raw: `[${'"x",'.repeat(400_000)}"x"]` });
    const client = createSentryClient({ baseUrl: new URL(sim.url), token: SECRET, maxResponseBytes: 1024 * 1024 });
    await expect(client.listTeams('acme')).rejects.toThrow(/the response is larger than 1 MiB; refusing to read more/);
    await client.close();
  });

  it('refuses malformed bodies with the request and what was wrong, and writes nothing', async () => {
    const sim = await start();
    const notAList = sim.inject({
      method: 'GET',
      path: '/api/0/organizations/acme/teams/',
      status: 200,
      body: { not: 'a list' },
    });
    await expect(planFor(sim, 'organization: acme\nmembers: {}\n')).rejects.toThrow(
      'GET /api/0/organizations/acme/teams/: HTTP 200: unexpected response from Sentry: response: expected a list, got object (is sentry-url a Sentry server?)',
    );
    notAList();
    const roleNotText = sim.inject({
      method: 'GET',
      path: '/api/0/organizations/acme/members/',
      status: 200,
      body: [{ id: '1', email: 'x@acme.com', orgRole: 7 }],
    });
    await expect(planFor(sim, 'organization: acme\nmembers: {}\n')).rejects.toThrow(
      /item 0\.orgRole: expected an org role, got number/,
    );
    roleNotText();
    // A role this action does not know is one odd record, not a malformed answer: reported, never written to.
    sim.inject({
      method: 'GET',
      path: '/api/0/organizations/acme/members/',
      status: 200,
      body: [{ id: '1', email: 'x@acme.com', orgRole: 'emperor' }],
    });
    const plan = await planFor(sim, 'organization: acme\nunlisted: remove\nmembers: {}\n');
    expect(plan.unfit).toEqual([{ id: '1', problem: { kind: 'unknown-role', role: 'emperor' }, pending: false }]);
    expect(plan.changes).toEqual([]);
    expect(sim.writes()).toEqual([]);
  });

  it('ignores unexpected fields and accepts the older `role` for `orgRole`', async () => {
    const sim = await start();
    const plain = await planFor(sim, 'organization: acme\nmembers:\n  olivia@acme.com: owner\n');
    sim.inject({
      method: 'GET',
      path: '/api/0/organizations/acme/members/',
      status: 200,
      body: [{ id: '1', email: 'olivia@acme.com', role: 'owner', shinyNewField: { nested: [1, 2] } }],
      times: 1,
    });
    const legacy = await planFor(sim, 'organization: acme\nmembers:\n  olivia@acme.com: owner\n');
    expect(legacy.unchanged).toBe(plain.unchanged);
  });
});

describe('concurrent runs', () => {
  it('two applies racing on the same organization end in the file state, with no error', async () => {
    const sim = await start(testOrg(), { rateLimit: {} });
    const file = `organization: acme
unlisted: ignore
members:
  olivia@acme.com: {role: owner, teams: {backend: admin}}
  mia@acme.com: {role: manager, teams: [web, ops]}
  max@acme.com: {role: manager, teams: [backend]}
  pat@acme.com: {role: member, teams: [web]}
`;
    const [first, second] = await Promise.all([applyFor(sim, file), applyFor(sim, file)]);
    expect([...first.result.failed, ...second.result.failed]).toEqual([]);
    expect(await planFor(sim, file)).toMatchObject({ changes: [], blocked: [] });
    expect(snapshot(sim)['max@acme.com']).toEqual({ role: 'manager', teams: { backend: null } });
  });
});
