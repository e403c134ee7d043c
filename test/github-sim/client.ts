import type { GitHubSim } from '../harness/github-sim.ts';

/** A token the tests register as an app installed with organization members read access. */
export const TEAMS_TOKEN = 'ghs_teams_app_token_with_members_read';

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** One request to the simulated GitHub, as a client on the wire sends it (a token unless `token: null`). */
export async function call(
  sim: GitHubSim,
  method: string,
  path: string,
  options: { readonly token?: string | null; readonly body?: unknown; readonly accept?: string } = {},
): Promise<Answer> {
  const token = options.token === undefined ? 'ghs_fake_github_token' : options.token;
  const response = await fetch(`${sim.url}${path}`, {
    method,
    headers: {
      accept: options.accept ?? 'application/vnd.github+json',
      ...(token === null ? {} : { authorization: `token ${token}` }),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, headers: Object.fromEntries(response.headers), body: json && text ? JSON.parse(text) : text };
}

export const graphql = (sim: GitHubSim, query: string, variables: Record<string, unknown> = {}, token?: string | null) =>
  call(sim, 'POST', '/graphql', { body: { query, variables }, ...(token === undefined ? {} : { token }) });
