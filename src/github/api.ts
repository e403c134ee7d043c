import * as github from '@actions/github';

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly authorLogin: string;
  /** Hidden by someone ("minimized"): never reused. */
  readonly minimized: boolean;
  /** Who edited it last (GraphQL `editor`; '' for a deleted account), when it was edited: anyone with write access may edit it. */
  readonly editorLogin?: string;
}

export interface OpenIssue {
  readonly number: number;
  readonly body: string;
  /** Who opened it (REST `user.login`). */
  readonly authorLogin: string;
}

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

/** The few GitHub REST calls the action makes, behind a narrow interface (tests point it at a loopback server). */
export interface GitHubApi {
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<void>;
  updateComment(id: number, body: string): Promise<void>;
  /** Pull requests a commit belongs to (GET /repos/{owner}/{repo}/commits/{sha}/pulls). */
  pullRequestsOf(sha: string): Promise<{ readonly number: number; readonly merged: boolean }[]>;
  /** The first open issue that `accept` takes (by its body and author), if any. */
  findOpenIssue(accept: (issue: OpenIssue) => boolean): Promise<OpenIssue | undefined>;
  /** The newest commits reachable from `ref` that changed something at `path` (a file or a folder), newest first, at most `count`. */
  commitsTouching(path: string, ref: string, count: number): Promise<string[]>;
  createIssue(title: string, body: string): Promise<number>;
  updateIssue(number: number, change: { body?: string; state?: 'open' | 'closed' }): Promise<void>;
  /** The login of the token's own identity (GraphQL `viewer`: also for GITHUB_TOKEN, github-actions[bot]). */
  viewer(): Promise<string | undefined>;
  /** A file's text at a commit, or undefined when it is not there. */
  fileAt(path: string, ref: string): Promise<string | undefined>;
}

const COMMENTS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    issueOrPullRequest(number: $number) {
      ... on PullRequest { comments(first: 100, after: $cursor) { nodes { databaseId body isMinimized author { login } editor { login } lastEditedAt } pageInfo { hasNextPage endCursor } } }
      ... on Issue { comments(first: 100, after: $cursor) { nodes { databaseId body isMinimized author { login } editor { login } lastEditedAt } pageInfo { hasNextPage endCursor } } }
    }
  }
}`;

interface CommentsPage {
  repository: {
    issueOrPullRequest: {
      comments: {
        nodes: {
          databaseId: number;
          body: string;
          isMinimized: boolean;
          author: { login: string } | null;
          editor: { login: string } | null;
          lastEditedAt: string | null;
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  };
}

/**
 * Octokit from @actions/github. Its base URL is `baseUrl` when given (GITHUB_API_URL, as the
 * action reads it when it runs), else GITHUB_API_URL as it was when @actions/github loaded.
 */
export function createGitHubApi(token: string, repo: Repo, baseUrl?: string): GitHubApi {
  const octokit = github.getOctokit(token, baseUrl ? { baseUrl } : {});
  return {
    async listComments(issue) {
      const comments: IssueComment[] = [];
      let cursor: string | null = null;
      for (;;) {
        const page: CommentsPage = await octokit.graphql<CommentsPage>(COMMENTS_QUERY, { ...repo, number: issue, cursor });
        const found = page.repository.issueOrPullRequest?.comments;
        if (!found) return comments;
        for (const node of found.nodes)
          comments.push({
            id: node.databaseId,
            body: node.body,
            authorLogin: node.author?.login ?? '',
            minimized: node.isMinimized,
            ...(node.lastEditedAt ? { editorLogin: node.editor?.login ?? '' } : {}),
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
      return data.map((pull) => ({ number: pull.number, merged: pull.merged_at !== null && pull.merged_at !== undefined }));
    },
    async findOpenIssue(accept) {
      for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        ...repo,
        state: 'open',
        per_page: 100,
      })) {
        for (const issue of page.data) {
          if (issue.pull_request) continue;
          const open = { number: issue.number, body: issue.body ?? '', authorLogin: issue.user?.login ?? '' };
          if (accept(open)) return open;
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
        const data = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
        return data.viewer.login;
      } catch {
        return undefined;
      }
    },
    async fileAt(path, ref) {
      try {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
        return typeof data === 'string' ? data : undefined;
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined;
        throw error;
      }
    },
  };
}
