import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { isTeamRole, type OrgRole } from '../domain/roles.ts';
import { SimClock } from './clock.ts';
import type { Fixture } from './fixture.ts';
import { InvitationBudget, type InvitationBudgetOptions } from './invitation-budget.ts';
import {
  type Caller,
  DETAIL_FORBIDDEN,
  DETAIL_NOT_FOUND,
  isObject,
  type Reply,
  type SimMember,
  SimOrganization,
  type SimTeam,
} from './organization.ts';
import { RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { detailMember, listMember, newModelInvitation, team, teamMember } from './serialize.ts';

export interface SimOptions {
  /** sentry.io's limits (default 40 per 1 s, 25 concurrent); false: none and no headers, as self-hosted. */
  readonly rateLimit?: RateLimitOptions | false;
  /**
   * Sentry's daily invitation budget (default 100 a day per user, 100 per organization, 10 per
   * email); false: none, as with the feature `organizations:invite-members-rate-limits` off.
   */
  readonly invitationBudget?: InvitationBudgetOptions | false;
  /** The clock of the invitation budget (default: the real clock, movable through `sim.clock`). */
  readonly clock?: SimClock;
  /** Serialize a member's email as older Sentry did: null when the account has none (default false: `""`). */
  readonly legacyMemberEmail?: boolean;
  /** Added to every request before it is handled, in ms (default 0). */
  readonly latencyMs?: number;
  /** Port on 127.0.0.1 (default 0: any free port). */
  readonly port?: number;
  /** Largest request body read, in bytes (default 1 MiB). */
  readonly maxBodyBytes?: number;
}

/** A failure to inject: for requests matching method and path, `times` times (default: always). */
export interface Fault {
  readonly method?: string;
  /** Exact pathname, a pattern with `*` wildcards, or a RegExp tested against pathname + query. Faults apply to authenticated requests that passed the rate limiter. */
  readonly path: string | RegExp;
  readonly status?: number;
  /** JSON body for `status`; a string `raw` is sent as is (e.g. truncated JSON). */
  readonly body?: unknown;
  readonly raw?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Destroy the connection without answering. */
  readonly reset?: boolean;
  /** Wait this long first (with no status or reset: then handle normally). */
  readonly delayMs?: number;
  /**
   * Change the organization first, as someone else's concurrent edit would (with no status or
   * reset: then handle the request normally, on the changed organization).
   */
  readonly run?: (org: SimOrganization) => void;
  readonly times?: number;
}

export interface LoggedRequest {
  readonly method: string;
  /** Pathname and query. */
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
  /** 0 when the connection was reset. */
  status: number;
  readonly startedAt: number;
  finishedAt: number;
}

export interface SimulatedSentry {
  /** Base URL, e.g. http://127.0.0.1:41234 (pass it as sentry-url). */
  readonly url: string;
  /** The first member token of the fixture. */
  readonly token: string | undefined;
  readonly org: SimOrganization;
  /** The simulation's clock: `sim.clock.advance(DAY_MS)` moves the invitation budget to the next day. */
  readonly clock: SimClock;
  readonly requests: LoggedRequest[];
  /** Adds a fault; returns a function that removes it. */
  inject(fault: Fault): () => void;
  /** Requests other than GET (writes), for "nothing was written" assertions. */
  writes(): LoggedRequest[];
  close(): Promise<void>;
}

interface Route {
  readonly name: string;
  readonly pattern: RegExp;
  readonly methods: readonly string[];
}

const ROUTES: readonly Route[] = [
  { name: 'org-members', pattern: /^\/api\/0\/organizations\/([^/]+)\/members\/$/, methods: ['GET', 'POST'] },
  {
    name: 'org-member-team',
    pattern: /^\/api\/0\/organizations\/([^/]+)\/members\/([^/]+)\/teams\/([^/]+)\/$/,
    methods: ['POST', 'PUT', 'DELETE'],
  },
  { name: 'org-member', pattern: /^\/api\/0\/organizations\/([^/]+)\/members\/([^/]+)\/$/, methods: ['GET', 'PUT', 'DELETE'] },
  { name: 'org-teams', pattern: /^\/api\/0\/organizations\/([^/]+)\/teams\/$/, methods: ['GET'] },
  { name: 'team-members', pattern: /^\/api\/0\/teams\/([^/]+)\/([^/]+)\/members\/$/, methods: ['GET'] },
  { name: 'org-invites', pattern: /^\/api\/0\/organizations\/([^/]+)\/invited-members\/$/, methods: ['GET'] },
  { name: 'org-invite', pattern: /^\/api\/0\/organizations\/([^/]+)\/invited-members\/([^/]+)\/$/, methods: ['GET'] },
];

/** What Sentry answers where a feature the organization lacks is asked for. */
const MISSING_FEATURE = { detail: 'Your organization does not have access to this feature.' };

/** Starts a simulated Sentry on 127.0.0.1 and a free port. */
export async function startSimulatedSentry(fixture: Fixture, options: SimOptions = {}): Promise<SimulatedSentry> {
  const org = new SimOrganization(fixture, { legacyMemberEmail: options.legacyMemberEmail ?? false });
  const requests: LoggedRequest[] = [];
  const faults: { fault: Fault; left: number }[] = [];
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? {});
  const clock = options.clock ?? new SimClock();
  const budget = options.invitationBudget === false ? undefined : new InvitationBudget(options.invitationBudget ?? {}, clock);
  const started = performance.now();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { detail: 'Internal Error', errorId: 'simulation-crash' });
      process.stderr.write(`simulated Sentry: ${(error as Error).stack ?? String(error)}\n`);
    });
  });
  server.keepAliveTimeout = 60_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const raw = await readBody(req, options.maxBodyBytes ?? 1024 * 1024);
    let body: unknown;
    let badJson: string | undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch (error) {
        badJson = (error as Error).message;
      }
    }
    const entry: LoggedRequest = {
      method,
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      body: badJson === undefined ? body : raw,
      status: 0,
      startedAt: performance.now() - started,
      finishedAt: 0,
    };
    requests.push(entry);
    res.on('close', () => {
      entry.status = res.headersSent ? res.statusCode : 0;
      entry.finishedAt = performance.now() - started;
    });

    // The latency runs while the request holds its concurrency slot, as server time does.
    const latency = options.latencyMs ? sleep(options.latencyMs) : Promise.resolve();
    const early = async (status: number, body: unknown, headers: Record<string, string> = {}) => {
      await latency;
      send(res, status, body, headers);
    };

    const matched = ROUTES.map((route) => ({ route, match: route.pattern.exec(url.pathname) })).find((m) => m.match);
    if (!matched?.match) return early(404, { detail: 'The requested resource does not exist' });
    const { route, match } = matched;
    if (!route.methods.includes(method)) return early(405, { detail: `Method "${method}" not allowed.` });

    const authorization = req.headers.authorization ?? '';
    const token = /^Bearer (\S+)$/i.exec(authorization)?.[1];
    if (!token) return early(401, { detail: 'Authentication credentials were not provided.' });
    const caller = org.tokens.get(token);
    if (!caller) return early(401, { detail: 'Invalid token' });

    const callerKey = caller.kind === 'member' ? `user:${caller.member.userId}` : `org-token:${token.slice(-6)}`;
    const decision = limiter?.check(`${callerKey} ${route.name} ${method}`);
    res.on('close', () => decision?.release());
    const headers = decision?.headers ?? {};
    if (decision && !decision.allowed) {
      const message =
        decision.reason === 'rate'
          ? `You are attempting to use this endpoint too frequently. Limit is ${limiter?.limit} requests in ${limiter?.windowSeconds} seconds`
          : `You are attempting to go above the allowed concurrency for this endpoint. Concurrency limit is ${limiter?.concurrentLimit}`;
      return early(429, message, headers);
    }

    await latency;
    const fault = takeFault(method, url);
    if (fault) {
      if (fault.delayMs) await sleep(fault.delayMs);
      fault.run?.(org);
      if (fault.reset) {
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) {
        res.writeHead(fault.status, { 'Content-Type': 'application/json', ...headers, ...fault.headers });
        res.end(fault.raw ?? (fault.body === undefined ? '' : JSON.stringify(fault.body)));
        return;
      }
    }

    if (match[1] !== org.slug) return send(res, 404, DETAIL_NOT_FOUND, headers);
    if (caller.kind === 'org-token') return send(res, 403, DETAIL_FORBIDDEN, headers);
    if (badJson !== undefined) return send(res, 400, { detail: `JSON parse error - ${badJson}` }, headers);

    // Sentry asks its invitation budget once a request to invite or re-invite is valid.
    const inviteLimited = (email: string) => budget?.spend(callerKey, org.slug, email) ?? false;
    const reply = dispatch(
      route.name,
      method,
      match,
      url,
      caller,
      body,
      `http://${req.headers.host}${url.pathname}`,
      inviteLimited,
    );
    return send(res, reply.status, reply.body, { ...headers, ...(reply as { headers?: Record<string, string> }).headers });
  }

  function dispatch(
    name: string,
    method: string,
    match: RegExpExecArray,
    url: URL,
    caller: Caller,
    body: unknown,
    base: string,
    inviteLimited: (email: string) => boolean,
  ): Reply & { headers?: Record<string, string> } {
    const canRead = org.hasScope(caller, 'member:read');
    switch (name) {
      case 'org-members': {
        if (method === 'POST') {
          const result = org.invite(caller, body, inviteLimited);
          return 'member' in result ? { status: 201, body: listMember(org, result.member) } : result;
        }
        if (!canRead) return { status: 403, body: DETAIL_FORBIDDEN };
        const members = filterMembers(org, url.searchParams.get('query'));
        return paginate(members, (member) => listMember(org, member), url, base);
      }
      case 'org-member': {
        const target = org.resolveMember(decodeURIComponent(match[2] ?? ''), caller);
        if (!target) return { status: 404, body: DETAIL_NOT_FOUND };
        if (method === 'GET') {
          if (!canRead) return { status: 403, body: DETAIL_FORBIDDEN };
          return { status: 200, body: detailMember(org, target, caller) };
        }
        if (method === 'DELETE') return org.removeMember(caller, target);
        const reply = org.updateMember(caller, target, body, inviteLimited);
        return reply.status === 200 ? { status: 200, body: detailMember(org, target, caller) } : reply;
      }
      case 'org-member-team':
        return memberTeam(method, match, caller, body);
      case 'org-teams': {
        if (!canRead) return { status: 403, body: DETAIL_FORBIDDEN };
        const teams = filterTeams(
          [...org.teams.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1)),
          url.searchParams.get('query'),
        );
        if (teams === undefined) return { status: 400, body: { detail: 'Invalid ID provided' } };
        return paginate(teams, (value) => team(value, caller, org.teamMemberCount(value.slug)), url, base);
      }
      case 'team-members': {
        const slug = decodeURIComponent(match[2] ?? '');
        if (!org.teams.has(slug)) return { status: 404, body: DETAIL_NOT_FOUND };
        if (!canRead) return { status: 403, body: DETAIL_FORBIDDEN };
        return paginate(org.roster(slug), (member) => teamMember(org, member, slug), url, base);
      }
      case 'org-invites': {
        if (!canRead) return { status: 403, body: DETAIL_FORBIDDEN };
        if (!org.newInviteModel) return { status: 403, body: MISSING_FEATURE };
        return paginate(org.newModelInvitations(), (member) => newModelInvitation(org, member), url, base);
      }
      case 'org-invite': {
        const id = decodeURIComponent(match[2] ?? '');
        const invitation = org.newModelInvitations().find((member) => member.inviteId === id);
        if (!invitation) return { status: 404, body: DETAIL_NOT_FOUND };
        if (!canRead) return { status: 403, body: DETAIL_FORBIDDEN };
        if (!org.newInviteModel) return { status: 403, body: MISSING_FEATURE };
        return { status: 200, body: newModelInvitation(org, invitation) };
      }
      default:
        return { status: 404, body: DETAIL_NOT_FOUND };
    }
  }

  function memberTeam(method: string, match: RegExpExecArray, caller: Caller, body: unknown): Reply {
    const target = org.resolveMember(decodeURIComponent(match[2] ?? ''), caller);
    const value = org.teams.get(decodeURIComponent(match[3] ?? ''));
    if (!target || !value) return { status: 404, body: DETAIL_NOT_FOUND };
    if (method === 'PUT') {
      if (caller.kind !== 'member' || !org.canChangeTeamMembership(caller, target, value) || caller.member.id === target.id) {
        return { status: 400, body: { detail: 'You do not have permission to change the team role of this member.' } };
      }
      if (!org.teamRolesEnabled) return { status: 400, body: { detail: 'Team roles are not enabled for this organization.' } };
      const role = isObject(body) ? body.teamRole : undefined;
      if (!isTeamRole(role)) return { status: 400, body: { teamRole: [`"${String(role)}" is not a valid choice.`] } };
      if (!target.teams.has(value.slug)) return { status: 404, body: DETAIL_NOT_FOUND };
      target.teams.set(value.slug, role);
      return { status: 200, body: { isActive: true, teamRole: role } };
    }
    if (!org.canChangeTeamMembership(caller, target, value)) return { status: 403, body: DETAIL_FORBIDDEN };
    if (value.idpProvisioned) {
      return { status: 403, body: { detail: "This team is managed through your organization's identity provider." } };
    }
    if (method === 'POST') {
      if (target.orgRole === 'billing') {
        return { status: 400, body: { detail: "The user with a 'billing' role cannot have team-level permissions." } };
      }
      if (target.teams.has(value.slug)) return { status: 204 };
      target.teams.set(value.slug, null);
      return { status: 201, body: team(value, caller, org.teamMemberCount(value.slug)) };
    }
    target.teams.delete(value.slug);
    return { status: 200, body: team(value, caller, org.teamMemberCount(value.slug)) };
  }

  function takeFault(method: string, url: URL): Fault | undefined {
    for (const [index, item] of faults.entries()) {
      const { fault } = item;
      if (fault.method && fault.method.toUpperCase() !== method) continue;
      if (!pathMatches(fault.path, url)) continue;
      item.left--;
      if (item.left <= 0) faults.splice(index, 1);
      return fault;
    }
    return undefined;
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const firstToken = [...org.tokens].find(([, caller]) => caller.kind === 'member')?.[0];
  return {
    url: `http://127.0.0.1:${port}`,
    token: firstToken,
    org,
    clock,
    requests,
    inject(fault) {
      const item = { fault, left: fault.times ?? Number.POSITIVE_INFINITY };
      faults.push(item);
      return () => {
        const index = faults.indexOf(item);
        if (index >= 0) faults.splice(index, 1);
      };
    },
    writes: () => requests.filter((request) => request.method !== 'GET'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Sentry's query syntax: `key:value` tokens (quoted values allowed; a repeated key ORs), the rest free text. */
function tokenize(query: string): Map<string, string[]> {
  const tokens = new Map<string, string[]>();
  for (const match of query.matchAll(/(\S+?):"([^"]*)"|(\S+?):(\S+)|(\S+)/g)) {
    const [key, value] =
      match[5] !== undefined ? ['query', match[5]] : match[1] !== undefined ? [match[1], match[2] ?? ''] : [match[3], match[4]];
    tokens.set(key ?? 'query', [...(tokens.get(key ?? 'query') ?? []), value ?? '']);
  }
  return tokens;
}

const ROLE_SCOPES_ANY: Record<string, readonly OrgRole[]> = {
  'member:read': ['member', 'admin', 'manager', 'owner'],
  'member:admin': ['manager', 'owner'],
  'org:admin': ['owner'],
  'org:billing': ['billing', 'owner'],
};

/**
 * The members list's `query`: `email:` (the member's email or any of its user's emails), `id:`
 * and `user.id:` (digits only, else nothing), `role:`, `scope:`, `isInvited:`, `ssoLinked:`,
 * `has2fa:` (no simulated user has 2FA), `hasExternalUsers:` (none has), free text against
 * email and name; any other key matches nothing.
 */
function filterMembers(org: SimOrganization, query: string | null): readonly SimMember[] {
  if (!query?.trim()) return org.memberList();
  const tokens = tokenize(query.trim());
  // An `email:` filter starts from the members holding those emails (an index), not the whole list.
  const emails = tokens.get('email');
  let result = emails === undefined ? org.memberList() : org.listedWithEmail(emails);
  for (const [key, values] of tokens) {
    const yes = values.includes('true');
    switch (key) {
      case 'email':
        result = result.filter((member) => values.some((email) => org.matchesEmail(member, email)));
        break;
      case 'id':
        result = result.filter((member) => values.includes(member.id) && /^\d+$/.test(member.id));
        break;
      case 'user.id':
        result = result.filter((member) => member.userId !== null && values.includes(member.userId));
        break;
      case 'role':
        result = result.filter((member) => values.includes(member.orgRole));
        break;
      case 'scope':
        result = result.filter((member) => values.some((scope) => ROLE_SCOPES_ANY[scope]?.includes(member.orgRole)));
        break;
      case 'isInvited':
        result = result.filter((member) => (member.userId === null) === yes);
        break;
      case 'ssoLinked':
        result = result.filter((member) => member.flags['sso:linked'] === yes);
        break;
      case 'has2fa':
        result = yes ? [] : result.filter((member) => member.userId !== null);
        break;
      case 'hasExternalUsers':
        result = yes ? [] : result;
        break;
      case 'query': {
        const text = values.join(' ').toLowerCase();
        result = result.filter(
          (member) =>
            member.email.toLowerCase().includes(text) || (member.userId !== null && member.name.toLowerCase().includes(text)),
        );
        break;
      }
      default:
        return [];
    }
  }
  return result;
}

/** The teams list's `query`: `slug:`, `id:` (not a number: 400, undefined here), `hasExternalTeams:`, free text. */
function filterTeams(teams: SimTeam[], query: string | null): SimTeam[] | undefined {
  if (!query?.trim()) return teams;
  let result = teams;
  for (const [key, values] of tokenize(query.trim())) {
    if (key === 'slug') result = result.filter((team) => values.includes(team.slug));
    else if (key === 'id') {
      if (values.some((value) => !/^\d+$/.test(value))) return undefined;
      result = result.filter((team) => values.includes(team.id));
    } else if (key === 'hasExternalTeams') result = values.includes('true') ? [] : result;
    else if (key === 'query') {
      const text = values.join(' ').toLowerCase();
      result = result.filter((team) => team.slug.includes(text) || team.name.toLowerCase().includes(text));
    } else return [];
  }
  return result;
}

/**
 * Sentry's offset paginator: `per_page` 1..100 (default 100), cursor `<per_page>:<page>:<is_prev>`,
 * and a Link header with both relations, previous first.
 */
function paginate<T>(
  items: readonly T[],
  serialize: (item: T) => unknown,
  url: URL,
  base: string,
): Reply & { headers?: Record<string, string> } {
  const perPageParam = url.searchParams.get('per_page');
  const perPage = perPageParam === null ? 100 : Number(perPageParam);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100 || (perPageParam !== null && !/^\d+$/.test(perPageParam))) {
    return { status: 400, body: { detail: 'Invalid per_page value. Must be between 1 and 100.' } };
  }
  const cursor = url.searchParams.get('cursor');
  let page = 0;
  let size = perPage;
  if (cursor !== null) {
    const parsed = /^(\d+):(\d+):([01])$/.exec(cursor);
    if (!parsed || Number(parsed[1]) < 1) return { status: 400, body: { detail: 'Invalid cursor parameter.' } };
    size = Number(parsed[1]);
    page = Number(parsed[2]);
  }
  const offset = page * size;
  const slice = items.slice(offset, offset + perPage).map(serialize);
  const hasNext = offset + perPage < items.length;
  const query = new URLSearchParams(url.searchParams);
  query.delete('cursor');
  const prefix = `${base}?${query.toString()}&cursor=`;
  const previous = `${perPage}:${page - 1}:1`;
  const next = `${perPage}:${page + 1}:0`;
  const link = `<${prefix}${previous}>; rel="previous"; results="${page > 0}"; cursor="${previous}", <${prefix}${next}>; rel="next"; results="${hasNext}"; cursor="${next}"`;
  return { status: 200, body: slice, headers: { Link: link } };
}

function pathMatches(pattern: string | RegExp, url: URL): boolean {
  if (pattern instanceof RegExp) return pattern.test(url.pathname + url.search);
  if (!pattern.includes('*')) return url.pathname === pattern;
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[^?]*')}$`);
  return regex.test(url.pathname);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined || status === 204 ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    ...(text ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) } : {}),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) break;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
