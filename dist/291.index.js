export const id = 291;
export const ids = [291];
export const modules = {

/***/ 9291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSentryMode: () => (/* binding */ runSentryMode)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts + 11 modules
var load = __webpack_require__(8835);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(241);
// EXTERNAL MODULE: ./src/engine/plan-organization.ts + 2 modules
var plan_organization = __webpack_require__(5764);
// EXTERNAL MODULE: ./src/engine/run.ts + 2 modules
var run = __webpack_require__(8961);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/api.ts

const COMMENTS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    issueOrPullRequest(number: $number) {
      ... on PullRequest { comments(first: 100, after: $cursor) { nodes { databaseId body isMinimized author { login } } pageInfo { hasNextPage endCursor } } }
      ... on Issue { comments(first: 100, after: $cursor) { nodes { databaseId body isMinimized author { login } } pageInfo { hasNextPage endCursor } } }
    }
  }
}`;
/**
 * Octokit from @actions/github. Its base URL is `baseUrl` when given (GITHUB_API_URL, as the
 * action reads it when it runs), else GITHUB_API_URL as it was when @actions/github loaded.
 */
function createGitHubApi(token, repo, baseUrl) {
    const octokit = github/* getOctokit */.Q(token, baseUrl ? { baseUrl } : {});
    return {
        async listComments(issue) {
            const comments = [];
            let cursor = null;
            for (;;) {
                const page = await octokit.graphql(COMMENTS_QUERY, { ...repo, number: issue, cursor });
                const found = page.repository.issueOrPullRequest?.comments;
                if (!found)
                    return comments;
                for (const node of found.nodes)
                    comments.push({
                        id: node.databaseId,
                        body: node.body,
                        authorLogin: node.author?.login ?? '',
                        minimized: node.isMinimized,
                    });
                if (!found.pageInfo.hasNextPage)
                    return comments;
                cursor = found.pageInfo.endCursor;
            }
        },
        async createComment(issue, body) {
            await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
        },
        async updateComment(id, body) {
            await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
        },
        async pullRequestsOf(sha) {
            const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha });
            return data.map((pull) => ({ number: pull.number, merged: pull.merged_at !== null && pull.merged_at !== undefined }));
        },
        async findOpenIssue(marker) {
            for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
                ...repo,
                state: 'open',
                per_page: 100,
            })) {
                const found = page.data.find((issue) => !issue.pull_request && issue.body?.includes(marker));
                if (found)
                    return { number: found.number, body: found.body ?? '' };
            }
            return undefined;
        },
        async createIssue(title, body) {
            const { data } = await octokit.rest.issues.create({ ...repo, title, body });
            return data.number;
        },
        async updateIssue(number, change) {
            await octokit.rest.issues.update({ ...repo, issue_number: number, ...change });
        },
        async viewer() {
            try {
                const data = await octokit.graphql('query { viewer { login } }');
                return data.viewer.login;
            }
            catch {
                return undefined;
            }
        },
        async fileAt(path, ref) {
            try {
                const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
                return typeof data === 'string' ? data : undefined;
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                throw error;
            }
        },
    };
}

// EXTERNAL MODULE: ./src/github/sticky.ts
var sticky = __webpack_require__(2464);
// EXTERNAL MODULE: ./src/plan/plan.ts + 5 modules
var plan = __webpack_require__(5843);
// EXTERNAL MODULE: ./src/publish/publication.ts + 10 modules
var publication = __webpack_require__(5691);
// EXTERNAL MODULE: ./src/publish/record.ts
var record = __webpack_require__(5118);
// EXTERNAL MODULE: ./src/sentry/decode.ts + 1 modules
var sentry_decode = __webpack_require__(3442);
// EXTERNAL MODULE: ./src/sentry/errors.ts
var sentry_errors = __webpack_require__(8496);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/sentry/pacer.ts
/** The X-Sentry-Rate-Limit-* headers, when all are present and numeric. */
function readRateLimit(headers) {
    const number = (name) => {
        const value = headers[`x-sentry-rate-limit-${name}`];
        const parsed = Number(Array.isArray(value) ? value[0] : value);
        return value === undefined || !Number.isFinite(parsed) ? undefined : parsed;
    };
    const limit = number('limit');
    const remaining = number('remaining');
    const reset = number('reset');
    const concurrentLimit = number('concurrentlimit');
    if (limit === undefined || remaining === undefined || reset === undefined)
        return undefined;
    return { limit, remaining, resetAt: reset * 1000, concurrentLimit: concurrentLimit ?? Number.POSITIVE_INFINITY };
}
class Pacer {
    #endpoints = new Map();
    #unlimited;
    #margin;
    #maxWait;
    #now;
    #sequence = 0;
    constructor(options = {}) {
        this.#unlimited = options.unlimitedConcurrency ?? 8;
        this.#margin = options.resetMarginMs ?? 25;
        this.#maxWait = options.maxWaitMs ?? 60_000;
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
        // Those already waiting go first, should a window have ended since anything woke them.
        this.#grant(state);
        if (state.waiters.length === 0 && this.#ready(state))
            return Promise.resolve(this.#start(state));
        return new Promise((resolve) => {
            state.waiters.push(resolve);
            this.#arm(state);
        });
    }
    #state(endpoint) {
        let state = this.#endpoints.get(endpoint);
        if (!state) {
            state = {
                inFlight: new Set(),
                heard: false,
                // Until the first answer only one request runs (see acquire); then the answer tells.
                concurrency: this.#unlimited,
                remaining: undefined,
                resetAt: undefined,
                limit: undefined,
                waiters: [],
                timer: undefined,
            };
            this.#endpoints.set(endpoint, state);
        }
        return state;
    }
    #done(state, sequence, headers) {
        if (!state.inFlight.delete(sequence))
            return;
        if (headers)
            this.#learn(state, sequence, headers);
        this.#grant(state);
    }
    #learn(state, sequence, headers) {
        state.heard = true;
        const limits = readRateLimit(headers);
        if (!limits) {
            if (state.limit === undefined)
                state.concurrency = this.#unlimited;
            return;
        }
        state.limit = limits.limit;
        state.concurrency = Math.max(1, Math.min(limits.concurrentLimit, 1000));
        // Requests started after this one may not have been counted yet: keep room for them.
        let startedLater = 0;
        for (const other of state.inFlight)
            if (other > sequence)
                startedLater++;
        const remaining = limits.remaining - startedLater;
        // A Reset far away (an hour, a year) would hold the run that long: no window is waited for longer than maxWait.
        const resetAt = Math.min(limits.resetAt, this.#now() + this.#maxWait);
        if (state.resetAt === undefined || resetAt > state.resetAt) {
            if (resetAt > this.#now()) {
                state.resetAt = resetAt;
                state.remaining = remaining;
            }
        }
        else if (resetAt === state.resetAt) {
            state.remaining = Math.min(state.remaining ?? remaining, remaining);
        }
    }
    /** Whether a request may start now (a window that has ended gives its whole limit back). */
    #ready(state) {
        const now = this.#now();
        if (state.remaining !== undefined && state.resetAt !== undefined && now >= state.resetAt) {
            // A new window: the whole limit, until a response says otherwise.
            state.remaining = state.limit;
            state.resetAt = undefined;
        }
        if (state.remaining !== undefined && state.remaining <= 0 && state.resetAt === undefined && state.inFlight.size === 0) {
            // Out of budget with no reset known and no response to come (they failed without headers):
            // nothing would ever wake us, so assume a fresh window; a 429 would tell otherwise.
            state.remaining = state.limit ?? 1;
        }
        // An endpoint not heard from yet gets one request: its answer says how much of the window
        // is left (an earlier run may have used it), so the next ones do not run into 429s.
        const room = state.heard ? state.concurrency : 1;
        return state.inFlight.size < room && this.#rateOk(state);
    }
    #rateOk(state) {
        return state.remaining === undefined || state.remaining > 0;
    }
    #start(state) {
        const sequence = ++this.#sequence;
        state.inFlight.add(sequence);
        if (state.remaining !== undefined)
            state.remaining--;
        return { done: (headers) => this.#done(state, sequence, headers) };
    }
    /** Starts waiting requests, first come first, while the endpoint has room. */
    #grant(state) {
        while (state.waiters.length > 0 && this.#ready(state))
            state.waiters.shift()?.(this.#start(state));
        this.#arm(state);
    }
    /** Waiting on the rate limit: wakes at the window's end (one timer per endpoint). */
    #arm(state) {
        if (state.waiters.length === 0 || this.#rateOk(state) || state.resetAt === undefined || state.timer)
            return;
        state.timer = setTimeout(() => {
            state.timer = undefined;
            this.#grant(state);
        }, state.resetAt - this.#now() + this.#margin);
    }
}

;// CONCATENATED MODULE: ./src/sentry/rate-limited.ts

/** The longest wait for a rate-limit window. */
const MAX_RATE_LIMIT_WAIT_MS = 60_000;
/** Whether a 429's body is Sentry's invitation budget (`{"detail": "..."}` or a bare string, as other 429s come). */
function isInvitationBudget(body) {
    const detail = typeof body === 'string'
        ? body
        : body !== null && typeof body === 'object' && !Array.isArray(body)
            ? body.detail
            : undefined;
    return typeof detail === 'string' && /too many invitations/i.test(detail);
}
/** The answer to one 429: a pure function of the response and how many came before. */
function afterRateLimit(response, rules) {
    if (isInvitationBudget(response.body))
        return { kind: 'invitation-budget' };
    if (response.attempt > rules.maxRetries)
        return { kind: 'give-up' };
    const limits = readRateLimit(response.headers);
    const concurrent = Number(first(response.headers['x-sentry-rate-limit-concurrentremaining']));
    const concurrencyFull = Number.isFinite(concurrent) && concurrent <= 0;
    if (limits !== undefined && limits.remaining > 0 && !concurrencyFull)
        return { kind: 'give-up' };
    const ms = limits === undefined ? rules.minBackoffMs * 2 ** (response.attempt - 1) : Math.max(0, limits.resetAt - response.now) + 50;
    return { kind: 'wait', ms: Math.min(ms, MAX_RATE_LIMIT_WAIT_MS) };
}
function first(value) {
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/sentry/http.ts






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
function endpointOf(method, pathname) {
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
function createHttp(options) {
    const apiRoot = `${options.baseUrl.origin}${options.baseUrl.pathname.replace(/\/+$/, '')}/api/0`;
    const debug = options.debug ?? (() => { });
    const pacer = new Pacer(options.pacing);
    const timeout = options.timeoutMs ?? 30_000;
    const maxRetries = options.maxRetries ?? 4;
    const rateLimitRules = { maxRetries: options.maxRateLimitRetries ?? 8, minBackoffMs: options.minBackoffMs ?? 250 };
    const minBackoff = rateLimitRules.minBackoffMs;
    const maxBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;
    const agent = new undici.Agent({ headersTimeout: timeout, bodyTimeout: timeout, connections: 64, keepAliveTimeout: 10_000 });
    const dispatcher = agent.compose(undici.interceptors.retry({
        throwOnError: false,
        maxRetries,
        methods: [...IDEMPOTENT],
        statusCodes: [...RETRYABLE_STATUS],
        errorCodes: [...RETRYABLE_ERRORS],
        retry(error, { state, opts }, callback) {
            const err = error;
            const method = String(opts.method).toUpperCase();
            const status = err.statusCode;
            const retryable = status !== undefined ? RETRYABLE_STATUS.has(status) : RETRYABLE_ERRORS.has(err.code ?? '');
            if (!IDEMPOTENT.has(method) || state.counter > maxRetries || !retryable) {
                callback(err);
                return undefined;
            }
            const delay = Math.min(minBackoff * 2 ** (state.counter - 1), 10_000);
            debug(`${method} ${String(opts.path)}: ${status ? `HTTP ${status}` : (err.code ?? err.message)}; retry ${state.counter} in ${Math.round(delay)} ms`);
            return setTimeout(() => callback(null), delay);
        },
    }));
    /** One request through the pacer: the status, headers and body (parsed when JSON), whatever the status. */
    async function exchange(method, url, display, body) {
        const ticket = await pacer.acquire(endpointOf(method, url.pathname));
        let responseHeaders;
        try {
            const started = Date.now();
            const response = await (0,undici.request)(url, {
                dispatcher,
                method: method,
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
            let parsed;
            if (text.length > 0) {
                try {
                    parsed = JSON.parse(text);
                }
                catch {
                    if (response.statusCode < 300)
                        throw new sentry_errors/* SentryApiError */.qC(method, display, response.statusCode, `the response is not valid JSON: ${text.slice(0, 120)}`);
                    parsed = undefined;
                }
            }
            return { status: response.statusCode, headers: response.headers, body: parsed, text };
        }
        catch (error) {
            if (error instanceof sentry_errors/* SentryApiError */.qC)
                throw error;
            const code = error.code;
            throw new sentry_errors/* SentryApiError */.qC(method, display, 0, `${code ? `${code}: ` : ''}${(0,errors/* messageOf */.b)(error)}`, {
                cause: error,
                hint: (words) => `no answer from Sentry after retries: check ${words.url} and the network, then run again`,
            });
        }
        finally {
            ticket.done(responseHeaders);
        }
    }
    async function send(method, target, body) {
        const url = resolveUrl(target);
        const display = url.pathname + url.search;
        for (let attempt = 1;; attempt++) {
            const response = await exchange(method, url, display, body);
            const { status, headers } = response;
            if (status < 300)
                return { status, headers, body: response.body };
            if (status === 429) {
                const decision = afterRateLimit({ body: response.body, headers, attempt, now: Date.now() }, rateLimitRules);
                if (decision.kind === 'wait') {
                    debug(`${method} ${display}: HTTP 429; retry ${attempt} in ${Math.round(decision.ms)} ms`);
                    await (0,promises_.setTimeout)(decision.ms);
                    continue;
                }
                if (decision.kind === 'invitation-budget')
                    throw new sentry_errors/* InvitationBudgetError */.fW(method, display, (0,sentry_errors/* describeErrorBody */.ut)(response.body, response.text));
            }
            const detail = status < 400
                ? `Sentry answered with a redirect to ${String(headers.location ?? '(no location)')}, which is not followed: the token is sent only to ${options.baseUrl.origin}; check sentry-url`
                : (0,sentry_errors/* describeErrorBody */.ut)(response.body, response.text);
            const hint = (0,sentry_errors/* hintFor */.JR)(status);
            throw new sentry_errors/* SentryApiError */.qC(method, display, status, detail, hint ? { hint } : {});
        }
    }
    function resolveUrl(target) {
        if (/^https?:\/\//i.test(target)) {
            const url = new URL(target);
            if (url.origin !== options.baseUrl.origin) {
                throw new sentry_errors/* SentryApiError */.qC('GET', url.pathname, 0, `Sentry pointed to ${url.origin}, which is not the origin of sentry-url (${options.baseUrl.origin}): not followed, so the token goes nowhere else. If that is your organization's region (e.g. https://de.sentry.io), set sentry-url to it`);
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
                throw new sentry_errors/* SentryApiError */.qC(method, path, 0, `the response is larger than ${Math.round(bounds.limit / 1024 / 1024)} MiB; refusing to read more`);
            }
            chunks.push(chunk);
        }
    }
    catch (error) {
        if (!late)
            throw error;
    }
    finally {
        clearTimeout(timer);
    }
    if (late) {
        throw new sentry_errors/* SentryApiError */.qC(method, path, 0, `the response did not arrive within ${Math.round(bounds.deadlineMs / 100) / 10} s (it came too slowly); nothing was read from it`, { hint: () => 'Sentry or a proxy in between is too slow: run again later' });
    }
    return Buffer.concat(chunks).toString('utf8');
}

;// CONCATENATED MODULE: ./src/sentry/client.ts



function createSentryClient(options) {
    return sentryClientOver(createHttp(options));
}
const segment = encodeURIComponent;
/** Pages of a list without a count (members, teams): a million entries. */
const MAX_PAGES = 10_000;
function sentryClientOver(http) {
    /**
     * Follows rel="next" while results="true" (Sentry's Link header), decoding every item. The
     * next page is requested before this one is decoded and handed to `onPage`: the pages are a
     * chain, so the work on each page overlaps the wait for the next. A server that never ends the
     * chain is stopped: a next-page link seen before, or more pages than `maxPages`, fails the read.
     */
    async function paginate(path, decode, onPage, maxPages = MAX_PAGES, query) {
        const items = [];
        const url = `${path}?per_page=100${query === undefined ? '' : `&query=${encodeURIComponent(query)}`}`;
        const seen = new Set([new URL(url, 'http://x').search]);
        await readPage({ path, decode, maxPages, seen, items, onPage }, url, 0);
        return items;
    }
    /**
     * A page of a chain and, once it is in, the rest: each page is decoded and handed over as
     * soon as it arrives, with the read of the next one already started. Only the decoded items
     * outlive this: a response held while the next page waits its turn (behind a thousand
     * rosters) would hold every item Sentry sent in full.
     */
    function readPage(chain, url, page) {
        return http.request('GET', url).then((response) => {
            const nextUrl = nextPage(response.headers.link);
            if (nextUrl !== undefined) {
                const where = `/api/0${chain.path}`;
                const query = new URL(nextUrl, 'http://x').search;
                if (chain.seen.has(query))
                    throw new sentry_errors/* SentryApiError */.qC('GET', where, response.status, `Sentry's pages do not end: the next page (${query}) was read before`, {
                        hint: (words) => `a Sentry server does not page like this: check ${words.url}, then run again`,
                    });
                if (page + 1 >= chain.maxPages)
                    throw new sentry_errors/* SentryApiError */.qC('GET', where, response.status, `more than ${chain.maxPages} pages, more than the counts Sentry gave allow`, {
                        hint: () => 'the list grew while it was read, or the server pages wrongly: run again',
                    });
                chain.seen.add(query);
            }
            const next = nextUrl === undefined ? undefined : readPage(chain, nextUrl, page + 1);
            // Should this page fail to decode, the next one's outcome no longer matters.
            next?.catch(ignore);
            const items = decodePage(response.body, page * 100, chain.decode, url, chain.path);
            chain.items.push(...items);
            chain.onPage?.(items);
            return next;
        });
    }
    return {
        listMembers: (org, onPage) => paginate(`/organizations/${segment(org)}/members/`, sentry_decode/* decodeMemberRow */.r0, onPage),
        listTeams: (org, onPage) => paginate(`/organizations/${segment(org)}/teams/`, sentry_decode/* decodeTeam */.uj, onPage),
        listTeamMembers: (org, team, memberCount) => paginate(`/teams/${segment(org)}/${segment(team)}/members/`, sentry_decode/* decodeRosterEntry */.kf, undefined, 
        // Room for the team to double while it is read, and a page more.
        memberCount === undefined ? MAX_PAGES : Math.ceil((2 * memberCount + 100) / 100) + 1),
        async listModelInvitations(org) {
            try {
                const items = await paginate(`/organizations/${segment(org)}/invited-members/`, sentry_decode/* decodeModelInvitation */.hd);
                return items.filter((item) => item !== undefined);
            }
            catch (error) {
                if (error instanceof sentry_errors/* SentryApiError */.qC && (error.status === 403 || error.status === 404))
                    return undefined;
                throw error;
            }
        },
        searchMembers: (org, query) => paginate(`/organizations/${segment(org)}/members/`, sentry_decode/* decodeMemberRow */.r0, undefined, MAX_PAGES, query),
        async getMember(org, id) {
            const path = `/organizations/${segment(org)}/members/${segment(id)}/`;
            const response = await http.request('GET', path);
            return decoded(() => (0,sentry_decode/* decodeMemberDetail */.CS)(response.body, 'member'), 'GET', path);
        },
        async updateMember(org, id, body) {
            const path = `/organizations/${segment(org)}/members/${segment(id)}/`;
            const response = await http.request('PUT', path, body);
            return decoded(() => (0,sentry_decode/* decodeMemberDetail */.CS)(response.body, 'member'), 'PUT', path);
        },
        async inviteMember(org, body) {
            const path = `/organizations/${segment(org)}/members/`;
            const response = await http.request('POST', path, body);
            return decoded(() => (0,sentry_decode/* decodeListedMember */.Sg)(response.body, 'member'), 'POST', path);
        },
        async reinviteMember(org, id) {
            await http.request('PUT', `/organizations/${segment(org)}/members/${segment(id)}/`, { reinvite: true, regenerate: true });
        },
        async removeMember(org, id) {
            await http.request('DELETE', `/organizations/${segment(org)}/members/${segment(id)}/`);
        },
        close: () => http.close(),
    };
}
const ignore = () => { };
/** The items of a page of a list, each decoded; `first` is the index of its first item in the list. */
function decodePage(body, first, decode, url, path) {
    const items = decoded(() => (0,sentry_decode/* list */.p_)(body, 'response'), 'GET', url);
    return decoded(() => items.map((item, index) => decode(item, `item ${first + index}`)), 'GET', path);
}
function decoded(decode, method, path) {
    try {
        return decode();
    }
    catch (error) {
        if (error instanceof sentry_decode/* DecodeError */.Xc) {
            // As the other errors name it: the path on the server, without the query.
            const shown = /^https?:/.test(path) ? new URL(path).pathname : `/api/0${path.split('?')[0] ?? path}`;
            throw new sentry_errors/* SentryApiError */.qC(method, shown, 200, `unexpected response from Sentry: ${error.message}`, {
                cause: error,
                hint: (words) => `is ${words.url} a Sentry server?`,
            });
        }
        throw error;
    }
}
/** The `rel="next"` URL of a Link header when its `results` is "true". */
function nextPage(header) {
    const text = Array.isArray(header) ? header.join(', ') : (header ?? '');
    for (const part of text.split(/,\s*(?=<)/)) {
        const match = /^\s*<([^>]*)>(.*)$/.exec(part);
        if (!match)
            continue;
        const params = match[2] ?? '';
        if (/;\s*rel="?next"?/.test(params) && /;\s*results="?true"?/.test(params))
            return match[1];
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/action/event.ts + 1 modules
var action_event = __webpack_require__(1946);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
;// CONCATENATED MODULE: ./src/action/sentry-modes.ts














/**
 * plan, check and apply: the imperative shell. It reads what the run needs from GitHub (the pull
 * request it reports to and this action's comments there, the config at a pull request's base,
 * the open drift issue), runs the engine against Sentry, and returns the run's report, success or
 * failure alike; what to publish is then decided by publish() and performed by the sink. It never
 * throws for a failure it can report: anything thrown on the way becomes the report's outcome.
 */
async function runSentryMode(mode, settings, event, validated, io) {
    const api = settings.githubToken && event.repo ? createGitHubApi(settings.githubToken, event.repo, io.env.GITHUB_API_URL) : undefined;
    const failures = [];
    const config = validated.kind === 'validated' ? validated.config : undefined;
    const merge = mode === 'apply' && event.name === 'push';
    const reviewing = merge && settings.reviewedPlan !== 'off';
    // The pull request this run reports to: the event's, or the merged one the pushed commit came from.
    let pull = (0,action_event/* isPullRequestEvent */.T5)(event) ? event.pullRequest : undefined;
    let unreadable;
    if (api && merge && event.sha) {
        try {
            pull = (await api.pullRequestsOf(event.sha)).find((candidate) => candidate.merged)?.number;
        }
        catch (error) {
            unreadable = `reading the pull requests of commit ${event.sha.slice(0, 7)} failed: ${(0,errors/* messageOf */.b)(error)}`;
            failures.push(unreadable);
        }
    }
    let comments;
    if (api && pull !== undefined && (settings.comment || reviewing)) {
        try {
            const [all, viewer] = await Promise.all([api.listComments(pull), api.viewer()]);
            comments = (0,sticky/* ourComments */.zu)(all, viewer).map(({ id, body }) => ({ id, body }));
        }
        catch (error) {
            unreadable = `reading the comments of pull request #${pull} failed: ${(0,errors/* messageOf */.b)(error)}`;
            failures.push(`${unreadable}: nothing is posted there`);
        }
    }
    let outcome = validated;
    let organization = settings.organization ?? config?.organization;
    let baseNotice;
    if (config && validated.kind === 'validated') {
        const client = createSentryClient({ baseUrl: settings.sentryUrl, token: settings.sentryToken, debug: io.debug });
        try {
            organization = (0,plan_organization/* organizationOf */.d)(config, settings.organization);
            // On a pull request, the config at its base: its changes are drift, not the pull request's.
            const base = mode !== 'apply' && (0,action_event/* isPullRequestEvent */.T5)(event) && api ? await baseConfig(api, event, settings, config) : undefined;
            baseNotice = base?.notice;
            // An apply on merge is held against the plan reviewed on the merged pull request.
            const marker = (0,sticky/* stickyMarker */.YL)('plan', organization, settings.configDisplayPath);
            const reviewed = comments?.find((comment) => (0,sticky/* markerOf */.we)(comment.body)?.line === marker);
            const review = api && reviewing
                ? {
                    policy: settings.reviewedPlan,
                    pull,
                    reviewed: reviewed && pull !== undefined ? (0,record/* readRecord */.aE)(reviewed.body, pull) : undefined,
                    ...(unreadable ? { unreadable } : {}),
                }
                : undefined;
            outcome = await (0,run/* runSentry */.l2)(client, {
                mode,
                config,
                warnings: validated.warnings,
                organization,
                guards: settings,
                clock: io.clock,
                options: (0,plan/* planOptions */.Su)(settings, io.clock()),
                ...(base?.config ? { base: base.config } : {}),
                ...(review ? { review } : {}),
            });
        }
        catch (error) {
            outcome = { kind: 'error', error };
        }
        finally {
            await client.close();
        }
    }
    let driftIssue;
    if (api && 'plan' in outcome && (0,publication/* keepsDriftIssue */.H)(settings, event.name, mode)) {
        try {
            const found = await api.findOpenIssue((0,sticky/* stickyMarker */.YL)('drift', outcome.plan.organization, outcome.plan.config));
            driftIssue = found ?? 'none';
        }
        catch (error) {
            failures.push(`reading the open issues failed: ${(0,errors/* messageOf */.b)(error)}: the drift issue is not updated`);
        }
    }
    const report = {
        mode,
        outcome,
        ...(config ? { config } : {}),
        ...(validated.kind === 'validated' ? { warnings: validated.warnings } : {}),
        ...(organization ? { organization } : {}),
        settings,
        event,
        words: inputs/* ACTION_WORDS */.dC,
        now: io.clock(),
        ...('plan' in outcome ? { planFile: planFile(io.env, outcome.plan.organization, outcome.plan.config) } : {}),
        ...(api
            ? {
                github: {
                    ...(pull !== undefined ? { pull } : {}),
                    ...(comments ? { comments } : {}),
                    ...(driftIssue ? { driftIssue } : {}),
                    failures,
                },
            }
            : {}),
        ...(baseNotice ? { baseNotice } : {}),
    };
    return { report, github: api };
}
/** The config at the pull request's base commit, or why the plan cannot tell the pull request from drift. */
async function baseConfig(github, event, settings, config) {
    const file = settings.configDisplayPath;
    const cannot = (why) => ({ notice: `${why}: the changes are shown together, this pull request's and drift alike.` });
    if (!event.baseSha)
        return cannot('The event names no base commit');
    const at = event.baseSha.slice(0, 7);
    // The base of a directory or a glob would need the file list at that commit: not read yet.
    if (config.files.length !== 1 || config.files[0] !== config.file)
        return cannot(`${file} is a config of several files, which is not yet read at the base commit`);
    if (!settings.configInWorkspace)
        return cannot(`${file} is outside the repository`);
    let text;
    try {
        text = await github.fileAt(file, event.baseSha);
    }
    catch (error) {
        return cannot(`${file} could not be read at the base commit ${at} (GitHub answered: ${(0,errors/* messageOf */.b)(error)})`);
    }
    if (text === undefined)
        return cannot(`${file} could not be read at the base commit ${at} (new in this pull request, or no API access)`);
    const parsed = await (0,load/* parseConfig */.o4)(text, file);
    if (!parsed.ok)
        return cannot(`${file} is not valid at the base commit ${at}`);
    return { config: parsed.config };
}
/** Where plan.json goes: the runner's temporary directory, one file per organization and config. */
function planFile(env, organization, config) {
    const name = `plan-${organization}-${config.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`;
    return external_node_path_default().join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'sentry-members-sync', name);
}


/***/ })

};
