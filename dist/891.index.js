export const id = 891;
export const ids = [891];
export const modules = {

/***/ 3891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSentryMode: () => (/* binding */ runSentryMode)
});

// UNUSED EXPORTS: HISTORY_DEPTH

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/files.ts
var files = __webpack_require__(8261);
;// CONCATENATED MODULE: ./src/config/commit-tree.ts


/** The git modes of a tree entry. */
const FOLDER = '040000';
const LINK = '120000';
const SUBMODULE = '160000';
function entryOf(file) {
    if (file.mode === FOLDER)
        return { kind: 'folder', path: file.path };
    if (file.mode === LINK)
        return { kind: 'link', path: file.path };
    if (file.mode === SUBMODULE)
        return { kind: 'other', path: file.path, what: 'a git submodule' };
    return { kind: 'file', path: file.path, size: file.size, sha: file.sha };
}
/**
 * A commit of the repository as a tree of files, read through GitHub's git data API: a folder
 * is one recursive tree read (plus one read per level down to it), a file one blob read. Paths
 * are the repository's; the same rules as the workspace's apply (src/config/files.ts), links
 * resolved within the commit.
 */
function commitTree(reader, commit) {
    /** Entries known, by path: from recursive folder reads and from folders' own entries. */
    const known = new Map();
    const folders = new Map();
    const own = new Map();
    const remember = (files) => {
        for (const file of files ?? [])
            known.set(file.path, file);
        return files;
    };
    /** Each folder read once, whoever asks first. */
    const once = (cache, read) => (folder) => {
        let found = cache.get(folder);
        if (!found) {
            found = read(folder).then(remember);
            cache.set(folder, found);
        }
        return found;
    };
    const below = once(folders, (folder) => reader.treeAt(commit, folder));
    const entriesOf = once(own, (folder) => reader.entriesAt(commit, folder));
    const lookup = async (file) => {
        const seen = known.get(file);
        if (seen)
            return seen;
        const parent = external_node_path_default().posix.dirname(file);
        await entriesOf(parent === '.' ? '' : parent);
        return known.get(file);
    };
    const tree = {
        async entry(file) {
            if (file === '')
                return { kind: 'folder', path: '' };
            const seen = known.get(file);
            if (seen)
                return entryOf(seen);
            // A folder (the usual config of several files): its files are read at once, and kept. A
            // name like a file's is looked up in its folder first.
            if (!/\.ya?ml$/i.test(file) && (await below(file)) !== undefined)
                return { kind: 'folder', path: file };
            const found = await lookup(file);
            if (found || /\.ya?ml$/i.test(file) === false)
                return found && entryOf(found);
            return (await below(file)) === undefined ? undefined : { kind: 'folder', path: file };
        },
        async below(folder) {
            const files = (await below(folder)) ?? [];
            const prefix = folder === '' ? '' : `${folder}/`;
            return files
                .filter((file) => !file.path
                .slice(prefix.length)
                .split('/')
                .some((segment) => segment.startsWith('.')))
                .map(entryOf);
        },
        async follow(link, hops = 0) {
            const entry = await lookup(link);
            if (!entry)
                return { kind: 'refused', why: files/* LINK_NOWHERE */.yE };
            const target = Buffer.from(await reader.blob(entry.sha)).toString('utf8');
            const resolved = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(link), target));
            if (target.startsWith('/') || resolved === '..' || resolved.startsWith('../'))
                return { kind: 'refused', why: files/* LINK_OUT */.K1 };
            const next = resolved === '.' ? '' : resolved;
            const found = await tree.entry(next);
            if (!found)
                return { kind: 'refused', why: files/* LINK_NOWHERE */.yE };
            if (found.kind === 'file')
                return { kind: 'file', path: next };
            if (found.kind === 'folder')
                return { kind: 'folder', path: next };
            if (found.kind === 'link' && hops < 8)
                return tree.follow(next, hops + 1);
            return { kind: 'refused', why: files/* LINK_NOWHERE */.yE };
        },
        async read(file, cap) {
            const entry = await lookup(file);
            if (!entry || entry.mode === FOLDER || entry.mode === SUBMODULE || entry.mode === LINK)
                return { refused: `cannot be read at commit ${commit.slice(0, 7)}` };
            if (entry.size > cap)
                return { refused: (0,files/* tooLarge */.g$)(entry.size) };
            const bytes = await reader.blob(entry.sha);
            if (bytes.byteLength > cap)
                return { refused: (0,files/* tooLarge */.g$)(bytes.byteLength) };
            return { bytes, sha: entry.sha };
        },
        /** The git blob sha of a file, known from its tree without reading it. */
        async sha(file) {
            const entry = await lookup(file);
            return entry && entry.mode !== FOLDER && entry.mode !== LINK ? entry.sha : undefined;
        },
        shown(file) {
            return file;
        },
    };
    return tree;
}

// EXTERNAL MODULE: ./src/config/load.ts + 16 modules
var load = __webpack_require__(4880);
;// CONCATENATED MODULE: ./src/config/base.ts



/**
 * The config at another commit of the repository (a pull request's base, docs/behaviour.md,
 * section 11): the same files by the same rules as in the workspace (src/config/files.ts), read
 * through GitHub's git data API, and checked the same way. A folder is one recursive tree read
 * (plus one per level down to it); of its files only those whose git blob sha differs from the
 * workspace's are downloaded and parsed, the others are the workspace's, as read (`head`): a pull
 * request that changes one team file of a thousand reads two trees and one blob. 'missing' when
 * the commit has no such file or no config file in such a folder (new in the pull request).
 */
async function loadConfigAt(reader, commit, given, head = []) {
    const known = new Map();
    for (const part of head)
        if (part.sha !== undefined)
            known.set(part.file, { sha: part.sha, part });
    const tree = commitTree(reader, commit);
    // The tree keeps what it has listed: the loader below lists nothing twice.
    const set = await (0,files/* configFiles */.ap)(tree, given);
    if (set.kind === 'missing' || (set.kind === 'files' && set.files.length === 0 && set.problems.length === 0))
        return { kind: 'missing' };
    return { kind: 'read', result: await (0,load/* loadFrom */.TH)(tree, given, { given, known }) };
}

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(241);
// EXTERNAL MODULE: ./src/engine/plan-organization.ts + 4 modules
var plan_organization = __webpack_require__(7784);
// EXTERNAL MODULE: ./src/engine/run.ts + 3 modules
var run = __webpack_require__(6511);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
;// CONCATENATED MODULE: ./src/github/api.ts

const COMMENTS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    issueOrPullRequest(number: $number) {
      ... on PullRequest { comments(first: 100, after: $cursor) { nodes { databaseId body isMinimized author { login } editor { login } lastEditedAt } pageInfo { hasNextPage endCursor } } }
      ... on Issue { comments(first: 100, after: $cursor) { nodes { databaseId body isMinimized author { login } editor { login } lastEditedAt } pageInfo { hasNextPage endCursor } } }
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
                        ...(node.lastEditedAt ? { editorLogin: node.editor?.login ?? '' } : {}),
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
        async findOpenIssue(accept) {
            for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
                ...repo,
                state: 'open',
                per_page: 100,
            })) {
                for (const issue of page.data) {
                    if (issue.pull_request)
                        continue;
                    const open = { number: issue.number, body: issue.body ?? '', authorLogin: issue.user?.login ?? '' };
                    if (accept(open))
                        return open;
                }
            }
            return undefined;
        },
        async commitsTouching(path, ref, count) {
            const { data } = await octokit.rest.repos.listCommits({ ...repo, sha: ref, ...(path ? { path } : {}), per_page: count });
            return data.map((commit) => commit.sha);
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
        throw new json/* DecodeError */.Xc(`${where}: expected a git sha, got ${(0,json/* kind */.fM)(value)}`);
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
function decodePull(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    return {
        number: integer(record, 'number', where),
        author: userLogin(record.user, `${where}.user`),
        state: oneOf(record.state, ['open', 'closed'], `${where}.state`),
        headSha: objectId((0,json/* object */.Ik)(record.head, `${where}.head`).sha, `${where}.head.sha`),
        baseSha: objectId((0,json/* object */.Ik)(record.base, `${where}.base`).sha, `${where}.base.sha`),
        merged: record.merged === true,
        mergeCommitSha: optionalObjectId(record, 'merge_commit_sha', where),
        mergedAt: optionalString(record, 'merged_at', where),
    };
}
const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'];
function decodeReview(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    return {
        id: integer(record, 'id', where),
        reviewer: userLogin(record.user, `${where}.user`),
        state: oneOf(record.state, REVIEW_STATES, `${where}.state`),
        commitId: optionalObjectId(record, 'commit_id', where),
        submittedAt: optionalString(record, 'submitted_at', where),
    };
}
function decodeTree(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    if (typeof record.truncated !== 'boolean')
        throw new json/* DecodeError */.Xc(`${where}.truncated: expected true or false, got ${(0,json/* kind */.fM)(record.truncated)}`);
    return {
        sha: objectId(record.sha, `${where}.sha`),
        truncated: record.truncated,
        entries: (0,json/* list */.p_)(record.tree, `${where}.tree`).map((item, index) => {
            const at = `${where}.tree[${index}]`;
            const entry = (0,json/* object */.Ik)(item, at);
            const path = (0,json/* string */.Yj)(entry, 'path', at);
            if (path === '' ||
                path.startsWith('/') ||
                path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..'))
                throw new json/* DecodeError */.Xc(`${at}.path: expected a path inside the repository, got ${(0,json/* kind */.fM)(path)}`);
            return {
                path,
                mode: (0,json/* string */.Yj)(entry, 'mode', at),
                type: oneOf(entry.type, ['blob', 'tree', 'commit'], `${at}.type`),
                sha: objectId(entry.sha, `${at}.sha`),
                size: typeof entry.size === 'number' ? entry.size : undefined,
            };
        }),
    };
}
/** GET .../git/blobs/{sha}: the bytes (GitHub sends base64, in lines). */
function decodeBlob(value, where) {
    const record = (0,json/* object */.Ik)(value, where);
    const encoding = (0,json/* string */.Yj)(record, 'encoding', where);
    const content = (0,json/* string */.Yj)(record, 'content', where);
    if (encoding === 'utf-8')
        return Buffer.from(content, 'utf8');
    if (encoding !== 'base64')
        throw new json/* DecodeError */.Xc(`${where}.encoding: expected base64, got ${(0,json/* kind */.fM)(encoding)}`);
    if (!/^[A-Za-z0-9+/=\s]*$/.test(content))
        throw new json/* DecodeError */.Xc(`${where}.content: expected base64`);
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
const MAX_RATE_LIMIT_WAIT_MS = 60_000;
/** Past this many retries of one request, a limit that keeps answering "wait 0 s" is not waited for again. */
const MAX_RATE_LIMIT_RETRIES = 4;
/**
 * The time spent waiting for rate limits, counted as wall-clock time: requests that wait for
 * the same reset at once count once.
 */
class WaitBudget {
    #capMs;
    #now;
    #spentMs = 0;
    #waitingUntil = 0;
    constructor(capMs = MAX_RATE_LIMIT_WAIT_MS, now = Date.now) {
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(5555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
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
    return teamReads(readClientFor(options, new WaitBudget(options.maxWaitMs ?? MAX_RATE_LIMIT_WAIT_MS, now))(options.token));
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
            throw new read_errors/* GitHubReadError */.K({ method: 'GET', path: `/repos/${owner}/${repo}/git/trees/${sha}` }, 200, 'unreadable', `the folder ${prefix || '/'} has more entries than GitHub lists in one answer`, {
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
            if (sha.length === 40 && (0,git_blob/* gitBlobSha */.A)(bytes) !== sha)
                throw new read_errors/* GitHubReadError */.K({ method: 'GET', path: `/repos/${owner}/${repo}/git/blobs/${sha}` }, 200, 'unreadable', `the content GitHub sent has the git sha ${(0,git_blob/* gitBlobSha */.A)(bytes)}, not ${sha}`, {
                    hint: 'a proxy in between changed it: run again',
                });
            return bytes;
        },
    };
}

// EXTERNAL MODULE: ./src/github/sticky.ts
var sticky = __webpack_require__(2464);
// EXTERNAL MODULE: ./src/plan/plan.ts + 6 modules
var plan = __webpack_require__(6481);
// EXTERNAL MODULE: ./src/publish/publication.ts + 2 modules
var publication = __webpack_require__(4615);
// EXTERNAL MODULE: ./src/publish/record.ts
var publish_record = __webpack_require__(5118);
// EXTERNAL MODULE: ./src/publish/status.ts
var publish_status = __webpack_require__(5837);
// EXTERNAL MODULE: ./src/render/validation.ts
var validation = __webpack_require__(9165);
// EXTERNAL MODULE: ./src/sentry/decode.ts
var sentry_decode = __webpack_require__(7809);
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
const rate_limited_MAX_RATE_LIMIT_WAIT_MS = 60_000;
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
    return { kind: 'wait', ms: Math.min(ms, rate_limited_MAX_RATE_LIMIT_WAIT_MS) };
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
const client_MAX_PAGES = 10_000;
function sentryClientOver(http) {
    /**
     * Follows rel="next" while results="true" (Sentry's Link header), decoding every item. The
     * next page is requested before this one is decoded and handed to `onPage`: the pages are a
     * chain, so the work on each page overlaps the wait for the next. A server that never ends the
     * chain is stopped: a next-page link seen before, or more pages than `maxPages`, fails the read.
     */
    async function paginate(path, decode, onPage, maxPages = client_MAX_PAGES, query) {
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
        memberCount === undefined ? client_MAX_PAGES : Math.ceil((2 * memberCount + 100) / 100) + 1),
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
        searchMembers: (org, query) => paginate(`/organizations/${segment(org)}/members/`, sentry_decode/* decodeMemberRow */.r0, undefined, client_MAX_PAGES, query),
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

// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(3566);
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
    // Under require, a scheduled or hand-started apply makes only the config changes an apply on merge applied.
    const holding = mode === 'apply' && !merge && settings.reviewedPlan === 'require';
    // The token's own identity, asked once: only what it wrote is this action's.
    let viewer;
    const self = () => {
        viewer ??= api ? api.viewer() : Promise.resolve(undefined);
        return viewer;
    };
    // The pull request this run reports to: the event's, or the merged one the pushed commit came from
    // (also the one whose approval a push's owner and manager grants need, whatever the mode).
    let pull = (0,action_event/* isPullRequestEvent */.T5)(event) ? event.pullRequest : undefined;
    // Without GitHub, a review cannot be read: require refuses, warn says so.
    let unreadable = reviewing && !api ? noGitHub(settings, event) : undefined;
    const merged = {};
    if (api && event.name === 'push' && event.sha && (merge || config?.approvals)) {
        try {
            const found = (await api.pullRequestsOf(event.sha)).find((candidate) => candidate.merged)?.number;
            if (found !== undefined)
                merged.pull = found;
        }
        catch (error) {
            merged.unreadable = `reading the pull requests of commit ${event.sha.slice(0, 7)} failed: ${(0,errors/* messageOf */.b)(error)}`;
            failures.push(merged.unreadable);
        }
        if (merge) {
            pull = merged.pull;
            unreadable = merged.unreadable;
        }
    }
    else if (!api && event.name === 'push' && config?.approvals)
        merged.unreadable = 'there is no GitHub token or repository to find the merged pull request with (input "github-token")';
    let comments;
    if (api && pull !== undefined && (settings.comment || reviewing)) {
        try {
            const [all, login] = await Promise.all([api.listComments(pull), self()]);
            comments = (0,sticky/* ourComments */.zu)(all, login).map((comment) => {
                const editedBy = (0,sticky/* editedByOther */.rL)(comment, login);
                return { id: comment.id, body: comment.body, ...(editedBy !== undefined ? { editedBy } : {}) };
            });
        }
        catch (error) {
            unreadable = `reading the comments of pull request #${pull} failed: ${(0,errors/* messageOf */.b)(error)}`;
            failures.push(`${unreadable}: nothing is posted there`);
        }
    }
    let outcome = validated;
    let organization = settings.organization ?? config?.organization;
    let baseNotice;
    const teams = sentry_modes_teamReads(settings, io);
    if (config && validated.kind === 'validated') {
        // The debug log is a log too: on a public repository it does not name teams the file does not.
        const debug = (0,publication/* redacts */.tO)(settings, event) ? withoutUnnamedTeams(io.debug, config) : io.debug;
        const client = createSentryClient({ baseUrl: settings.sentryUrl, token: settings.sentryToken, debug });
        try {
            organization = (0,plan_organization/* organizationOf */.d)(config, settings.organization);
            // On a pull request, the config at its base: its changes are drift, not the pull request's.
            const base = mode !== 'apply' && (0,action_event/* isPullRequestEvent */.T5)(event) && api ? await baseConfig(event, settings, validated, io) : undefined;
            baseNotice = base?.notice;
            // An apply on merge is held against the plan reviewed on the merged pull request.
            const marker = (0,sticky/* stickyMarker */.YL)('plan', organization, settings.configDisplayPath);
            const found = comments?.find((comment) => (0,sticky/* markerOf */.we)(comment.body)?.line === marker);
            const record = found && pull !== undefined ? (0,publish_record/* reviewedPlanOf */.iZ)(found, pull) : {};
            const review = reviewing
                ? {
                    policy: settings.reviewedPlan,
                    pull,
                    reviewed: record.reviewed,
                    ...(unreadable ? { unreadable } : {}),
                    ...(record.untrusted ? { untrusted: record.untrusted } : {}),
                }
                : undefined;
            const acceptance = holding ? await acceptanceOf(api, event, settings, validated, io, organization, self) : undefined;
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
                ...(teams ? { github: teams } : {}),
                ...(config.approvals ? { approvals: approvalSource(settings, event, merged, io) } : {}),
                ...(acceptance ? { acceptance } : {}),
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
    if (api && 'plan' in outcome && (0,publication/* keepsDriftIssue */.Hi)(settings, event.name, mode)) {
        try {
            // Only the token's own issue: one that someone else opened, even quoting the marker, is never written to.
            const marker = (0,sticky/* stickyMarker */.YL)('drift', outcome.plan.organization, outcome.plan.config);
            const login = await self();
            const found = await api.findOpenIssue((issue) => (0,sticky/* isOurIssue */.eO)(issue, marker, login));
            driftIssue = found ? { number: found.number, body: found.body } : 'none';
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
/**
 * The one client that reads the GitHub organization (teams, their members, SAML identities,
 * memberships) with `github-teams-token`, else `github-token`: undefined without either.
 */
function sentry_modes_teamReads(settings, io) {
    const token = settings.githubTeamsToken ?? settings.githubToken;
    if (!token)
        return undefined;
    return createGitHubTeamReads({ token, ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}), debug: io.debug });
}
/**
 * Which run this is for approvals.privileged, and GitHub to read the approval with: the
 * repository's reads with github-token, team memberships with github-teams-token (github-token
 * when empty). Without a token or repository nothing can be read, which blocks the grants.
 */
function approvalSource(settings, event, merged, io) {
    const reads = settings.githubToken && event.repo
        ? createGitHubReads({
            repo: event.repo,
            token: settings.githubToken,
            ...(settings.githubTeamsToken ? { teamsToken: settings.githubTeamsToken } : {}),
            ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}),
            debug: io.debug,
        })
        : undefined;
    return { run: (0,action_event/* approvalRun */.bk)(event, merged), reads };
}
/**
 * The config at the pull request's base commit, or why the plan cannot tell the pull request from
 * drift: the same files by the same rules, a file or a directory alike, read through GitHub's git
 * data API (a tree, and the blobs that differ from the workspace's: src/config/base.ts).
 */
async function baseConfig(event, settings, validated, io) {
    if (!event.baseSha)
        return { notice: `The event names no base commit: ${TOGETHER}` };
    const at = await configAt(event, settings, validated, io, event.baseSha, 'the base commit');
    return at.config ? { config: at.config } : { notice: `${at.why}: ${TOGETHER}` };
}
const TOGETHER = "the changes are shown together, this pull request's and drift alike.";
/** The config as it was at a commit, every file of it by the same rules, or why it cannot be read. */
async function configAt(event, settings, validated, io, sha, what) {
    const file = settings.configDisplayPath;
    const at = `${what} ${sha.slice(0, 7)}`;
    if (!event.repo)
        return { why: 'The event names no repository' };
    const reads = createGitHubReads({
        repo: event.repo,
        token: settings.githubToken ?? '',
        ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}),
        debug: io.debug,
    });
    let loaded;
    try {
        loaded = await loadConfigAt(reads, sha, file, validated.parts);
    }
    catch (error) {
        return { why: `${file} could not be read at ${at} (GitHub answered: ${(0,errors/* messageOf */.b)(error)})` };
    }
    if (loaded.kind === 'missing')
        return { why: `${file} is not at ${at}${what === 'the base commit' ? ' (new in this pull request)' : ''}` };
    if (!loaded.result.ok)
        return { why: `${file} is not valid at ${at}` };
    return { config: loaded.result.config, why: '' };
}
/** Why nothing can be read from GitHub, in words that say what to set. */
function noGitHub(settings, event) {
    return !settings.githubToken
        ? 'no GitHub token: input "github-token" is empty; leave it at its default, the workflow\'s token'
        : `no repository: GITHUB_REPOSITORY is not set${event.repo ? '' : ' (it names the repository as owner/name)'}`;
}
/** How many of the config's latest commits a scheduled apply looks through for the one an apply on merge applied. */
const HISTORY_DEPTH = 10;
/** The status words of a merged pull request's comment whose apply on merge went ahead. */
const APPLIED = new Set(['Applied', 'Partly applied']);
/**
 * Under reviewed-plan: require, which of the config's changes a scheduled or hand-started apply
 * may make (docs/behaviour.md, section 10): it looks through the latest commits that changed the
 * config, newest first, for one whose merged pull request's comment (this action's own, not edited
 * by anyone else) says its apply on merge applied or partly applied it. The config of that commit
 * is the last one applied; the changes of later commits (refused on merge, failed, pushed
 * directly) wait for review.
 */
async function acceptanceOf(api, event, settings, validated, io, organization, self) {
    if (!api)
        return { kind: 'unreadable', why: noGitHub(settings, event) };
    const file = settings.configDisplayPath;
    if (!settings.configInWorkspace)
        return { kind: 'none', why: `${file} is outside the repository, so no apply on merge applied it`, notApplied: [] };
    if (!event.sha)
        return { kind: 'unreadable', why: 'the event names no commit' };
    const marker = (0,sticky/* stickyMarker */.YL)('plan', organization, file);
    const notApplied = [];
    let commits;
    try {
        commits = await api.commitsTouching(historyPath(file), event.sha, HISTORY_DEPTH);
        const login = await self();
        for (const [index, commit] of commits.entries()) {
            const pulls = (await api.pullRequestsOf(commit)).filter((candidate) => candidate.merged);
            let applied = false;
            for (const { number } of pulls) {
                const ours = (0,sticky/* ourComments */.zu)(await api.listComments(number), login).filter((comment) => (0,sticky/* markerOf */.we)(comment.body)?.line === marker && (0,sticky/* editedByOther */.rL)(comment, login) === undefined);
                if (ours.some((comment) => APPLIED.has((0,publish_status/* statusWordOf */.GJ)(comment.body) ?? '')))
                    applied = true;
            }
            if (applied) {
                if (index === 0)
                    return { kind: 'current' };
                const earlier = await configAt(event, settings, validated, io, commit, 'commit');
                return earlier.config
                    ? { kind: 'earlier', config: earlier.config, commit, notApplied }
                    : { kind: 'none', why: `the config last applied on merge cannot be read: ${earlier.why}`, notApplied };
            }
            notApplied.push({ commit, ...(pulls[0] ? { pull: pulls[0].number } : {}) });
        }
    }
    catch (error) {
        return { kind: 'unreadable', why: `reading which commits of ${file} were applied on merge failed: ${(0,errors/* messageOf */.b)(error)}` };
    }
    return {
        kind: 'none',
        why: commits.length === 0
            ? `no commit that changed ${file} was found`
            : `none of the last ${(0,validation/* plural */.LS)(commits.length, 'commit')} that changed ${file} was applied by an apply on merge`,
        notApplied,
    };
}
/** What to look for in the history: the config's file or folder, or a glob's folder (before its first wildcard). */
function historyPath(file) {
    const wildcard = file.search(/[*?[{]/);
    if (wildcard < 0)
        return file;
    const slash = file.lastIndexOf('/', wildcard);
    return slash < 0 ? '' : file.slice(0, slash);
}
/** Where plan.json goes: the runner's temporary directory, one file per organization and config. */
function planFile(env, organization, config) {
    const name = `plan-${organization}-${config.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`;
    return external_node_path_default().join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'sentry-members-sync', name);
}
/** A debug log whose request paths name only the teams the file names (a roster read names every team of the organization). */
function withoutUnnamedTeams(debug, config) {
    const named = new Set(config.teams.keys());
    for (const member of config.members.values()) {
        for (const team of member.teams?.keys() ?? [])
            named.add(team);
        for (const grant of member.grants)
            for (const team of grant.teams?.keys() ?? [])
                named.add(team);
    }
    return (message) => debug(message.replace(/(\/api\/0\/teams\/[^/\s]+\/)([^/\s?]+)/g, (whole, head, slug) => named.has(decodeURIComponent(slug)) ? whole : `${head}(a team not in the file)`));
}


/***/ })

};
