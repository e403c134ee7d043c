import { Agent, type Dispatcher, interceptors, request } from 'undici';
import { messageOf } from '../domain/errors.ts';
import { describeErrorBody, hintFor, SentryApiError } from './errors.ts';
import { Pacer, type PacerOptions, readRateLimit } from './pacer.ts';

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
  /** Retries of 429 responses, for every method (default 8). */
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

export interface Http {
  /** `path` is below /api/0 (e.g. `/organizations/acme/members/`), or an absolute URL on the same origin. */
  request(method: string, path: string, body?: unknown): Promise<HttpResponse>;
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

/** The concurrency limit was not the cause either. */
function otherLimiterPossible(headers: Record<string, string | string[] | undefined> | undefined): boolean {
  const concurrent = Number(headers?.['x-sentry-rate-limit-concurrentremaining']);
  return !Number.isFinite(concurrent) || concurrent > 0;
}

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
 * HTTP to Sentry on undici: a keep-alive agent, undici's retry interceptor with Sentry's rules
 * (5xx and connection errors for idempotent methods; 429 for every method, waiting until
 * X-Sentry-Rate-Limit-Reset since Sentry sends no Retry-After), and pacing. Redirects are not
 * followed, so the token never leaves the origin of sentry-url.
 */
export function createHttp(options: HttpOptions): Http {
  const apiRoot = `${options.baseUrl.origin}${options.baseUrl.pathname.replace(/\/+$/, '')}/api/0`;
  const debug = options.debug ?? (() => {});
  const pacer = new Pacer(options.pacing);
  const timeout = options.timeoutMs ?? 30_000;
  const maxRetries = options.maxRetries ?? 4;
  const maxRateLimitRetries = options.maxRateLimitRetries ?? 8;
  const minBackoff = options.minBackoffMs ?? 250;
  const maxBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;

  const agent = new Agent({ headersTimeout: timeout, bodyTimeout: timeout, connections: 64, keepAliveTimeout: 10_000 });
  const dispatcher: Dispatcher = agent.compose(
    interceptors.retry({
      throwOnError: false,
      maxRetries: Math.max(maxRetries, maxRateLimitRetries),
      methods: ['GET', 'PUT', 'DELETE', 'POST', 'HEAD'],
      statusCodes: [429, ...RETRYABLE_STATUS],
      errorCodes: [...RETRYABLE_ERRORS],
      retry(error, { state, opts }, callback) {
        const err = error as Error & {
          statusCode?: number;
          code?: string;
          headers?: Record<string, string | string[] | undefined>;
        };
        const method = String(opts.method).toUpperCase();
        const path = String(opts.path);
        const status = err.statusCode;
        let delay: number | undefined;
        if (status === 429) {
          if (err.headers) pacer.observe(endpointOf(method, path.split('?')[0] ?? path), err.headers);
          const limits = err.headers ? readRateLimit(err.headers) : undefined;
          const reset = limits?.resetAt;
          // A 429 while the endpoint's window still has room comes from another limiter (Sentry's
          // invitation limit): waiting for this window's reset does not help, so it is not retried.
          const otherLimiter = limits !== undefined && limits.remaining > 0 && otherLimiterPossible(err.headers);
          if (!otherLimiter && state.counter <= maxRateLimitRetries) {
            delay = reset === undefined ? minBackoff * 2 ** (state.counter - 1) : Math.max(0, reset - Date.now()) + 50;
            delay = Math.min(delay, 60_000);
          }
        } else if (IDEMPOTENT.has(method) && state.counter <= maxRetries) {
          const retryable = status !== undefined ? RETRYABLE_STATUS.has(status) : RETRYABLE_ERRORS.has(err.code ?? '');
          if (retryable) delay = Math.min(minBackoff * 2 ** (state.counter - 1), 10_000);
        }
        if (delay === undefined) {
          callback(err);
          return undefined;
        }
        debug(
          `${method} ${path}: ${status ? `HTTP ${status}` : (err.code ?? err.message)}; retry ${state.counter} in ${Math.round(delay)} ms`,
        );
        return setTimeout(() => callback(null), delay);
      },
    }),
  );

  async function send(method: string, target: string, body?: unknown): Promise<HttpResponse> {
    const url = resolveUrl(target);
    const display = url.pathname + url.search;
    const endpoint = endpointOf(method, url.pathname);
    const ticket = await pacer.acquire(endpoint);
    let responseHeaders: Record<string, string | string[] | undefined> | undefined;
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
      responseHeaders = response.headers;
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
      if (response.statusCode >= 300) {
        const detail =
          response.statusCode < 400
            ? `Sentry answered with a redirect to ${String(response.headers.location ?? '(no location)')}, which is not followed: the token is sent only to ${options.baseUrl.origin}; check sentry-url`
            : describeErrorBody(parsed, text);
        const hint = hintFor(response.statusCode);
        throw new SentryApiError(method, display, response.statusCode, detail, hint ? { hint } : {});
      }
      return { status: response.statusCode, headers: response.headers, body: parsed };
    } catch (error) {
      if (error instanceof SentryApiError) throw error;
      const code = (error as { code?: string }).code;
      throw new SentryApiError(method, display, 0, `${code ? `${code}: ` : ''}${messageOf(error)}`, {
        cause: error,
        hint: (words) => `no answer from Sentry after retries: check ${words.url} and the network, then run again`,
      });
    } finally {
      ticket.done(responseHeaders);
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
