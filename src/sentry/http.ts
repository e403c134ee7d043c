import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, type Dispatcher, interceptors, request } from 'undici';
import { messageOf } from '../domain/errors.ts';
import { describeErrorBody, hintFor, InvitationBudgetError, SentryApiError } from './errors.ts';
import { Pacer, type PacerOptions } from './pacer.ts';
import { afterRateLimit } from './rate-limited.ts';

export interface HttpOptions {
  /** Sentry's base URL (https, or http on loopback: checked by the caller). */
  readonly baseUrl: URL;
  readonly token: string;
  /**
   * Per attempt, for the headers and, separately, for the whole body (default 30 s): a server
   * that sends its answer a byte at a time is cut off, not waited for.
   */
  readonly timeoutMs?: number;
  /** Retries of 5xx and connection errors for GET, PUT, DELETE (default 4). */
  readonly maxRetries?: number;
  /** Retries of 429 responses of a per-second window, for every method (default 8); never of the invitation budget's. */
  readonly maxRateLimitRetries?: number;
  /** First backoff for 5xx and connection errors (default 250 ms, doubling). */
  readonly minBackoffMs?: number;
  /** Largest response body read (default 16 MiB). */
  readonly maxResponseBytes?: number;
  readonly pacing?: PacerOptions;
  /** Called after every response (progress indicators). */
  readonly onResponse?: (method: string, path: string, status: number) => void;
  /** Debug log (never receives the token). */
  readonly debug?: (message: string) => void;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, or undefined for an empty body. */
  readonly body: unknown;
}

/**
 * Called with a successful response's headers as soon as they arrive, before its body is read:
 * the next page of a list can be asked for meanwhile. A response that later fails (its body cut
 * off, not JSON) still rejects the request.
 */
export type EarlyHeaders = (headers: Record<string, string | string[] | undefined>, status: number) => void;

/** A response as it came, before its status is judged. */
interface Exchange extends HttpResponse {
  readonly text: string;
}

export interface Http {
  /** `path` is below /api/0 (e.g. `/organizations/acme/members/`), or an absolute URL on the same origin. */
  request(method: string, path: string, body?: unknown, early?: EarlyHeaders): Promise<HttpResponse>;
  /** Origin and path prefix every request goes to; nothing else receives the token. */
  readonly apiRoot: string;
  close(): Promise<void>;
}

const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD']);
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const RETRYABLE_ERRORS = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/** The endpoint a path belongs to, as Sentry keys its rate limits: ids and slugs replaced. */
export function endpointOf(method: string, pathname: string): string {
  const template = pathname
    .replace(/^.*\/api\/0\//, '/')
    .replace(/^\/organizations\/[^/]+\//, '/organizations/{org}/')
    .replace(/^\/teams\/[^/]+\/[^/]+\//, '/teams/{org}/{team}/')
    .replace(/\/members\/[^/]+\/teams\/[^/]+\/$/, '/members/{id}/teams/{team}/')
    .replace(/\/members\/(?!$)[^/]+\/$/, '/members/{id}/');
  return `${method} ${template}`;
}

/**
 * HTTP to Sentry on undici: a keep-alive agent, undici's retry interceptor for 5xx and connection
 * errors of idempotent methods, 429s answered here once their body is read (rate-limited.ts: a
 * per-second window is waited for, until X-Sentry-Rate-Limit-Reset since Sentry sends no
 * Retry-After; the daily invitation budget is not), and pacing. Redirects are not followed, so
 * the token never leaves the origin of sentry-url.
 */
export function createHttp(options: HttpOptions): Http {
  const apiRoot = `${options.baseUrl.origin}${options.baseUrl.pathname.replace(/\/+$/, '')}/api/0`;
  const debug = options.debug ?? (() => {});
  const pacer = new Pacer(options.pacing);
  const timeout = options.timeoutMs ?? 30_000;
  const maxRetries = options.maxRetries ?? 4;
  const rateLimitRules = { maxRetries: options.maxRateLimitRetries ?? 8, minBackoffMs: options.minBackoffMs ?? 250 };
  const minBackoff = rateLimitRules.minBackoffMs;
  const maxBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;

  const agent = new Agent({ headersTimeout: timeout, bodyTimeout: timeout, connections: 64, keepAliveTimeout: 10_000 });
  const dispatcher: Dispatcher = agent.compose(
    interceptors.retry({
      throwOnError: false,
      maxRetries,
      methods: [...IDEMPOTENT],
      statusCodes: [...RETRYABLE_STATUS],
      errorCodes: [...RETRYABLE_ERRORS],
      retry(error, { state, opts }, callback) {
        const err = error as Error & { statusCode?: number; code?: string };
        const method = String(opts.method).toUpperCase();
        const status = err.statusCode;
        const retryable = status !== undefined ? RETRYABLE_STATUS.has(status) : RETRYABLE_ERRORS.has(err.code ?? '');
        if (!IDEMPOTENT.has(method) || state.counter > maxRetries || !retryable) {
          callback(err);
          return undefined;
        }
        const delay = Math.min(minBackoff * 2 ** (state.counter - 1), 10_000);
        debug(
          `${method} ${String(opts.path)}: ${status ? `HTTP ${status}` : (err.code ?? err.message)}; retry ${state.counter} in ${Math.round(delay)} ms`,
        );
        return setTimeout(() => callback(null), delay);
      },
    }),
  );

  /** One request through the pacer: the status, headers and body (parsed when JSON), whatever the status. */
  async function exchange(
    method: string,
    url: URL,
    display: string,
    body: unknown,
    early: EarlyHeaders | undefined,
  ): Promise<Exchange> {
    const ticket = await pacer.acquire(endpointOf(method, url.pathname));
    try {
      const started = Date.now();
      const response = await request(url, {
        dispatcher,
        method: method as Dispatcher.HttpMethod,
        headers: {
          authorization: `Bearer ${options.token}`,
          accept: 'application/json',
          'user-agent': 'sentry-members-sync',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      // What the headers say of the rate limit counts now, not once the body is in.
      ticket.heard(response.headers);
      if (response.statusCode < 300) early?.(response.headers, response.statusCode);
      const text = await readText(response.body, { limit: maxBytes, deadlineMs: timeout }, method, display);
      debug(`${method} ${display}: HTTP ${response.statusCode} in ${Date.now() - started} ms`);
      options.onResponse?.(method, display, response.statusCode);
      let parsed: unknown;
      if (text.length > 0) {
        try {
          parsed = JSON.parse(text);
        } catch {
          if (response.statusCode < 300)
            throw new SentryApiError(
              method,
              display,
              response.statusCode,
              `the response is not valid JSON: ${text.slice(0, 120)}`,
            );
          parsed = undefined;
        }
      }
      return { status: response.statusCode, headers: response.headers, body: parsed, text };
    } catch (error) {
      if (error instanceof SentryApiError) throw error;
      const code = (error as { code?: string }).code;
      throw new SentryApiError(method, display, 0, `${code ? `${code}: ` : ''}${messageOf(error)}`, {
        cause: error,
        hint: (words) => `no answer from Sentry after retries: check ${words.url} and the network, then run again`,
      });
    } finally {
      ticket.done();
    }
  }

  async function send(method: string, target: string, body?: unknown, early?: EarlyHeaders): Promise<HttpResponse> {
    const url = resolveUrl(target);
    const display = url.pathname + url.search;
    for (let attempt = 1; ; attempt++) {
      const response = await exchange(method, url, display, body, early);
      const { status, headers } = response;
      if (status < 300) return { status, headers, body: response.body };
      if (status === 429) {
        const decision = afterRateLimit({ body: response.body, headers, attempt, now: Date.now() }, rateLimitRules);
        if (decision.kind === 'wait') {
          debug(`${method} ${display}: HTTP 429; retry ${attempt} in ${Math.round(decision.ms)} ms`);
          await sleep(decision.ms);
          continue;
        }
        if (decision.kind === 'invitation-budget')
          throw new InvitationBudgetError(method, display, describeErrorBody(response.body, response.text));
      }
      const detail =
        status < 400
          ? `Sentry answered with a redirect to ${String(headers.location ?? '(no location)')}, which is not followed: the token is sent only to ${options.baseUrl.origin}; check sentry-url`
          : describeErrorBody(response.body, response.text);
      const hint = hintFor(status);
      throw new SentryApiError(method, display, status, detail, hint ? { hint } : {});
    }
  }

  function resolveUrl(target: string): URL {
    if (/^https?:\/\//i.test(target)) {
      const url = new URL(target);
      if (url.origin !== options.baseUrl.origin) {
        throw new SentryApiError(
          'GET',
          url.pathname,
          0,
          `Sentry pointed to ${url.origin}, which is not the origin of sentry-url (${options.baseUrl.origin}): not followed, so the token goes nowhere else. If that is your organization's region (e.g. https://de.sentry.io), set sentry-url to it`,
        );
      }
      return url;
    }
    return new URL(`${apiRoot}${target}`);
  }

  return {
    request: send,
    apiRoot,
    close: () => agent.close(),
  };
}

/**
 * The body as text, within a size limit and a total deadline. undici's body timeout restarts at
 * every chunk, so a body sent a byte a second would never end: the deadline destroys it.
 */
async function readText(
  body: Dispatcher.ResponseData['body'],
  bounds: { limit: number; deadlineMs: number },
  method: string,
  path: string,
): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    body.destroy();
  }, bounds.deadlineMs);
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > bounds.limit) {
        throw new SentryApiError(
          method,
          path,
          0,
          `the response is larger than ${Math.round(bounds.limit / 1024 / 1024)} MiB; refusing to read more`,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (!late) throw error;
  } finally {
    clearTimeout(timer);
  }
  if (late) {
    throw new SentryApiError(
      method,
      path,
      0,
      `the response did not arrive within ${Math.round(bounds.deadlineMs / 100) / 10} s (it came too slowly); nothing was read from it`,
      { hint: () => 'Sentry or a proxy in between is too slow: run again later' },
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}
