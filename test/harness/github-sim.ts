import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitHubModel, type ModelOptions, type SimToken } from './github-sim/model.ts';
import type { Resource } from './github-sim/rate-limits.ts';
import { type Answer, type Call, NOT_FOUND, routes } from './github-sim/routes.ts';
import { errorJson, idOf, type Where } from './github-sim/shapes.ts';

export { ACTIONS_BOT, type Author, type SimComment, type SimIssue, type SimToken } from './github-sim/model.ts';
export type { SimOrganization, SimTeam } from './github-sim/organizations.ts';
export type { SimPull, SimReview } from './github-sim/shapes.ts';

export interface GitHubFault {
  readonly method: string;
  readonly path: RegExp;
  /** The answer's status (with GitHub's "Resource not accessible by integration" unless `body` says otherwise). */
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Stop answering (the connection stays open until the client gives up or the server closes):
   * before the headers, or after the headers and half of the body.
   */
  readonly stall?: 'headers' | 'body';
  readonly times?: number;
}

/** One request as the simulated GitHub received and answered it. */
export interface SimRequest {
  readonly method: string;
  /** Path and query. */
  readonly path: string;
  readonly body: unknown;
  /** The token it carried (`token X` or `Bearer X`), undefined without one. */
  readonly token: string | undefined;
  /** GitHub's operation, as its OpenAPI description names the path (`GET /orgs/{org}/teams/{team_slug}`). */
  operation?: string;
  status?: number;
  /** The JSON answered (undefined for raw content and for no answer). */
  response?: unknown;
  /** Answered by an injected fault, not as GitHub would. */
  fault?: boolean;
  contentType?: string;
}

function tokenOf(req: IncomingMessage): string | undefined {
  return /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
}

function rateLimitWho(token: string | undefined, account: SimToken): string {
  if (!token)
    return "127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)";
  return account.kind === 'app' ? `installation ID ${idOf(account.login)}` : `user ID ${idOf(account.login)}`;
}

/**
 * The GitHub endpoints the action uses, on loopback (the action reaches it through
 * GITHUB_API_URL), answering as GitHub does (docs/github-api.md; test/github-sim/ holds its
 * conformance with GitHub's published OpenAPI and GraphQL descriptions):
 * - issues and their comments (REST), pulls of a commit, file contents at a ref (`files`, keyed
 *   `ref:path`, a view of the repository's commits), GraphQL `viewer` (GITHUB_TOKEN's is
 *   github-actions[bot]) and a pull request's comments with `isMinimized`, `editor` and
 *   `lastEditedAt` (the legacy lists and the comments connection page by `pageSize`, 2 by default,
 *   so paging is exercised; GraphQL names a bot's login without the `[bot]` REST adds);
 * - git data: commits, recursive trees (truncated past `treeLimit` entries) and blobs with real
 *   git shas;
 * - organizations: teams (nested), members with roles, memberships, SAML identities (GraphQL);
 * - pull requests and their reviews;
 * - rate limits on every answer, tokens with their access, and a request log naming the token.
 * The returned object is the model (`comments`, `files`, `addTeam`, `review`, ...: model.ts) and
 * the server (`url`, `requests`, `inject`, `close`).
 */
export async function startGitHubSim(options: ModelOptions = {}) {
  const model = new GitHubModel(options);
  const requests: SimRequest[] = [];
  const faults: (GitHubFault & { left: number })[] = [];
  const served = routes(model);
  // `{path}` and `{tree_sha}` may hold slashes (GitHub's x-multi-segment); other parameters may not.
  const matchers = served.map((route) => ({
    route,
    pattern: new RegExp(
      `^${route.template.replace(/\{(path|tree_sha)\}/g, '(?<$1>.+)').replace(/\{([a-z_]+)\}/g, '(?<$1>[^/]+)')}$`,
    ),
  }));

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const token = tokenOf(req);
    const account = model.account(token);
    let body: Record<string, unknown> | undefined;
    let parsed = true;
    try {
      body = (text ? JSON.parse(text) : undefined) as Record<string, unknown> | undefined;
    } catch {
      parsed = false;
    }
    const logged: SimRequest = { method, path: url.pathname + url.search, body: parsed ? body : text, token };
    requests.push(logged);
    const matched = matchers
      .map(({ route, pattern }) => ({ route, params: route.method === method ? pattern.exec(url.pathname) : null }))
      .find((candidate) => candidate.params !== null);
    if (matched) logged.operation = `${method} ${matched.route.template}`;
    const send = (answer: Answer, rateHeaders: Readonly<Record<string, string>>) => {
      const contentType =
        answer.raw === undefined ? 'application/json; charset=utf-8' : (answer.headers?.['content-type'] ?? 'text/plain');
      res.writeHead(answer.status, { 'content-type': contentType, ...rateHeaders, ...answer.headers });
      logged.status = answer.status;
      logged.contentType = contentType;
      if (answer.raw !== undefined) return res.end(answer.raw);
      logged.response = answer.body;
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    };

    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    const resource: Resource = url.pathname === '/graphql' ? 'graphql' : 'core';
    const verdict = model.rateLimits.take(token, resource, rateLimitWho(token, account));
    if (!verdict.ok) return send({ status: verdict.status, body: verdict.body }, verdict.headers);
    const fault = faults.find((f) => f.method === method && f.path.test(url.pathname));
    if (fault) {
      logged.fault = true;
      fault.left--;
      if (fault.left <= 0) faults.splice(faults.indexOf(fault), 1);
      const answer = {
        status: fault.status ?? 500,
        body: fault.body ?? errorJson('Resource not accessible by integration'),
        headers: fault.headers ?? {},
      };
      if (fault.stall === 'headers') return;
      if (fault.stall === 'body') {
        const text = JSON.stringify(answer.body);
        res.writeHead(answer.status, {
          'content-type': 'application/json; charset=utf-8',
          ...verdict.headers,
          ...answer.headers,
        });
        res.write(text.slice(0, Math.ceil(text.length / 2)));
        return;
      }
      return send(answer, verdict.headers);
    }
    if (!parsed) return send({ status: 400, body: errorJson('Problems parsing JSON') }, verdict.headers);
    if (!matched) return send(NOT_FOUND, verdict.headers);
    const where: Where = {
      api: `http://${req.headers.host}`,
      owner: /^\/repos\/([^/]+)/.exec(url.pathname)?.[1] ?? 'acme',
      repo: /^\/repos\/[^/]+\/([^/]+)/.exec(url.pathname)?.[1] ?? 'sentry-config',
    };
    const call: Call = {
      method,
      url,
      body,
      token,
      account,
      accept: String(req.headers.accept ?? ''),
      where,
      rateLimit: verdict.headers,
    };
    const params = Object.fromEntries(
      Object.entries(matched.params?.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]),
    );
    send(await matched.route.handle(call, params), verdict.headers);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(model, {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Every operation it answers, as GitHub's OpenAPI description names them (`GET /user`). */
    operations: served.map((route) => `${route.method} ${route.template}`),
    inject: (fault: GitHubFault) => faults.push({ ...fault, left: fault.times ?? Number.POSITIVE_INFINITY }),
    /** Requests that change something (GraphQL queries are POSTs that read). */
    writes: () => requests.filter((request) => request.method !== 'GET' && request.path !== '/graphql'),
    /** The requests that carried `token`. */
    requestsBy: (token: string | undefined) => requests.filter((request) => request.token === token),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}

export type GitHubSim = Awaited<ReturnType<typeof startGitHubSim>>;
