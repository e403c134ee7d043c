export const id = 41;
export const ids = [41];
export const modules = {

/***/ 2041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubTeamReads: () => (/* binding */ createGitHubTeamReads)
});

// UNUSED EXPORTS: GRAPHQL_QUERIES, GitHubReadError, createGitHubReads

// EXTERNAL MODULE: ./src/domain/json.ts
var json = __webpack_require__(7504);
;// CONCATENATED MODULE: ./src/github/decode.ts

/**
 * GitHub's JSON, read narrowly: only the fields the action uses, each checked. Logins and shas
 * are checked against GitHub's own forms, so a hostile answer cannot carry markdown, newlines or a
 * path into what the action shows or requests next.
 */
/**
 * GitHub logins: letters, digits and hyphens (at most 39) on github.com; managed users' add
 * `_shortcode`, and GitHub Enterprise Server allows `_` and `.`; an app's bot ends with `[bot]`.
 */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(\[bot\])?$/;
/** A git object id: SHA-1, or SHA-256 in repositories that use it. */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function login(value, where) {
    if (typeof value !== 'string' || !LOGIN.test(value))
        throw new json/* DecodeError */.Xc(`${where}: expected a GitHub login, got ${(0,json/* kind */.fM)(value)}`);
    return value;
}
function objectId(value, where) {
    if (typeof value !== 'string' || !OBJECT_ID.test(value))
        throw new DecodeError(`${where}: expected a git sha, got ${kind(value)}`);
    return value;
}
/** A git sha, or undefined for null (a pull request not merged yet, a review of no commit). */
function optionalObjectId(record, key, where) {
    const value = record[key];
    return value === null || value === undefined ? undefined : objectId(value, `${where}.${key}`);
}
function oneOf(value, allowed, where) {
    if (typeof value !== 'string' || !allowed.includes(value))
        throw new json/* DecodeError */.Xc(`${where}: expected one of ${allowed.join(', ')}, got ${(0,json/* kind */.fM)(value)}`);
    return value;
}
function integer(record, key, where) {
    const value = record[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
        throw new json/* DecodeError */.Xc(`${where}.${key}: expected a whole number, got ${(0,json/* kind */.fM)(value)}`);
    return value;
}
function optionalString(record, key, where) {
    const value = record[key];
    if (value === null || value === undefined)
        return undefined;
    if (typeof value !== 'string')
        throw new json/* DecodeError */.Xc(`${where}.${key}: expected a string or null, got ${(0,json/* kind */.fM)(value)}`);
    return value;
}
/** `{ login }` or null (a deleted account, which GitHub shows as "ghost"). */
function userLogin(value, where) {
    if (value === null || value === undefined)
        return undefined;
    return login((0,json/* object */.Ik)(value, where).login, `${where}.login`);
}
const TEAM_ROLES = ['member', 'maintainer'];
function decodeTeam(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    return {
        slug: (0,json/* string */.Yj)(record, 'slug', where),
        name: (0,json/* string */.Yj)(record, 'name', where),
        parent: record.parent === null || record.parent === undefined
            ? undefined
            : (0,json/* string */.Yj)((0,json/* object */.Ik)(record.parent, `${where}.parent`), 'slug', `${where}.parent`),
        membersCount: integer(record, 'members_count', where),
    };
}
function decodeTeamMember(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    return {
        login: login(record.login, `${where}.login`),
        role: record.role === undefined ? undefined : oneOf(record.role, TEAM_ROLES, `${where}.role`),
        inherited: typeof record.inherited === 'boolean' ? record.inherited : undefined,
    };
}
function decodeMembership(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    return {
        role: oneOf(record.role, TEAM_ROLES, `${where}.role`),
        state: oneOf(record.state, ['active', 'pending'], `${where}.state`),
    };
}
function decode_decodePull(value, where) {
    const record = object(value, where);
    return {
        number: integer(record, 'number', where),
        author: userLogin(record.user, `${where}.user`),
        state: oneOf(record.state, ['open', 'closed'], `${where}.state`),
        headSha: objectId(object(record.head, `${where}.head`).sha, `${where}.head.sha`),
        baseSha: objectId(object(record.base, `${where}.base`).sha, `${where}.base.sha`),
        merged: record.merged === true,
        mergeCommitSha: optionalObjectId(record, 'merge_commit_sha', where),
        mergedAt: optionalString(record, 'merged_at', where),
    };
}
const REVIEW_STATES = (/* unused pure expression or super */ null && (['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING']));
function decode_decodeReview(value, where) {
    const record = object(value, where);
    return {
        id: integer(record, 'id', where),
        reviewer: userLogin(record.user, `${where}.user`),
        state: oneOf(record.state, REVIEW_STATES, `${where}.state`),
        commitId: optionalObjectId(record, 'commit_id', where),
        submittedAt: optionalString(record, 'submitted_at', where),
    };
}
function decode_decodeTree(value, where) {
    const record = object(value, where);
    if (typeof record.truncated !== 'boolean')
        throw new DecodeError(`${where}.truncated: expected true or false, got ${kind(record.truncated)}`);
    return {
        sha: objectId(record.sha, `${where}.sha`),
        truncated: record.truncated,
        entries: list(record.tree, `${where}.tree`).map((item, index) => {
            const at = `${where}.tree[${index}]`;
            const entry = object(item, at);
            const path = string(entry, 'path', at);
            if (path === '' ||
                path.startsWith('/') ||
                path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..'))
                throw new DecodeError(`${at}.path: expected a path inside the repository, got ${kind(path)}`);
            return {
                path,
                mode: string(entry, 'mode', at),
                type: oneOf(entry.type, ['blob', 'tree', 'commit'], `${at}.type`),
                sha: objectId(entry.sha, `${at}.sha`),
                size: typeof entry.size === 'number' ? entry.size : undefined,
            };
        }),
    };
}
/** GET .../git/blobs/{sha}: the bytes (GitHub sends base64, in lines). */
function decode_decodeBlob(value, where) {
    const record = object(value, where);
    const encoding = string(record, 'encoding', where);
    const content = string(record, 'content', where);
    if (encoding === 'utf-8')
        return Buffer.from(content, 'utf8');
    if (encoding !== 'base64')
        throw new DecodeError(`${where}.encoding: expected base64, got ${kind(encoding)}`);
    if (!/^[A-Za-z0-9+/=\s]*$/.test(content))
        throw new DecodeError(`${where}.content: expected base64`);
    return Buffer.from(content, 'base64');
}
/** `data` of the SAML identities query; identities nobody has claimed (no user) are left out. */
function decodeSamlPage(data, where) {
    const organization = (0,json/* object */.Ik)((0,json/* object */.Ik)(data, where).organization, `${where}.organization`);
    const provider = organization.samlIdentityProvider;
    if (provider === null || provider === undefined)
        return { identities: undefined, next: undefined };
    const at = `${where}.organization.samlIdentityProvider.externalIdentities`;
    const connection = (0,json/* object */.Ik)((0,json/* object */.Ik)(provider, `${where}.organization.samlIdentityProvider`).externalIdentities, at);
    const identities = [];
    for (const [index, item] of (0,json/* list */.p_)(connection.nodes, `${at}.nodes`).entries()) {
        const node = (0,json/* object */.Ik)(item, `${at}.nodes[${index}]`);
        const person = userLogin(node.user, `${at}.nodes[${index}].user`);
        const saml = node.samlIdentity === null || node.samlIdentity === undefined
            ? undefined
            : (0,json/* object */.Ik)(node.samlIdentity, `${at}.nodes[${index}].samlIdentity`);
        const nameId = saml ? optionalString(saml, 'nameId', `${at}.nodes[${index}].samlIdentity`) : undefined;
        if (person !== undefined && nameId !== undefined)
            identities.push({ login: person, nameId });
    }
    const pageInfo = (0,json/* object */.Ik)(connection.pageInfo, `${at}.pageInfo`);
    const next = pageInfo.hasNextPage === true ? (0,json/* string */.Yj)(pageInfo, 'endCursor', `${at}.pageInfo`) : undefined;
    return { identities, next };
}

// EXTERNAL MODULE: ./src/github/git-blob.ts
var git_blob = __webpack_require__(3259);
;// CONCATENATED MODULE: ./src/github/rate-limits.ts
/**
 * GitHub's rate limits as the action treats them (docs/github-api.md): it waits for a primary
 * limit's reset or a secondary limit's `retry-after` when the wait is short, never more than
 * `maxWaitMs` (60 s) in all during a run, and otherwise fails saying which limit and when it
 * resets. Pure: the clock is passed in.
 */
const rate_limits_MAX_RATE_LIMIT_WAIT_MS = 60_000;
/** Past this many retries of one request, a limit that keeps answering "wait 0 s" is not waited for again. */
const MAX_RATE_LIMIT_RETRIES = 4;
/**
 * The time spent waiting for rate limits, counted as wall-clock time: requests that wait for
 * the same reset at once count once.
 */
class rate_limits_WaitBudget {
    #capMs;
    #now;
    #spentMs = 0;
    #waitingUntil = 0;
    constructor(capMs = rate_limits_MAX_RATE_LIMIT_WAIT_MS, now = Date.now) {
        this.#capMs = capMs;
        this.#now = now;
    }
    /** The most time spent waiting in all. */
    get capMs() {
        return this.#capMs;
    }
    /** Whether a wait of `waitMs` from now fits in what is left; if it does, it is counted. */
    allow(waitMs) {
        const now = this.#now();
        const end = now + Math.max(0, waitMs);
        const added = Math.max(0, end - Math.max(now, this.#waitingUntil));
        if (this.#spentMs + added > this.#capMs)
            return false;
        this.#spentMs += added;
        this.#waitingUntil = Math.max(this.#waitingUntil, end);
        return true;
    }
}
const header = (headers, name) => {
    const value = headers[name];
    return value === undefined ? undefined : String(value);
};
const numberOf = (text) => (text === undefined || !Number.isFinite(Number(text)) ? undefined : Number(text));
/**
 * The rate limit an answer reports, if any: a secondary limit (GitHub's message says "secondary
 * rate limit", or a 403/429 carries `retry-after`), or the primary one (`x-ratelimit-remaining: 0`
 * on a 403/429, or a GraphQL `RATE_LIMITED` error, which GitHub answers with 200).
 */
function rateLimitOf(answer, now) {
    const { status, headers, message } = answer;
    const resource = header(headers, 'x-ratelimit-resource');
    const limit = numberOf(header(headers, 'x-ratelimit-limit'));
    const retryAfter = numberOf(header(headers, 'retry-after'));
    const limited = status === 403 || status === 429;
    if (limited && (/\bsecondary rate\b/i.test(message) || retryAfter !== undefined))
        return { kind: 'secondary', resource, limit, resetAt: retryAfter === undefined ? undefined : now + retryAfter * 1000 };
    const reset = numberOf(header(headers, 'x-ratelimit-reset'));
    if ((limited && header(headers, 'x-ratelimit-remaining') === '0') || answer.graphqlRateLimited)
        return { kind: 'primary', resource, limit, resetAt: reset === undefined ? undefined : reset * 1000 };
    return undefined;
}
function clock(epochMs) {
    return `${new Date(epochMs).toISOString().slice(11, 19)} UTC`;
}
function duration(ms) {
    const seconds = Math.max(0, Math.ceil(ms / 1000));
    if (seconds < 120)
        return `${seconds} s`;
    const minutes = Math.round(seconds / 60);
    return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}
/** "GitHub's primary rate limit for core (5000 requests an hour) is spent until 10:42:07 UTC, in 25 min". */
function describeRateLimit(hit, now) {
    const until = hit.resetAt === undefined ? '' : ` until ${clock(hit.resetAt)}, in ${duration(hit.resetAt - now)}`;
    if (hit.kind === 'secondary')
        return `GitHub's secondary rate limit (too many requests in a short time) asks to wait${until || ' (no time given)'}`;
    const budget = hit.limit === undefined ? '' : ` (${hit.limit} ${hit.resource === 'graphql' ? 'points' : 'requests'} an hour)`;
    return `GitHub's primary rate limit for ${hit.resource ?? 'this token'}${budget} is spent${until}`;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(5555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(241);
// EXTERNAL MODULE: ./src/domain/secrets.ts
var secrets = __webpack_require__(7513);
// EXTERNAL MODULE: ./src/github/read-errors.ts
var read_errors = __webpack_require__(8735);
;// CONCATENATED MODULE: ./src/github/read-client.ts










/** The most pages one list may take (100,000 items): a server that always says "next" cannot hold the run. */
const MAX_PAGES = 1000;
/** A deadline that passed: the attempt is cut off wherever it was. */
class DeadlineError extends Error {
    name = 'DeadlineError';
}
const NULL_BODY = new Set([101, 204, 205, 304]);
/** `inner` with a deadline for the whole answer and a cap on its size; the body is read here, within both. */
function boundedFetch(inner, timeoutMs, maxBytes) {
    return async (input, init) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([deadline, init.signal]) : deadline;
        try {
            const response = await inner(input, { ...init, signal });
            const chunks = [];
            let size = 0;
            if (response.body)
                for await (const chunk of response.body) {
                    size += chunk.byteLength;
                    // Leaving the loop cancels the body.
                    if (size > maxBytes)
                        throw new Error(`the answer is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB`);
                    chunks.push(chunk);
                }
            return new Response(NULL_BODY.has(response.status) ? null : Buffer.concat(chunks), {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
        }
        catch (error) {
            if (deadline.aborted)
                throw new DeadlineError(`no complete answer within ${timeoutMs / 1000} s`);
            throw error;
        }
    };
}
/** Whether a Link header has a `rel="next"` part (its URL is not followed: the next page is asked of the same origin). */
function hasNext(link) {
    return (link ?? '').split(/,\s*(?=<)/).some((part) => /;\s*rel="?next"?/.test(part));
}
function messageOfBody(data) {
    if (data && typeof data === 'object' && typeof data.message === 'string')
        return data.message;
    if (data && typeof data === 'object' && Array.isArray(data.errors))
        return data.errors.map((error) => String(error.message)).join('; ');
    return typeof data === 'string' && data.trim() !== '' ? data.trim().slice(0, 200) : undefined;
}
function graphqlErrors(data) {
    const errors = data && typeof data === 'object' ? data.errors : undefined;
    if (!Array.isArray(errors))
        return [];
    return errors.map((error) => {
        const record = (error && typeof error === 'object' ? error : {});
        return {
            ...(typeof record.type === 'string' ? { type: record.type } : {}),
            message: typeof record.message === 'string' ? record.message : String(record.message),
        };
    });
}
function createReadClient(options) {
    (0,secrets/* addSecret */.Ck)(options.token);
    const { debug, now, budget } = options;
    const base = new URL(options.baseUrl);
    const display = (url) => {
        const target = new URL(url, base);
        return `${target.pathname}${target.search}`;
    };
    // The runner's proxy settings live in @actions/github's fetch; the deadline wraps it.
    const inner = utils/* defaults */.NT.request?.fetch ?? fetch;
    /** Whether to wait `retryAfter` seconds for a rate limit and try again (the plugin waits). */
    const waited = (kind, retryAfter, request, client, retryCount) => {
        const allowed = retryCount < MAX_RATE_LIMIT_RETRIES && budget.allow(retryAfter * 1000);
        const { method, url } = client.request.endpoint.parse(request);
        debug(`${method} ${display(url)}: ${kind} rate limit; ${allowed ? `waiting ${retryAfter} s` : 'not waiting'}`);
        return allowed;
    };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: 'sentry-members-sync',
        request: { fetch: boundedFetch(inner, options.timeoutMs, options.maxResponseBytes) },
        log: { debug, info: debug, warn: debug, error: debug },
        throttle: {
            onRateLimit: (retryAfter, request, octokit, retryCount) => waited('primary', retryAfter, request, octokit, retryCount),
            onSecondaryRateLimit: (retryAfter, request, octokit, retryCount) => waited('secondary', retryAfter, request, octokit, retryCount),
            // GitHub asks for a second between mutations; these are reads, and a GraphQL query
            // costs one point of the 2,000 a minute: one at a time, without the pause.
            write: new (light_default()).Group({ maxConcurrent: 1 }),
        },
        retry: {
            retries: options.retries,
            retryAfterBaseValue: options.retryBaseMs,
            // Rate limits are the throttling plugin's (429 included), within the run's budget.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    function failure(error, request, subject) {
        if (error instanceof read_errors/* GitHubReadError */.K)
            return error;
        const failed = error;
        const response = failed.response;
        if (!response) {
            const cause = failed.cause ?? error;
            return new read_errors/* GitHubReadError */.K(request, 0, 'no-answer', (0,errors/* messageOf */.b)(cause), {
                cause: error,
                hint: cause instanceof DeadlineError
                    ? `GitHub (or a proxy in between) is too slow; it was tried ${options.retries === 0 ? 'once' : `${options.retries + 1} times`}: run again later`
                    : `no answer from GitHub after ${options.retries} retries: check GITHUB_API_URL and the network, then run again`,
            });
        }
        const message = messageOfBody(response.data) ?? failed.message ?? `HTTP ${response.status}`;
        const graphqlRateLimited = graphqlErrors(response.data).some((e) => e.type === 'RATE_LIMITED');
        const hit = rateLimitOf({ status: response.status, headers: response.headers, message, graphqlRateLimited }, now());
        if (hit)
            return new read_errors/* GitHubReadError */.K(request, response.status, 'rate-limited', `${describeRateLimit(hit, now())}; this action waits at most ${budget.capMs / 1000} s in all for GitHub's rate limits in a run`, {
                cause: error,
                hint: hit.kind === 'primary'
                    ? `run again after the reset; ${subject.input} from a GitHub App has its own, larger budget`
                    : 'run again in a few minutes',
            });
        const { failure: kind, hint } = (0,read_errors/* failureOf */.g)(response.status, subject);
        return new read_errors/* GitHubReadError */.K(request, response.status, kind, message, { cause: error, ...(hint ? { hint } : {}) });
    }
    async function send(route, parameters, subject) {
        const request = { method: 'GET', path: display(octokit.request.endpoint(`GET ${route}`, parameters).url) };
        try {
            return { request, response: await octokit.request(`GET ${route}`, parameters) };
        }
        catch (error) {
            throw failure(error, request, subject);
        }
    }
    // GitHub Enterprise Server answers GraphQL at /api/graphql, beside /api/v3 (Octokit's graphql knows).
    const graphqlRequest = {
        method: 'POST',
        path: display(`${base.pathname.replace(/\/api\/v3\/?$/, '/api').replace(/\/+$/, '')}/graphql`),
    };
    const client = {
        async get(route, parameters, subject, decode) {
            const { request, response } = await send(route, { ...parameters }, subject);
            return client.decoded(request, () => decode(response.data));
        },
        async list(route, parameters, subject, decode) {
            const items = [];
            for (let page = 1;; page++) {
                const { request, response } = await send(route, { ...parameters, per_page: 100, page }, subject);
                const data = response.data;
                items.push(...client.decoded(request, () => (0,json/* list */.p_)(data, 'the list').map((item, index) => decode(item, `[${(page - 1) * 100 + index}]`))));
                if (!hasNext(response.headers.link))
                    return items;
                if (page >= MAX_PAGES)
                    throw new read_errors/* GitHubReadError */.K(request, response.status, 'unreadable', `still more after ${MAX_PAGES} pages`, {
                        hint: 'GitHub keeps saying there is a next page: is GITHUB_API_URL GitHub?',
                    });
            }
        },
        async graphql(query, variables, subject) {
            try {
                return { request: graphqlRequest, data: await octokit.graphql(query, { ...variables }), errors: [] };
            }
            catch (error) {
                if (error instanceof Error && error.name === 'GraphqlResponseError') {
                    const answer = error;
                    return { request: graphqlRequest, data: answer.data ?? null, errors: graphqlErrors({ errors: answer.errors }) };
                }
                throw failure(error, graphqlRequest, subject);
            }
        },
        decoded(request, decode) {
            try {
                return decode();
            }
            catch (error) {
                if (!(error instanceof json/* DecodeError */.Xc))
                    throw error;
                throw new read_errors/* GitHubReadError */.K(request, 200, 'unreadable', `unexpected answer from GitHub: ${error.message}`, {
                    cause: error,
                    hint: 'is GITHUB_API_URL GitHub?',
                });
            }
        },
    };
    return client;
}

;// CONCATENATED MODULE: ./src/github/reads.ts






const ORG_ACCESS = 'organization members read access (a GitHub App token with the Members: read permission, or a personal access token with read:org); GITHUB_TOKEN never has it';
const CONTENTS_ACCESS = 'contents: read in the workflow permissions';
const PULLS_ACCESS = 'pull-requests: read in the workflow permissions';
const SAML_QUERY = `query($org: String!, $cursor: String) {
  organization(login: $org) {
    samlIdentityProvider {
      externalIdentities(first: 100, after: $cursor) {
        nodes { samlIdentity { nameId } user { login } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;
/** The queries this module sends, for the conformance test against GitHub's GraphQL schema. */
const GRAPHQL_QUERIES = { SAML_QUERY };
function createGitHubTeamReads(options) {
    const now = options.now ?? Date.now;
    return teamReads(readClientFor(options, new rate_limits_WaitBudget(options.maxWaitMs ?? rate_limits_MAX_RATE_LIMIT_WAIT_MS, now))(options.token));
}
/** A read client per token, sharing one wait budget. */
function readClientFor(options, budget) {
    const now = options.now ?? Date.now;
    return (token) => createReadClient({
        token,
        baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        timeoutMs: options.timeoutMs ?? 30_000,
        maxResponseBytes: options.maxResponseBytes ?? 32 * 1024 * 1024,
        retries: options.retries ?? 2,
        retryBaseMs: options.retryBaseMs ?? 1000,
        budget,
        debug: options.debug ?? (() => { }),
        now,
    });
}
const teamSubject = (org, team) => ({
    what: `GitHub team ${org}/${team}`,
    input: 'github-teams-token',
    access: ORG_ACCESS,
});
async function unlessNotFound(read) {
    try {
        return await read;
    }
    catch (error) {
        if (error instanceof read_errors/* GitHubReadError */.K && error.failure === 'not-found')
            return undefined;
        throw error;
    }
}
/** Teams, members, memberships and SAML identities, read with the teams token's client. */
function teamReads(teams) {
    return {
        team(org, team) {
            return unlessNotFound(teams.get('/orgs/{org}/teams/{team_slug}', { org, team_slug: team }, teamSubject(org, team), (value) => decodeTeam(value, 'team')));
        },
        async teamMembers(org, team) {
            const route = '/orgs/{org}/teams/{team_slug}/members';
            const subject = teamSubject(org, team);
            const all = await teams.list(route, { org, team_slug: team, role: 'all' }, subject, decodeTeamMember);
            const roles = all.map((member) => member.role);
            if (roles.every((role) => role !== undefined))
                return all.map((member, index) => ({ login: member.login, role: roles[index], inherited: member.inherited }));
            const maintainers = new Set((await teams.list(route, { org, team_slug: team, role: 'maintainer' }, subject, decodeTeamMember)).map((m) => m.login.toLowerCase()));
            return all.map((member) => ({
                login: member.login,
                role: maintainers.has(member.login.toLowerCase()) ? 'maintainer' : 'member',
                inherited: member.inherited,
            }));
        },
        teamMembership(org, team, login) {
            return unlessNotFound(teams.get('/orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: team, username: login }, teamSubject(org, team), (value) => decodeMembership(value, 'membership')));
        },
        async samlIdentities(org) {
            const subject = { what: `the SAML identities of ${org}`, input: 'github-teams-token', access: ORG_ACCESS };
            const identities = [];
            const seen = new Set();
            let cursor = null;
            for (;;) {
                const result = await teams.graphql(SAML_QUERY, { org, cursor }, subject);
                const refused = result.errors.find((error) => error.type === 'FORBIDDEN' || error.type === 'INSUFFICIENT_SCOPES');
                if (refused)
                    return {
                        kind: 'not-permitted',
                        detail: `GitHub refuses to show ${subject.what}: ${refused.message} (github-teams-token needs ${ORG_ACCESS}, and a personal token's person must be an owner)`,
                    };
                const missing = result.errors.find((error) => error.type === 'NOT_FOUND');
                if (missing)
                    throw new read_errors/* GitHubReadError */.K(result.request, 200, 'not-found', missing.message, {
                        hint: `check the GitHub organization's name; github-teams-token needs ${ORG_ACCESS}`,
                    });
                if (result.errors.length > 0)
                    throw new read_errors/* GitHubReadError */.K(result.request, 200, 'unreadable', result.errors.map((error) => error.message).join('; '));
                const page = teams.decoded(result.request, () => decodeSamlPage(result.data, 'data'));
                if (page.identities === undefined)
                    return {
                        kind: 'no-saml',
                        detail: `GitHub shows no SAML identity provider for ${org}: it does not use SAML single sign-on, or the token is a person's who is not an owner`,
                    };
                identities.push(...page.identities);
                if (page.next === undefined)
                    return { kind: 'identities', identities };
                if (seen.has(page.next) || seen.size >= MAX_PAGES)
                    throw new read_errors/* GitHubReadError */.K(result.request, 200, 'unreadable', `GitHub repeated a page of ${subject.what}`, {
                        hint: 'is GITHUB_API_URL GitHub?',
                    });
                seen.add(page.next);
                cursor = page.next;
            }
        },
    };
}
function createGitHubReads(options) {
    const now = options.now ?? Date.now;
    const clientFor = readClientFor(options, new WaitBudget(options.maxWaitMs ?? MAX_RATE_LIMIT_WAIT_MS, now));
    const repository = clientFor(options.token);
    const teams = options.teamsToken && options.teamsToken !== options.token ? clientFor(options.teamsToken) : repository;
    const { owner, repo } = options.repo;
    const inRepo = { owner, repo };
    const gitSubject = (what) => ({
        what: `${what} of ${owner}/${repo}`,
        input: 'github-token',
        access: CONTENTS_ACCESS,
    });
    const pullSubject = (number) => ({
        what: `pull request #${number} of ${owner}/${repo}`,
        input: 'github-token',
        access: PULLS_ACCESS,
    });
    const treeRoute = '/repos/{owner}/{repo}/git/trees/{tree_sha}';
    const tree = (sha, recursive, subject) => repository.get(treeRoute, { ...inRepo, tree_sha: sha, ...(recursive ? { recursive: 1 } : {}) }, subject, (value) => decodeTree(value, 'tree'));
    const filesOf = (entries, prefix) => entries
        .filter((entry) => entry.type === 'blob')
        .map((entry) => ({ path: `${prefix}${entry.path}`, sha: entry.sha, size: entry.size ?? 0, mode: entry.mode }));
    /** Every file below a tree: one recursive read, or, when GitHub cuts it short, its own entries and each folder again. */
    async function filesBelow(sha, prefix, subject) {
        const whole = await tree(sha, true, subject);
        if (!whole.truncated)
            return filesOf(whole.entries, prefix);
        const own = await tree(sha, false, subject);
        if (own.truncated)
            throw new GitHubReadError({ method: 'GET', path: `/repos/${owner}/${repo}/git/trees/${sha}` }, 200, 'unreadable', `the folder ${prefix || '/'} has more entries than GitHub lists in one answer`, {
                hint: 'keep the config in a smaller folder',
            });
        const folders = own.entries.filter((entry) => entry.type === 'tree');
        const nested = await Promise.all(folders.map((folder) => filesBelow(folder.sha, `${prefix}${folder.path}/`, subject)));
        return [...filesOf(own.entries, prefix), ...nested.flat()];
    }
    /** A folder of a commit: its tree's sha, down one level at a time (a commit's sha names its root tree). */
    async function folderAt(commit, folder) {
        const segments = folder.split('/').filter((segment) => segment !== '' && segment !== '.');
        if (segments.includes('..'))
            throw new Error(`treeAt: the folder "${folder}" leaves the repository`);
        const subject = gitSubject(`commit ${commit.slice(0, 12)}`);
        let sha = commit;
        for (const segment of segments) {
            const entry = (await tree(sha, false, subject)).entries.find((e) => e.path === segment && e.type === 'tree');
            if (!entry)
                return undefined;
            sha = entry.sha;
        }
        return { sha, prefix: segments.map((segment) => `${segment}/`).join(''), subject };
    }
    return {
        ...teamReads(teams),
        pull(number) {
            return repository.get('/repos/{owner}/{repo}/pulls/{pull_number}', { ...inRepo, pull_number: number }, pullSubject(number), (value) => decodePull(value, 'pull'));
        },
        reviews(number) {
            return repository.list('/repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...inRepo, pull_number: number }, pullSubject(number), decodeReview);
        },
        async treeAt(commit, folder = '') {
            const found = await folderAt(commit, folder);
            return found && filesBelow(found.sha, found.prefix, found.subject);
        },
        async entriesAt(commit, folder = '') {
            const found = await folderAt(commit, folder);
            if (!found)
                return undefined;
            const own = await tree(found.sha, false, found.subject);
            return own.entries.map((entry) => ({
                path: `${found.prefix}${entry.path}`,
                sha: entry.sha,
                size: entry.size ?? 0,
                mode: entry.mode,
            }));
        },
        async blob(sha) {
            const subject = gitSubject(`blob ${sha.slice(0, 12)}`);
            const route = '/repos/{owner}/{repo}/git/blobs/{file_sha}';
            const bytes = await repository.get(route, { ...inRepo, file_sha: sha }, subject, (value) => decodeBlob(value, 'blob'));
            if (sha.length === 40 && gitBlobSha(bytes) !== sha)
                throw new GitHubReadError({ method: 'GET', path: `/repos/${owner}/${repo}/git/blobs/${sha}` }, 200, 'unreadable', `the content GitHub sent has the git sha ${gitBlobSha(bytes)}, not ${sha}`, {
                    hint: 'a proxy in between changed it: run again',
                });
            return bytes;
        },
    };
}


/***/ })

};
