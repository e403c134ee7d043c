import * as github from '@actions/github';

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly authorLogin: string;
  readonly authorType: string;
}

export interface OpenIssue {
  readonly number: number;
  readonly body: string;
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
  /** The open issue whose body holds `marker`, if any. */
  findOpenIssue(marker: string): Promise<OpenIssue | undefined>;
  createIssue(title: string, body: string): Promise<number>;
  updateIssue(number: number, change: { body?: string; state?: 'open' | 'closed' }): Promise<void>;
  /** The login of the token's user; undefined for installation tokens (GITHUB_TOKEN), which may not ask. */
  viewer(): Promise<string | undefined>;
}

/** Octokit from @actions/github; its base URL comes from GITHUB_API_URL (GitHub Enterprise, tests). */
export function createGitHubApi(token: string, repo: Repo): GitHubApi {
  const octokit = github.getOctokit(token);
  return {
    async listComments(issue) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
      return comments.map((comment) => ({
        id: comment.id,
        body: comment.body ?? '',
        authorLogin: comment.user?.login ?? '',
        authorType: comment.user?.type ?? '',
      }));
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
        if (found) return { number: found.number, body: found.body ?? '' };
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
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch {
        return undefined;
      }
    },
  };
}
