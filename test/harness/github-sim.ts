import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A comment or issue author: GITHUB_TOKEN writes as the Bot github-actions[bot]. */
export interface Author {
  readonly login: string;
  readonly type: 'Bot' | 'User';
}

export const ACTIONS_BOT: Author = { login: 'github-actions[bot]', type: 'Bot' };

export interface SimComment {
  id: number;
  issue: number;
  body: string;
  user: Author;
  /** Hidden by a maintainer ("minimize"). */
  minimized?: boolean;
}

export interface SimIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: Author;
}

export interface GitHubFault {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly times?: number;
}

/**
 * The GitHub endpoints the action uses, on loopback (the action reaches it through
 * GITHUB_API_URL): REST issue comments, pulls of a commit, issues and file contents at a ref
 * (`files`, keyed `ref:path`); GraphQL `viewer` (GITHUB_TOKEN's is github-actions[bot]) and a
 * pull request's comments with `isMinimized` (paged, 2 per page, so paging is exercised; GraphQL
 * names a bot's login without the `[bot]` REST adds, as GitHub does).
 */
export async function startGitHubSim(options: { viewer?: string; pageSize?: number } = {}) {
  const comments: SimComment[] = [];
  const issues: SimIssue[] = [];
  const pullsOfCommit = new Map<string, { number: number; merged_at: string | null }[]>();
  /** File contents by `ref:path`. */
  const files = new Map<string, string>();
  const requests: { method: string; path: string; body: unknown }[] = [];
  const faults: (GitHubFault & { left: number })[] = [];
  let nextId = 1000;
  const pageSize = options.pageSize ?? 2;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = (text ? JSON.parse(text) : undefined) as Record<string, unknown> | undefined;
    const method = req.method ?? 'GET';
    requests.push({ method, path: url.pathname + url.search, body });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    const fault = faults.find((f) => f.method === method && f.path.test(url.pathname));
    if (fault) {
      fault.left--;
      if (fault.left <= 0) faults.splice(faults.indexOf(fault), 1);
      return send(fault.status, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com',
      });
    }
    const paged = <T>(items: T[]) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      const slice = items.slice((page - 1) * pageSize, page * pageSize);
      const headers: Record<string, string> = {};
      if (page * pageSize < items.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
      }
      return send(200, slice, headers);
    };
    const serialize = (comment: SimComment) => ({
      id: comment.id,
      body: comment.body,
      user: comment.user,
      html_url: `https://github.com/c/${comment.id}`,
    });
    const issueJson = (issue: SimIssue) => ({ ...issue, id: issue.number, html_url: `https://github.com/i/${issue.number}` });
    const path = url.pathname;
    if (method === 'POST' && path === '/graphql') {
      const query = String(body?.query ?? '');
      const variables = (body?.variables ?? {}) as Record<string, unknown>;
      if (/viewer\s*\{/.test(query)) return send(200, { data: { viewer: { login: author().login } } });
      if (/issueOrPullRequest/.test(query)) {
        const all = comments.filter((c) => c.issue === Number(variables.number));
        const start = variables.cursor ? Number(variables.cursor) : 0;
        const nodes = all.slice(start, start + pageSize).map((c) => ({
          databaseId: c.id,
          body: c.body,
          isMinimized: c.minimized ?? false,
          author: { login: c.user.type === 'Bot' ? c.user.login.replace(/\[bot\]$/, '') : c.user.login },
        }));
        const hasNextPage = start + pageSize < all.length;
        return send(200, {
          data: {
            repository: {
              issueOrPullRequest: {
                comments: { nodes, pageInfo: { hasNextPage, endCursor: hasNextPage ? String(start + pageSize) : null } },
              },
            },
          },
        });
      }
      return send(200, { errors: [{ message: 'the simulated GitHub knows no such query' }] });
    }
    const content = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(path);
    if (content && method === 'GET') {
      const text = files.get(`${url.searchParams.get('ref') ?? ''}:${decodeURIComponent(content[1] ?? '')}`);
      if (text === undefined) return send(404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(text);
      return;
    }
    if (method === 'GET' && path === '/user') {
      return options.viewer
        ? send(200, { login: options.viewer, type: 'User' })
        : send(403, { message: 'Resource not accessible by integration' });
    }
    const commentsOf = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path);
    const comment = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
    const pullsOf = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/.exec(path);
    const issueOf = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(path);
    if (commentsOf) {
      const issue = Number(commentsOf[1]);
      if (method === 'GET') return paged(comments.filter((c) => c.issue === issue).map(serialize));
      if (method === 'POST') {
        const comment = { id: nextId++, issue, body: String(body?.body ?? ''), user: author() };
        comments.push(comment);
        return send(201, serialize(comment));
      }
    }
    if (comment && method === 'PATCH') {
      const found = comments.find((c) => c.id === Number(comment[1]));
      if (!found) return send(404, { message: 'Not Found' });
      found.body = String(body?.body ?? '');
      return send(200, serialize(found));
    }
    if (pullsOf && method === 'GET') return send(200, pullsOfCommit.get(pullsOf[1] ?? '') ?? []);
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      if (method === 'GET')
        return paged(issues.filter((issue) => issue.state === (url.searchParams.get('state') ?? 'open')).map(issueJson));
      if (method === 'POST') {
        const issue: SimIssue = {
          number: nextId++,
          title: String(body?.title),
          body: String(body?.body ?? ''),
          state: 'open',
          user: author(),
        };
        issues.push(issue);
        return send(201, issueJson(issue));
      }
    }
    if (issueOf && method === 'PATCH') {
      const issue = issues.find((i) => i.number === Number(issueOf[1]));
      if (!issue) return send(404, { message: 'Not Found' });
      if (typeof body?.body === 'string') issue.body = body.body;
      if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
      return send(200, issueJson(issue));
    }
    return send(404, { message: 'Not Found' });
  });

  function author(): Author {
    return options.viewer ? { login: options.viewer, type: 'User' } : ACTIONS_BOT;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    issues,
    pullsOfCommit,
    files,
    requests,
    inject: (fault: GitHubFault) => faults.push({ ...fault, left: fault.times ?? Number.POSITIVE_INFINITY }),
    /** Requests that change something (GraphQL queries are POSTs that read). */
    writes: () => requests.filter((request) => request.method !== 'GET' && request.path !== '/graphql'),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type GitHubSim = Awaited<ReturnType<typeof startGitHubSim>>;
