import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);
import {
  ACTION_WORDS,
  approvalRun,
  editedByOther,
  isOurIssue,
  isPullRequestEvent,
  keepsDriftIssue,
  markerOf,
  ourComments,
  redacts,
  reviewedPlanOf,
  statusWordOf,
  stickyMarker
} from "./chunk-NPQF3KIV.js";
import {
  createGitHubReads,
  createGitHubTeamReads,
  getOctokit
} from "./chunk-H5WF6HME.js";
import {
  createSentryClient
} from "./chunk-BQECGS4T.js";
import {
  LINK_NOWHERE,
  LINK_OUT,
  configFiles,
  loadFrom,
  organizationOf,
  planOptions,
  plural,
  runSentry,
  tooLarge
} from "./chunk-MUDMVHDY.js";
import "./chunk-W7BKEMKW.js";
import {
  messageOf
} from "./chunk-U5JTBAQL.js";
import "./chunk-Q4V4VID7.js";

// src/action/sentry-modes.ts
import { tmpdir } from "node:os";
import path2 from "node:path";

// src/config/commit-tree.ts
import path from "node:path";
var FOLDER = "040000";
var LINK = "120000";
var SUBMODULE = "160000";
function entryOf(file) {
  if (file.mode === FOLDER) return { kind: "folder", path: file.path };
  if (file.mode === LINK) return { kind: "link", path: file.path };
  if (file.mode === SUBMODULE) return { kind: "other", path: file.path, what: "a git submodule" };
  return { kind: "file", path: file.path, size: file.size, sha: file.sha };
}
function commitTree(reader, commit) {
  const known = /* @__PURE__ */ new Map();
  const folders = /* @__PURE__ */ new Map();
  const own = /* @__PURE__ */ new Map();
  const remember = (files) => {
    for (const file of files ?? []) known.set(file.path, file);
    return files;
  };
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
    if (seen) return seen;
    const parent = path.posix.dirname(file);
    await entriesOf(parent === "." ? "" : parent);
    return known.get(file);
  };
  const tree = {
    async entry(file) {
      if (file === "") return { kind: "folder", path: "" };
      const seen = known.get(file);
      if (seen) return entryOf(seen);
      if (!/\.ya?ml$/i.test(file) && await below(file) !== void 0) return { kind: "folder", path: file };
      const found = await lookup(file);
      if (found || /\.ya?ml$/i.test(file) === false) return found && entryOf(found);
      return await below(file) === void 0 ? void 0 : { kind: "folder", path: file };
    },
    async below(folder) {
      const files = await below(folder) ?? [];
      const prefix = folder === "" ? "" : `${folder}/`;
      return files.filter(
        (file) => !file.path.slice(prefix.length).split("/").some((segment) => segment.startsWith("."))
      ).map(entryOf);
    },
    async follow(link, hops = 0) {
      const entry = await lookup(link);
      if (!entry) return { kind: "refused", why: LINK_NOWHERE };
      const target = Buffer.from(await reader.blob(entry.sha)).toString("utf8");
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(link), target));
      if (target.startsWith("/") || resolved === ".." || resolved.startsWith("../")) return { kind: "refused", why: LINK_OUT };
      const next = resolved === "." ? "" : resolved;
      const found = await tree.entry(next);
      if (!found) return { kind: "refused", why: LINK_NOWHERE };
      if (found.kind === "file") return { kind: "file", path: next };
      if (found.kind === "folder") return { kind: "folder", path: next };
      if (found.kind === "link" && hops < 8) return tree.follow(next, hops + 1);
      return { kind: "refused", why: LINK_NOWHERE };
    },
    async read(file, cap) {
      const entry = await lookup(file);
      if (!entry || entry.mode === FOLDER || entry.mode === SUBMODULE || entry.mode === LINK)
        return { refused: `cannot be read at commit ${commit.slice(0, 7)}` };
      if (entry.size > cap) return { refused: tooLarge(entry.size) };
      const bytes = await reader.blob(entry.sha);
      if (bytes.byteLength > cap) return { refused: tooLarge(bytes.byteLength) };
      return { bytes, sha: entry.sha };
    },
    /** The git blob sha of a file, known from its tree without reading it. */
    async sha(file) {
      const entry = await lookup(file);
      return entry && entry.mode !== FOLDER && entry.mode !== LINK ? entry.sha : void 0;
    },
    shown(file) {
      return file;
    }
  };
  return tree;
}

// src/config/base.ts
async function loadConfigAt(reader, commit, given, head = []) {
  const known = /* @__PURE__ */ new Map();
  for (const part of head) if (part.sha !== void 0) known.set(part.file, { sha: part.sha, part });
  const tree = commitTree(reader, commit);
  const set = await configFiles(tree, given);
  if (set.kind === "missing" || set.kind === "files" && set.files.length === 0 && set.problems.length === 0)
    return { kind: "missing" };
  return { kind: "read", result: await loadFrom(tree, given, { given, known, set }) };
}

// src/github/api.ts
var COMMENTS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    issueOrPullRequest(number: $number) {
      ... on PullRequest { comments(first: 100, after: $cursor) { nodes { databaseId body isMinimized author { login } editor { login } lastEditedAt } pageInfo { hasNextPage endCursor } } }
      ... on Issue { comments(first: 100, after: $cursor) { nodes { databaseId body isMinimized author { login } editor { login } lastEditedAt } pageInfo { hasNextPage endCursor } } }
    }
  }
}`;
function createGitHubApi(token, repo, baseUrl) {
  const octokit = getOctokit(token, baseUrl ? { baseUrl } : {});
  return {
    async listComments(issue) {
      const comments = [];
      let cursor = null;
      for (; ; ) {
        const page = await octokit.graphql(COMMENTS_QUERY, { ...repo, number: issue, cursor });
        const found = page.repository.issueOrPullRequest?.comments;
        if (!found) return comments;
        for (const node of found.nodes)
          comments.push({
            id: node.databaseId,
            body: node.body,
            authorLogin: node.author?.login ?? "",
            minimized: node.isMinimized,
            ...node.lastEditedAt ? { editorLogin: node.editor?.login ?? "" } : {}
          });
        if (!found.pageInfo.hasNextPage) return comments;
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
      return data.map((pull) => ({ number: pull.number, merged: pull.merged_at !== null && pull.merged_at !== void 0 }));
    },
    async findOpenIssue(accept) {
      for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        ...repo,
        state: "open",
        per_page: 100
      })) {
        for (const issue of page.data) {
          if (issue.pull_request) continue;
          const open = { number: issue.number, body: issue.body ?? "", authorLogin: issue.user?.login ?? "" };
          if (accept(open)) return open;
        }
      }
      return void 0;
    },
    async commitsTouching(path3, ref, count) {
      const { data } = await octokit.rest.repos.listCommits({ ...repo, sha: ref, ...path3 ? { path: path3 } : {}, per_page: count });
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
        const data = await octokit.graphql("query { viewer { login } }");
        return data.viewer.login;
      } catch {
        return void 0;
      }
    },
    async fileAt(path3, ref) {
      try {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path: path3, ref, mediaType: { format: "raw" } });
        return typeof data === "string" ? data : void 0;
      } catch (error) {
        if (error.status === 404) return void 0;
        throw error;
      }
    }
  };
}

// src/action/sentry-modes.ts
async function runSentryMode(mode, settings, event, validated, io) {
  const api = settings.githubToken && event.repo ? createGitHubApi(settings.githubToken, event.repo, io.env.GITHUB_API_URL) : void 0;
  const failures = [];
  const config = validated.kind === "validated" ? validated.config : void 0;
  const merge = mode === "apply" && event.name === "push";
  const reviewing = merge && settings.reviewedPlan !== "off";
  const holding = mode === "apply" && !merge && settings.reviewedPlan === "require";
  let viewer;
  const self = () => {
    viewer ??= api ? api.viewer() : Promise.resolve(void 0);
    return viewer;
  };
  let pull = isPullRequestEvent(event) ? event.pullRequest : void 0;
  let unreadable = reviewing && !api ? noGitHub(settings, event) : void 0;
  const merged = {};
  if (api && event.name === "push" && event.sha && (merge || config?.approvals)) {
    try {
      const found = (await api.pullRequestsOf(event.sha)).find((candidate) => candidate.merged)?.number;
      if (found !== void 0) merged.pull = found;
    } catch (error) {
      merged.unreadable = `reading the pull requests of commit ${event.sha.slice(0, 7)} failed: ${messageOf(error)}`;
      failures.push(merged.unreadable);
    }
    if (merge) {
      pull = merged.pull;
      unreadable = merged.unreadable;
    }
  } else if (!api && event.name === "push" && config?.approvals)
    merged.unreadable = 'there is no GitHub token or repository to find the merged pull request with (input "github-token")';
  let comments;
  if (api && pull !== void 0 && (settings.comment || reviewing)) {
    try {
      const [all, login] = await Promise.all([api.listComments(pull), self()]);
      comments = ourComments(all, login).map((comment) => {
        const editedBy = editedByOther(comment, login);
        return { id: comment.id, body: comment.body, ...editedBy !== void 0 ? { editedBy } : {} };
      });
    } catch (error) {
      unreadable = `reading the comments of pull request #${pull} failed: ${messageOf(error)}`;
      failures.push(`${unreadable}: nothing is posted there`);
    }
  }
  let outcome = validated;
  let organization = settings.organization ?? config?.organization;
  let baseNotice;
  const reads = githubReads(settings, event, io);
  if (config && validated.kind === "validated") {
    const debug = redacts(settings, event) ? withoutUnnamedTeams(io.debug, config) : io.debug;
    const client = createSentryClient({ baseUrl: settings.sentryUrl, token: settings.sentryToken, debug });
    try {
      organization = organizationOf(config, settings.organization);
      const base = mode !== "apply" && isPullRequestEvent(event) && reads.repository ? await baseConfig(reads.repository, event, settings, validated) : void 0;
      baseNotice = base?.notice;
      const marker = stickyMarker("plan", organization, settings.configDisplayPath);
      const found = comments?.find((comment) => markerOf(comment.body)?.line === marker);
      const record = found && pull !== void 0 ? reviewedPlanOf(found, pull) : {};
      const review = reviewing ? {
        policy: settings.reviewedPlan,
        pull,
        reviewed: record.reviewed,
        ...unreadable ? { unreadable } : {},
        ...record.untrusted ? { untrusted: record.untrusted } : {}
      } : void 0;
      const acceptance = holding ? await acceptanceOf(api, reads.repository, event, settings, validated, organization, self) : void 0;
      outcome = await runSentry(client, {
        mode,
        config,
        warnings: validated.warnings,
        organization,
        guards: settings,
        clock: io.clock,
        options: planOptions(settings, io.clock()),
        ...base?.config ? { base: base.config } : {},
        ...review ? { review } : {},
        ...reads.teams ? { github: reads.teams } : {},
        ...config.approvals ? { approvals: { run: approvalRun(event, merged), reads: reads.repository } } : {},
        ...acceptance ? { acceptance } : {}
      });
    } catch (error) {
      outcome = { kind: "error", error };
    } finally {
      await client.close();
    }
  }
  let driftIssue;
  if (api && "plan" in outcome && keepsDriftIssue(settings, event.name, mode)) {
    try {
      const marker = stickyMarker("drift", outcome.plan.organization, outcome.plan.config);
      const login = await self();
      const found = await api.findOpenIssue((issue) => isOurIssue(issue, marker, login));
      driftIssue = found ? { number: found.number, body: found.body } : "none";
    } catch (error) {
      failures.push(`reading the open issues failed: ${messageOf(error)}: the drift issue is not updated`);
    }
  }
  const report = {
    mode,
    outcome,
    ...config ? { config } : {},
    ...validated.kind === "validated" ? { warnings: validated.warnings } : {},
    ...organization ? { organization } : {},
    settings,
    event,
    words: ACTION_WORDS,
    now: io.clock(),
    ..."plan" in outcome ? { planFile: planFile(io.env, outcome.plan.organization, outcome.plan.config) } : {},
    ...api ? {
      github: {
        ...pull !== void 0 ? { pull } : {},
        ...comments ? { comments } : {},
        ...driftIssue ? { driftIssue } : {},
        failures
      }
    } : {},
    ...baseNotice ? { baseNotice } : {}
  };
  return { report, github: api };
}
function githubReads(settings, event, io) {
  const where = { ...io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}, debug: io.debug };
  if (settings.githubToken && event.repo) {
    const repository = createGitHubReads({
      repo: event.repo,
      token: settings.githubToken,
      ...settings.githubTeamsToken ? { teamsToken: settings.githubTeamsToken } : {},
      ...where
    });
    return { repository, teams: repository };
  }
  const token = settings.githubTeamsToken ?? settings.githubToken;
  return token ? { teams: createGitHubTeamReads({ token, ...where }) } : {};
}
async function baseConfig(reads, event, settings, validated) {
  if (!event.baseSha) return { notice: `The event names no base commit: ${TOGETHER}` };
  const at = await configAt(reads, settings, validated, event.baseSha, "the base commit");
  return at.config ? { config: at.config } : { notice: `${at.why}: ${TOGETHER}` };
}
var TOGETHER = "the changes are shown together, this pull request's and drift alike.";
async function configAt(reads, settings, validated, sha, what) {
  const file = settings.configDisplayPath;
  const at = `${what} ${sha.slice(0, 7)}`;
  let loaded;
  try {
    loaded = await loadConfigAt(reads, sha, file, validated.parts);
  } catch (error) {
    return { why: `${file} could not be read at ${at} (GitHub answered: ${messageOf(error)})` };
  }
  if (loaded.kind === "missing")
    return { why: `${file} is not at ${at}${what === "the base commit" ? " (new in this pull request)" : ""}` };
  if (!loaded.result.ok) return { why: `${file} is not valid at ${at}` };
  return { config: loaded.result.config, why: "" };
}
function noGitHub(settings, event) {
  return !settings.githubToken ? `no GitHub token: input "github-token" is empty; leave it at its default, the workflow's token` : `no repository: GITHUB_REPOSITORY is not set${event.repo ? "" : " (it names the repository as owner/name)"}`;
}
var HISTORY_DEPTH = 10;
var APPLIED = /* @__PURE__ */ new Set(["Applied", "Partly applied"]);
async function acceptanceOf(api, reads, event, settings, validated, organization, self) {
  if (!api || !reads) return { kind: "unreadable", why: noGitHub(settings, event) };
  const file = settings.configDisplayPath;
  if (!settings.configInWorkspace)
    return { kind: "none", why: `${file} is outside the repository, so no apply on merge applied it`, notApplied: [] };
  if (!event.sha) return { kind: "unreadable", why: "the event names no commit" };
  const marker = stickyMarker("plan", organization, file);
  const notApplied = [];
  let commits;
  try {
    commits = await api.commitsTouching(historyPath(file), event.sha, HISTORY_DEPTH);
    const login = await self();
    for (const [index, commit] of commits.entries()) {
      const pulls = (await api.pullRequestsOf(commit)).filter((candidate) => candidate.merged);
      let applied = false;
      for (const { number } of pulls) {
        const ours = ourComments(await api.listComments(number), login).filter(
          (comment) => markerOf(comment.body)?.line === marker && editedByOther(comment, login) === void 0
        );
        if (ours.some((comment) => APPLIED.has(statusWordOf(comment.body) ?? ""))) applied = true;
      }
      if (applied) {
        if (index === 0) return { kind: "current" };
        const earlier = await configAt(reads, settings, validated, commit, "commit");
        return earlier.config ? { kind: "earlier", config: earlier.config, commit, notApplied } : { kind: "none", why: `the config last applied on merge cannot be read: ${earlier.why}`, notApplied };
      }
      notApplied.push({ commit, ...pulls[0] ? { pull: pulls[0].number } : {} });
    }
  } catch (error) {
    return { kind: "unreadable", why: `reading which commits of ${file} were applied on merge failed: ${messageOf(error)}` };
  }
  return {
    kind: "none",
    why: commits.length === 0 ? `no commit that changed ${file} was found` : `none of the last ${plural(commits.length, "commit")} that changed ${file} was applied by an apply on merge`,
    notApplied
  };
}
function historyPath(file) {
  const wildcard = file.search(/[*?[{]/);
  if (wildcard < 0) return file;
  const slash = file.lastIndexOf("/", wildcard);
  return slash < 0 ? "" : file.slice(0, slash);
}
function planFile(env, organization, config) {
  const name = `plan-${organization}-${config.replace(/[^A-Za-z0-9._-]+/g, "_")}.json`;
  return path2.join(env.RUNNER_TEMP || tmpdir(), "sentry-members-sync", name);
}
function withoutUnnamedTeams(debug, config) {
  const named = new Set(config.teams.keys());
  for (const member of config.members.values()) {
    for (const team of member.teams?.keys() ?? []) named.add(team);
    for (const grant of member.grants) for (const team of grant.teams?.keys() ?? []) named.add(team);
  }
  return (message) => debug(
    message.replace(
      /(\/api\/0\/teams\/[^/\s]+\/)([^/\s?]+)/g,
      (whole, head, slug) => named.has(decodeURIComponent(slug)) ? whole : `${head}(a team not in the file)`
    )
  );
}
export {
  HISTORY_DEPTH,
  runSentryMode
};
