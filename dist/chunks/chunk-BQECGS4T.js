import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);
import {
  InvitationBudgetError,
  SentryApiError,
  decodeListedMember,
  decodeMemberDetail,
  decodeMemberRow,
  decodeModelInvitation,
  decodeRosterEntry,
  decodeTeam,
  describeErrorBody,
  hintFor
} from "./chunk-MUDMVHDY.js";
import {
  require_undici
} from "./chunk-W7BKEMKW.js";
import {
  DecodeError,
  list,
  messageOf
} from "./chunk-U5JTBAQL.js";
import {
  __toESM
} from "./chunk-Q4V4VID7.js";

// src/sentry/http.ts
var import_undici = __toESM(require_undici(), 1);
import { setTimeout as sleep } from "node:timers/promises";

// src/sentry/pacer.ts
function readRateLimit(headers) {
  const number = (name) => {
    const value = headers[`x-sentry-rate-limit-${name}`];
    const parsed = Number(Array.isArray(value) ? value[0] : value);
    return value === void 0 || !Number.isFinite(parsed) ? void 0 : parsed;
  };
  const limit = number("limit");
  const remaining = number("remaining");
  const reset = number("reset");
  const concurrentLimit = number("concurrentlimit");
  if (limit === void 0 || remaining === void 0 || reset === void 0) return void 0;
  return { limit, remaining, resetAt: reset * 1e3, concurrentLimit: concurrentLimit ?? Number.POSITIVE_INFINITY };
}
var SAME_MOMENT_MS = 5;
var MAX_MARGIN_MS = 1e3;
var Pacer = class {
  #endpoints = /* @__PURE__ */ new Map();
  #unlimited;
  #margin;
  #maxWait;
  #now;
  #sequence = 0;
  #announced;
  /** How long the latest answer took to come (its headers), any endpoint: undefined until one came. */
  #roundTrip;
  constructor(options = {}) {
    this.#unlimited = options.unlimitedConcurrency ?? 8;
    this.#margin = options.resetMarginMs ?? 5;
    this.#maxWait = options.maxWaitMs ?? 6e4;
    this.#now = options.now ?? Date.now;
  }
  /**
   * Waits until a request to `endpoint` may start. Waiting requests start in the order they
   * came, each as soon as the endpoint has room for it: a response or a window's end wakes only
   * as many as may start (with a thousand rosters queued, waking every one on every response
   * cost more CPU time than reading them).
   */
  acquire(endpoint) {
    const state = this.#state(endpoint);
    this.#grant(state);
    if (state.waiters.length === 0 && this.#ready(state)) return Promise.resolve(this.#start(state));
    return new Promise((resolve) => {
      state.waiters.push(resolve);
      this.#arm(state);
    });
  }
  #state(endpoint) {
    let state = this.#endpoints.get(endpoint);
    if (!state) {
      state = {
        inFlight: /* @__PURE__ */ new Map(),
        heard: false,
        // Until the first answer only one request runs (see #ready); then the answer tells.
        concurrency: this.#unlimited,
        remaining: void 0,
        resetAt: void 0,
        limit: void 0,
        waiters: [],
        timer: void 0
      };
      this.#endpoints.set(endpoint, state);
    }
    return state;
  }
  #heard(state, sequence, headers) {
    const request2 = state.inFlight.get(sequence);
    if (request2 === void 0 || request2.answered) return;
    this.#roundTrip = this.#now() - request2.startedAt;
    this.#learn(state, sequence, request2.startedAt, headers);
    request2.answered = true;
    this.#grant(state);
  }
  #done(state, sequence, headers) {
    const request2 = state.inFlight.get(sequence);
    if (request2 === void 0) return;
    if (headers && !request2.answered) this.#learn(state, sequence, request2.startedAt, headers);
    state.inFlight.delete(sequence);
    this.#grant(state);
  }
  #learn(state, sequence, startedAt, headers) {
    state.heard = true;
    const limits = readRateLimit(headers);
    if (!limits) {
      if (state.limit === void 0) state.concurrency = this.#unlimited;
      return;
    }
    state.limit = limits.limit;
    state.concurrency = Math.max(1, Math.min(limits.concurrentLimit, 1e3));
    const now = this.#now();
    if (limits.resetAt <= startedAt) {
      this.#margin = Math.min(MAX_MARGIN_MS, Math.max(this.#margin, startedAt - limits.resetAt + 5));
    }
    this.#announced = {
      firstResetAt: Math.min(limits.resetAt, this.#announced?.firstResetAt ?? Number.POSITIVE_INFINITY),
      limit: state.limit,
      concurrency: state.concurrency
    };
    let uncounted = 0;
    for (const [other, request2] of state.inFlight)
      if (other !== sequence && !request2.answered && (other > sequence || request2.startedAt >= startedAt - SAME_MOMENT_MS))
        uncounted++;
    const remaining = limits.remaining - uncounted;
    const resetAt = Math.min(limits.resetAt, now + this.#maxWait);
    if (state.resetAt === void 0 || resetAt > state.resetAt) {
      if (resetAt > now) {
        state.resetAt = resetAt;
        state.remaining = remaining;
      }
    } else if (resetAt === state.resetAt) {
      state.remaining = Math.min(state.remaining ?? remaining, remaining);
    }
  }
  /** Whether a request may start now (a window that has ended gives its whole limit back). */
  #ready(state) {
    const now = this.#now();
    if (state.remaining !== void 0 && state.resetAt !== void 0 && now >= state.resetAt + this.#margin) {
      state.remaining = state.limit;
      state.resetAt = void 0;
    }
    const announced = this.#announced;
    if (!state.heard && announced !== void 0 && now >= announced.firstResetAt + this.#margin) {
      state.heard = true;
      state.limit = announced.limit;
      state.concurrency = announced.concurrency;
      state.remaining = announced.limit;
      state.resetAt = void 0;
    }
    if (state.remaining !== void 0 && state.remaining <= 0 && state.resetAt === void 0 && state.inFlight.size === 0) {
      state.remaining = state.limit ?? 1;
    }
    if (!state.heard && state.inFlight.size === 0 && announced !== void 0 && this.#roundTrip !== void 0) {
      if (now + this.#roundTrip >= announced.firstResetAt) return false;
    }
    const room = state.heard ? state.concurrency : 1;
    return state.inFlight.size < room && this.#rateOk(state);
  }
  #rateOk(state) {
    return state.remaining === void 0 || state.remaining > 0;
  }
  #start(state) {
    const sequence = ++this.#sequence;
    state.inFlight.set(sequence, { startedAt: this.#now(), answered: false });
    if (state.remaining !== void 0) state.remaining--;
    return {
      heard: (headers) => this.#heard(state, sequence, headers),
      done: (headers) => this.#done(state, sequence, headers)
    };
  }
  /** Starts waiting requests, first come first, while the endpoint has room. */
  #grant(state) {
    while (state.waiters.length > 0 && this.#ready(state)) state.waiters.shift()?.(this.#start(state));
    this.#arm(state);
  }
  /**
   * Waiting on the rate limit: wakes at the window's end (one timer per endpoint). Those waiting
   * behind a probe wake at the end of the window another endpoint announced, when they may start
   * without its answer. Nobody waiting: no timer (it would keep the process alive).
   */
  #arm(state) {
    const wake = state.waiters.length === 0 ? void 0 : this.#rateOk(state) ? state.heard ? void 0 : this.#announced?.firstResetAt : state.resetAt;
    if (state.timer && (wake === void 0 || state.timer.at > wake)) {
      clearTimeout(state.timer.handle);
      state.timer = void 0;
    }
    if (wake === void 0 || state.timer) return;
    const delay = Math.min(this.#maxWait, Math.max(0, wake - this.#now() + this.#margin));
    state.timer = {
      at: wake,
      handle: setTimeout(() => {
        state.timer = void 0;
        this.#grant(state);
      }, delay)
    };
  }
};

// src/sentry/rate-limited.ts
var MAX_RATE_LIMIT_WAIT_MS = 6e4;
function isInvitationBudget(body) {
  const detail = typeof body === "string" ? body : body !== null && typeof body === "object" && !Array.isArray(body) ? body.detail : void 0;
  return typeof detail === "string" && /too many invitations/i.test(detail);
}
function afterRateLimit(response, rules) {
  if (isInvitationBudget(response.body)) return { kind: "invitation-budget" };
  if (response.attempt > rules.maxRetries) return { kind: "give-up" };
  const limits = readRateLimit(response.headers);
  const concurrent = Number(first(response.headers["x-sentry-rate-limit-concurrentremaining"]));
  const concurrencyFull = Number.isFinite(concurrent) && concurrent <= 0;
  if (limits !== void 0 && limits.remaining > 0 && !concurrencyFull) return { kind: "give-up" };
  const ms = limits === void 0 ? rules.minBackoffMs * 2 ** (response.attempt - 1) : Math.max(0, limits.resetAt - response.now) + 50;
  return { kind: "wait", ms: Math.min(ms, MAX_RATE_LIMIT_WAIT_MS) };
}
function first(value) {
  return Array.isArray(value) ? value[0] : value;
}

// src/sentry/http.ts
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "PUT", "DELETE", "HEAD"]);
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([500, 502, 503, 504]);
var RETRYABLE_ERRORS = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED"
]);
function endpointOf(method, pathname) {
  const template = pathname.replace(/^.*\/api\/0\//, "/").replace(/^\/organizations\/[^/]+\//, "/organizations/{org}/").replace(/^\/teams\/[^/]+\/[^/]+\//, "/teams/{org}/{team}/").replace(/\/members\/[^/]+\/teams\/[^/]+\/$/, "/members/{id}/teams/{team}/").replace(/\/members\/(?!$)[^/]+\/$/, "/members/{id}/");
  return `${method} ${template}`;
}
function createHttp(options) {
  const apiRoot = `${options.baseUrl.origin}${options.baseUrl.pathname.replace(/\/+$/, "")}/api/0`;
  const debug = options.debug ?? (() => {
  });
  const pacer = new Pacer(options.pacing);
  const timeout = options.timeoutMs ?? 3e4;
  const maxRetries = options.maxRetries ?? 4;
  const rateLimitRules = { maxRetries: options.maxRateLimitRetries ?? 8, minBackoffMs: options.minBackoffMs ?? 250 };
  const minBackoff = rateLimitRules.minBackoffMs;
  const maxBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;
  const agent = new import_undici.Agent({ headersTimeout: timeout, bodyTimeout: timeout, connections: 64, keepAliveTimeout: 1e4 });
  const dispatcher = agent.compose(
    import_undici.interceptors.retry({
      throwOnError: false,
      maxRetries,
      methods: [...IDEMPOTENT],
      statusCodes: [...RETRYABLE_STATUS],
      errorCodes: [...RETRYABLE_ERRORS],
      retry(error, { state, opts }, callback) {
        const err = error;
        const method = String(opts.method).toUpperCase();
        const status = err.statusCode;
        const retryable = status !== void 0 ? RETRYABLE_STATUS.has(status) : RETRYABLE_ERRORS.has(err.code ?? "");
        if (!IDEMPOTENT.has(method) || state.counter > maxRetries || !retryable) {
          callback(err);
          return void 0;
        }
        const delay = Math.min(minBackoff * 2 ** (state.counter - 1), 1e4);
        debug(
          `${method} ${String(opts.path)}: ${status ? `HTTP ${status}` : err.code ?? err.message}; retry ${state.counter} in ${Math.round(delay)} ms`
        );
        return setTimeout(() => callback(null), delay);
      }
    })
  );
  async function exchange(method, url, display, body, early) {
    const ticket = await pacer.acquire(endpointOf(method, url.pathname));
    try {
      const started = Date.now();
      const response = await (0, import_undici.request)(url, {
        dispatcher,
        method,
        headers: {
          authorization: `Bearer ${options.token}`,
          accept: "application/json",
          "user-agent": "sentry-members-sync",
          ...body === void 0 ? {} : { "content-type": "application/json" }
        },
        ...body === void 0 ? {} : { body: JSON.stringify(body) }
      });
      ticket.heard(response.headers);
      if (response.statusCode < 300) early?.(response.headers, response.statusCode);
      const text = await readText(response.body, { limit: maxBytes, deadlineMs: timeout }, method, display);
      debug(`${method} ${display}: HTTP ${response.statusCode} in ${Date.now() - started} ms`);
      options.onResponse?.(method, display, response.statusCode);
      let parsed;
      if (text.length > 0) {
        try {
          parsed = JSON.parse(text);
        } catch {
          if (response.statusCode < 300)
            throw new SentryApiError(
              method,
              display,
              response.statusCode,
              `the response is not valid JSON: ${text.slice(0, 120)}`
            );
          parsed = void 0;
        }
      }
      return { status: response.statusCode, headers: response.headers, body: parsed, text };
    } catch (error) {
      if (error instanceof SentryApiError) throw error;
      const code = error.code;
      throw new SentryApiError(method, display, 0, `${code ? `${code}: ` : ""}${messageOf(error)}`, {
        cause: error,
        hint: (words) => `no answer from Sentry after retries: check ${words.url} and the network, then run again`
      });
    } finally {
      ticket.done();
    }
  }
  async function send(method, target, body, early) {
    const url = resolveUrl(target);
    const display = url.pathname + url.search;
    for (let attempt = 1; ; attempt++) {
      const response = await exchange(method, url, display, body, early);
      const { status, headers } = response;
      if (status < 300) return { status, headers, body: response.body };
      if (status === 429) {
        const decision = afterRateLimit({ body: response.body, headers, attempt, now: Date.now() }, rateLimitRules);
        if (decision.kind === "wait") {
          debug(`${method} ${display}: HTTP 429; retry ${attempt} in ${Math.round(decision.ms)} ms`);
          await sleep(decision.ms);
          continue;
        }
        if (decision.kind === "invitation-budget")
          throw new InvitationBudgetError(method, display, describeErrorBody(response.body, response.text));
      }
      const detail = status < 400 ? `Sentry answered with a redirect to ${String(headers.location ?? "(no location)")}, which is not followed: the token is sent only to ${options.baseUrl.origin}; check sentry-url` : describeErrorBody(response.body, response.text);
      const hint = hintFor(status);
      throw new SentryApiError(method, display, status, detail, hint ? { hint } : {});
    }
  }
  function resolveUrl(target) {
    if (/^https?:\/\//i.test(target)) {
      const url = new URL(target);
      if (url.origin !== options.baseUrl.origin) {
        throw new SentryApiError(
          "GET",
          url.pathname,
          0,
          `Sentry pointed to ${url.origin}, which is not the origin of sentry-url (${options.baseUrl.origin}): not followed, so the token goes nowhere else. If that is your organization's region (e.g. https://de.sentry.io), set sentry-url to it`
        );
      }
      return url;
    }
    return new URL(`${apiRoot}${target}`);
  }
  return {
    request: send,
    apiRoot,
    close: () => agent.close()
  };
}
async function readText(body, bounds, method, path) {
  const chunks = [];
  let size = 0;
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    body.destroy();
  }, bounds.deadlineMs);
  try {
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > bounds.limit) {
        throw new SentryApiError(
          method,
          path,
          0,
          `the response is larger than ${Math.round(bounds.limit / 1024 / 1024)} MiB; refusing to read more`
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
      { hint: () => "Sentry or a proxy in between is too slow: run again later" }
    );
  }
  return Buffer.concat(chunks).toString("utf8");
}

// src/sentry/client.ts
function createSentryClient(options) {
  return sentryClientOver(createHttp(options));
}
var segment = encodeURIComponent;
var MAX_PAGES = 1e4;
function sentryClientOver(http) {
  async function paginate(path, decode, onPage, maxPages = MAX_PAGES, query) {
    const pages = [];
    const url = `${path}?per_page=100${query === void 0 ? "" : `&query=${encodeURIComponent(query)}`}`;
    const seen = /* @__PURE__ */ new Set([new URL(url, "http://x").search]);
    await readPage({ path, decode, maxPages, seen, pages, onPage }, url, 0);
    return pages.flat();
  }
  async function readPage(chain, url, page) {
    let followed = false;
    let next;
    const follow = (headers, status) => {
      if (followed) return;
      followed = true;
      const nextUrl = nextPage(headers.link);
      if (nextUrl === void 0) return;
      const refused = refusedNext(chain, nextUrl, page, status);
      next = refused ? Promise.reject(refused) : readPage(chain, nextUrl, page + 1);
      next.catch(ignore);
    };
    const response = await http.request("GET", url, void 0, follow);
    follow(response.headers, response.status);
    const items = decodePage(response.body, page * 100, chain.decode, url, chain.path);
    chain.pages[page] = items;
    chain.onPage?.(items);
    return next;
  }
  return {
    listMembers: (org, onPage) => paginate(`/organizations/${segment(org)}/members/`, decodeMemberRow, onPage),
    listTeams: (org, onPage) => paginate(`/organizations/${segment(org)}/teams/`, decodeTeam, onPage),
    listTeamMembers: (org, team, memberCount) => paginate(
      `/teams/${segment(org)}/${segment(team)}/members/`,
      decodeRosterEntry,
      void 0,
      // Room for the team to double while it is read, and a page more.
      memberCount === void 0 ? MAX_PAGES : Math.ceil((2 * memberCount + 100) / 100) + 1
    ),
    async listModelInvitations(org) {
      try {
        const items = await paginate(`/organizations/${segment(org)}/invited-members/`, decodeModelInvitation);
        return items.filter((item) => item !== void 0);
      } catch (error) {
        if (error instanceof SentryApiError && (error.status === 403 || error.status === 404)) return void 0;
        throw error;
      }
    },
    searchMembers: (org, query) => paginate(`/organizations/${segment(org)}/members/`, decodeMemberRow, void 0, MAX_PAGES, query),
    async getMember(org, id) {
      const path = `/organizations/${segment(org)}/members/${segment(id)}/`;
      const response = await http.request("GET", path);
      return decoded(() => decodeMemberDetail(response.body, "member"), "GET", path);
    },
    async updateMember(org, id, body) {
      const path = `/organizations/${segment(org)}/members/${segment(id)}/`;
      const response = await http.request("PUT", path, body);
      return decoded(() => decodeMemberDetail(response.body, "member"), "PUT", path);
    },
    async inviteMember(org, body) {
      const path = `/organizations/${segment(org)}/members/`;
      const response = await http.request("POST", path, body);
      return decoded(() => decodeListedMember(response.body, "member"), "POST", path);
    },
    async reinviteMember(org, id) {
      await http.request("PUT", `/organizations/${segment(org)}/members/${segment(id)}/`, { reinvite: true, regenerate: true });
    },
    async removeMember(org, id) {
      await http.request("DELETE", `/organizations/${segment(org)}/members/${segment(id)}/`);
    },
    close: () => http.close()
  };
}
var ignore = () => {
};
function refusedNext(chain, nextUrl, page, status) {
  const where = `/api/0${chain.path}`;
  const query = new URL(nextUrl, "http://x").search;
  if (chain.seen.has(query))
    return new SentryApiError("GET", where, status, `Sentry's pages do not end: the next page (${query}) was read before`, {
      hint: (words) => `a Sentry server does not page like this: check ${words.url}, then run again`
    });
  if (page + 1 >= chain.maxPages)
    return new SentryApiError("GET", where, status, `more than ${chain.maxPages} pages, more than the counts Sentry gave allow`, {
      hint: () => "the list grew while it was read, or the server pages wrongly: run again"
    });
  chain.seen.add(query);
  return void 0;
}
function decodePage(body, first2, decode, url, path) {
  const items = decoded(() => list(body, "response"), "GET", url);
  return decoded(() => items.map((item, index) => decode(item, `item ${first2 + index}`)), "GET", path);
}
function decoded(decode, method, path) {
  try {
    return decode();
  } catch (error) {
    if (error instanceof DecodeError) {
      const shown = /^https?:/.test(path) ? new URL(path).pathname : `/api/0${path.split("?")[0] ?? path}`;
      throw new SentryApiError(method, shown, 200, `unexpected response from Sentry: ${error.message}`, {
        cause: error,
        hint: (words) => `is ${words.url} a Sentry server?`
      });
    }
    throw error;
  }
}
function nextPage(header) {
  const text = Array.isArray(header) ? header.join(", ") : header ?? "";
  for (const part of text.split(/,\s*(?=<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const params = match[2] ?? "";
    if (/;\s*rel="?next"?/.test(params) && /;\s*results="?true"?/.test(params)) return match[1];
  }
  return void 0;
}

export {
  createSentryClient
};
