import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import type { Octokit as OctokitCore } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { EndpointDefaults } from '@octokit/types';
import Bottleneck from 'bottleneck/light.js';
import { messageOf } from '../domain/errors.ts';
import { DecodeError, list } from '../domain/json.ts';
import { addSecret } from '../domain/secrets.ts';
import { describeRateLimit, MAX_RATE_LIMIT_RETRIES, rateLimitOf, type WaitBudget } from './rate-limits.ts';
import { failureOf, GitHubReadError, type ReadSubject } from './read-errors.ts';

/**
 * One token's reads from GitHub, on Octokit (from @actions/github, so GitHub Enterprise and the
 * runner's proxy settings apply) with GitHub's own plugins: @octokit/plugin-throttling waits for
 * rate limits (within the run's `WaitBudget`), @octokit/plugin-retry retries 5xx answers and
 * failed connections. Every attempt has a deadline for its whole answer, headers and body.
 */
export interface ReadClientOptions {
  readonly token: string;
  /** The API root, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  readonly baseUrl: string;
  /** Per attempt, for the whole answer. */
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  /** Retries of a 5xx answer or a failed connection. */
  readonly retries: number;
  /** The first retry waits this long, the second four times as long (plugin-retry's squares). */
  readonly retryBaseMs: number;
  readonly budget: WaitBudget;
  readonly debug: (message: string) => void;
  readonly now: () => number;
}

/** A request as messages name it: method, and path below the host. */
export interface ShownRequest {
  readonly method: string;
  readonly path: string;
}

export interface GraphQLResult {
  readonly request: ShownRequest;
  /** What GitHub could read (null when nothing). */
  readonly data: unknown;
  /** GitHub's errors, each with its `type` (NOT_FOUND, FORBIDDEN, INSUFFICIENT_SCOPES, ...) when it gives one. */
  readonly errors: readonly GraphQLErrorInfo[];
}

export interface GraphQLErrorInfo {
  readonly type?: string;
  readonly message: string;
}

type Parameters = Readonly<Record<string, string | number>>;

export interface ReadClient {
  /** GET `route` (`/orgs/{org}/teams/{team_slug}`, parameters filled in and escaped), decoded. */
  get<T>(route: string, parameters: Parameters, subject: ReadSubject, decode: (value: unknown) => T): Promise<T>;
  /** Every page of a REST list, 100 a page, each item decoded. */
  list<T>(route: string, parameters: Parameters, subject: ReadSubject, decode: (item: unknown, where: string) => T): Promise<T[]>;
  /** A GraphQL query: its data and errors (GitHub answers errors with 200, next to what it could read). */
  graphql(query: string, variables: Readonly<Record<string, unknown>>, subject: ReadSubject): Promise<GraphQLResult>;
  /** Decodes an answer, failing as a read (method, path, what to do) when GitHub sent something else. */
  decoded<T>(request: ShownRequest, decode: () => T): T;
}

/** The most pages one list may take (100,000 items): a server that always says "next" cannot hold the run. */
export const MAX_PAGES = 1000;

/** A deadline that passed: the attempt is cut off wherever it was. */
class DeadlineError extends Error {
  override name = 'DeadlineError';
}

const NULL_BODY = new Set([101, 204, 205, 304]);

/** `inner` with a deadline for the whole answer and a cap on its size; the body is read here, within both. */
function boundedFetch(inner: typeof fetch, timeoutMs: number, maxBytes: number): typeof fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([deadline, init.signal]) : deadline;
    try {
      const response = await inner(input, { ...init, signal });
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (response.body)
        for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
          size += chunk.byteLength;
          // Leaving the loop cancels the body.
          if (size > maxBytes) throw new Error(`the answer is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB`);
          chunks.push(chunk);
        }
      return new Response(NULL_BODY.has(response.status) ? null : Buffer.concat(chunks), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (deadline.aborted) throw new DeadlineError(`no complete answer within ${timeoutMs / 1000} s`);
      throw error;
    }
  };
}

/** Whether a Link header has a `rel="next"` part (its URL is not followed: the next page is asked of the same origin). */
function hasNext(link: string | undefined): boolean {
  return (link ?? '').split(/,\s*(?=<)/).some((part) => /;\s*rel="?next"?/.test(part));
}

type Octokit = ReturnType<typeof getOctokit>;

interface RequestErrorLike {
  readonly status?: number;
  readonly message?: string;
  readonly cause?: unknown;
  readonly response?: {
    readonly status: number;
    readonly headers: Record<string, string | number | undefined>;
    readonly data: unknown;
  };
}

function messageOfBody(data: unknown): string | undefined {
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string')
    return (data as { message: string }).message;
  if (data && typeof data === 'object' && Array.isArray((data as { errors?: unknown }).errors))
    return (data as { errors: { message?: unknown }[] }).errors.map((error) => String(error.message)).join('; ');
  return typeof data === 'string' && data.trim() !== '' ? data.trim().slice(0, 200) : undefined;
}

function graphqlErrors(data: unknown): GraphQLErrorInfo[] {
  const errors = data && typeof data === 'object' ? (data as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return [];
  return errors.map((error) => {
    const record = (error && typeof error === 'object' ? error : {}) as Record<string, unknown>;
    return {
      ...(typeof record.type === 'string' ? { type: record.type } : {}),
      message: typeof record.message === 'string' ? record.message : String(record.message),
    };
  });
}

export function createReadClient(options: ReadClientOptions): ReadClient {
  addSecret(options.token);
  const { debug, now, budget } = options;
  const base = new URL(options.baseUrl);
  const display = (url: string) => {
    const target = new URL(url, base);
    return `${target.pathname}${target.search}`;
  };
  // The runner's proxy settings live in @actions/github's fetch; the deadline wraps it.
  const inner = (defaults.request?.fetch as typeof fetch | undefined) ?? fetch;
  /** Whether to wait `retryAfter` seconds for a rate limit and try again (the plugin waits). */
  const waited = (
    kind: 'primary' | 'secondary',
    retryAfter: number,
    request: Required<EndpointDefaults>,
    client: OctokitCore,
    retryCount: number,
  ) => {
    const allowed = retryCount < MAX_RATE_LIMIT_RETRIES && budget.allow(retryAfter * 1000);
    const { method, url } = client.request.endpoint.parse(request);
    debug(`${method} ${display(url)}: ${kind} rate limit; ${allowed ? `waiting ${retryAfter} s` : 'not waiting'}`);
    return allowed;
  };
  const octokit: Octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      userAgent: 'sentry-members-sync',
      request: { fetch: boundedFetch(inner, options.timeoutMs, options.maxResponseBytes) },
      log: { debug, info: debug, warn: debug, error: debug },
      throttle: {
        onRateLimit: (retryAfter, request, octokit, retryCount) => waited('primary', retryAfter, request, octokit, retryCount),
        onSecondaryRateLimit: (retryAfter, request, octokit, retryCount) =>
          waited('secondary', retryAfter, request, octokit, retryCount),
        // GitHub asks for a second between mutations; these are reads, and a GraphQL query
        // costs one point of the 2,000 a minute: one at a time, without the pause.
        write: new Bottleneck.Group({ maxConcurrent: 1 }),
      },
      retry: {
        retries: options.retries,
        retryAfterBaseValue: options.retryBaseMs,
        // Rate limits are the throttling plugin's (429 included), within the run's budget.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
    },
    retry,
    throttling,
  );

  function failure(error: unknown, request: ShownRequest, subject: ReadSubject): GitHubReadError {
    if (error instanceof GitHubReadError) return error;
    const failed = error as RequestErrorLike;
    const response = failed.response;
    if (!response) {
      const cause = failed.cause ?? error;
      return new GitHubReadError(request, 0, 'no-answer', messageOf(cause), {
        cause: error,
        hint:
          cause instanceof DeadlineError
            ? `GitHub (or a proxy in between) is too slow; it was tried ${options.retries === 0 ? 'once' : `${options.retries + 1} times`}: run again later`
            : `no answer from GitHub after ${options.retries} retries: check GITHUB_API_URL and the network, then run again`,
      });
    }
    const message = messageOfBody(response.data) ?? failed.message ?? `HTTP ${response.status}`;
    const graphqlRateLimited = graphqlErrors(response.data).some((e) => e.type === 'RATE_LIMITED');
    const hit = rateLimitOf({ status: response.status, headers: response.headers, message, graphqlRateLimited }, now());
    if (hit)
      return new GitHubReadError(
        request,
        response.status,
        'rate-limited',
        `${describeRateLimit(hit, now())}; this action waits at most ${budget.capMs / 1000} s in all for GitHub's rate limits in a run`,
        {
          cause: error,
          hint:
            hit.kind === 'primary'
              ? `run again after the reset; ${subject.input} from a GitHub App has its own, larger budget`
              : 'run again in a few minutes',
        },
      );
    const { failure: kind, hint } = failureOf(response.status, subject);
    return new GitHubReadError(request, response.status, kind, message, { cause: error, ...(hint ? { hint } : {}) });
  }

  async function send(route: string, parameters: Record<string, unknown>, subject: ReadSubject) {
    const request = { method: 'GET', path: display(octokit.request.endpoint(`GET ${route}`, parameters).url) };
    try {
      return { request, response: await octokit.request(`GET ${route}`, parameters) };
    } catch (error) {
      throw failure(error, request, subject);
    }
  }

  // GitHub Enterprise Server answers GraphQL at /api/graphql, beside /api/v3 (Octokit's graphql knows).
  const graphqlRequest = {
    method: 'POST',
    path: display(`${base.pathname.replace(/\/api\/v3\/?$/, '/api').replace(/\/+$/, '')}/graphql`),
  };

  const client: ReadClient = {
    async get(route, parameters, subject, decode) {
      const { request, response } = await send(route, { ...parameters }, subject);
      return client.decoded(request, () => decode(response.data));
    },
    async list(route, parameters, subject, decode) {
      const items = [];
      for (let page = 1; ; page++) {
        const { request, response } = await send(route, { ...parameters, per_page: 100, page }, subject);
        const data = response.data as unknown;
        items.push(
          ...client.decoded(request, () =>
            list(data, 'the list').map((item, index) => decode(item, `[${(page - 1) * 100 + index}]`)),
          ),
        );
        if (!hasNext(response.headers.link)) return items;
        if (page >= MAX_PAGES)
          throw new GitHubReadError(request, response.status, 'unreadable', `still more after ${MAX_PAGES} pages`, {
            hint: 'GitHub keeps saying there is a next page: is GITHUB_API_URL GitHub?',
          });
      }
    },
    async graphql(query, variables, subject) {
      try {
        return { request: graphqlRequest, data: await octokit.graphql(query, { ...variables }), errors: [] };
      } catch (error) {
        if (error instanceof Error && error.name === 'GraphqlResponseError') {
          const answer = error as Error & { data?: unknown; errors?: unknown };
          return { request: graphqlRequest, data: answer.data ?? null, errors: graphqlErrors({ errors: answer.errors }) };
        }
        throw failure(error, graphqlRequest, subject);
      }
    },
    decoded(request, decode) {
      try {
        return decode();
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        throw new GitHubReadError(request, 200, 'unreadable', `unexpected answer from GitHub: ${error.message}`, {
          cause: error,
          hint: 'is GITHUB_API_URL GitHub?',
        });
      }
    },
  };
  return client;
}
