import { schema as published } from '@octokit/graphql-schema';
import { buildClientSchema, GraphQLError, type GraphQLSchema, graphql, type IntrospectionQuery } from 'graphql';
import { type GitHubModel, personOf, type SimToken, same } from './model.ts';
import type { SimOrganization } from './organizations.ts';
import type { Answer, Call } from './routes.ts';
import { errorJson, type Person } from './shapes.ts';

/**
 * GraphQL as GitHub answers it: queries are validated and executed against GitHub's published
 * schema (@octokit/graphql-schema) by graphql-js, so a field GitHub does not have is refused as
 * GitHub refuses it, and the answer holds exactly the fields asked for. Resolvers are plain
 * objects and functions handed in by the server. Errors carry GitHub's `type` (NOT_FOUND,
 * FORBIDDEN, INSUFFICIENT_SCOPES, RATE_LIMITED, ...).
 */
let schema: GraphQLSchema | undefined;

/** GitHub's schema, built once per process (about 150 ms). */
export function githubSchema(): GraphQLSchema {
  schema ??= buildClientSchema(published.json as unknown as IntrospectionQuery);
  return schema;
}

/** An error with GitHub's `type`, thrown by a resolver. */
export function githubError(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

export interface GraphQLAnswer {
  data?: unknown;
  errors?: Record<string, unknown>[];
}

export async function execute(query: string, variables: Record<string, unknown>, root: object): Promise<GraphQLAnswer> {
  const result = await graphql({ schema: githubSchema(), source: query, variableValues: variables, rootValue: root });
  if (!result.errors) return { data: result.data };
  const errors = result.errors.map((error) => {
    const { type, ...extensions } = error.extensions as { type?: string };
    return {
      ...(type ? { type } : {}),
      ...(error.path ? { path: error.path } : {}),
      ...(error.locations ? { locations: error.locations } : {}),
      ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
      message: error.message,
    };
  });
  // A query the token has no scope for is refused whole: GitHub sends no data at all.
  if (errors.some((error) => error.type === 'INSUFFICIENT_SCOPES')) return { errors };
  return result.data === undefined || result.data === null ? { errors } : { data: result.data, errors };
}

const cursorOf = (index: number) => Buffer.from(`cursor:v2:${index}`).toString('base64');
const indexOf = (cursor: string) =>
  Number(
    Buffer.from(cursor, 'base64')
      .toString('utf8')
      .replace(/^cursor:v2:/, ''),
  );

/**
 * A connection (`first`/`after`, `nodes`, `edges`, `pageInfo`, `totalCount`) as GitHub pages
 * it: `first` or `last` is required and at most 100; `pageSize` pages smaller still (so tests
 * exercise paging with few items).
 */
export function connection<T>(
  name: string,
  items: readonly T[],
  args: { first?: number | null; last?: number | null; after?: string | null },
  node: (item: T) => unknown,
  pageSize = 100,
) {
  const wanted = args.first ?? args.last;
  if (wanted === undefined || wanted === null)
    throw githubError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  if (wanted > 100 || wanted < 0)
    throw githubError(
      'EXCESSIVE_PAGINATION',
      `Requested ${wanted} records on the \`${name}\` connection, which exceeds the \`${args.first != null ? 'first' : 'last'}\` limit of 100 records.`,
    );
  const start = args.after ? indexOf(args.after) + 1 : 0;
  const slice = items.slice(start, start + Math.min(wanted, pageSize));
  const end = start + slice.length;
  return {
    totalCount: items.length,
    nodes: slice.map(node),
    edges: slice.map((item, offset) => ({ cursor: cursorOf(start + offset), node: node(item) })),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length > 0 ? cursorOf(start) : null,
      endCursor: slice.length > 0 ? cursorOf(end - 1) : null,
    },
  };
}

const graphqlLogin = (person: Person) => (person.type === 'Bot' ? person.login.replace(/\[bot\]$/, '') : person.login);
const actor = (who: Person | undefined) => (who ? { __typename: who.type, login: graphqlLogin(who) } : null);

/**
 * POST /graphql: 401 without a token, else the query executed against GitHub's schema with
 * these resolvers: `viewer`, `rateLimit`, a pull request's (or issue's) comments, and an
 * organization's SAML identities.
 */
export async function answerGraphQL(model: GitHubModel, call: Call): Promise<Answer> {
  if (!call.token)
    return {
      status: 401,
      body: errorJson(
        'This endpoint requires you to be authenticated.',
        'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
      ),
    };
  const person = personOf(call.account);
  const root = {
    viewer: () => ({ __typename: person.type, login: person.login }),
    rateLimit: () => ({
      limit: Number(call.rateLimit['x-ratelimit-limit']),
      remaining: Number(call.rateLimit['x-ratelimit-remaining']),
      used: Number(call.rateLimit['x-ratelimit-used']),
      cost: 1,
      nodeCount: 0,
      resetAt: new Date(Number(call.rateLimit['x-ratelimit-reset']) * 1000).toISOString(),
    }),
    repository: () => ({
      issueOrPullRequest: ({ number }: { number: number }) => ({
        __typename: model.issues.some((issue) => issue.number === number) ? 'Issue' : 'PullRequest',
        comments: (args: { first?: number; after?: string }) =>
          connection(
            'comments',
            model.comments.filter((c) => c.issue === number),
            args,
            (c) => ({
              id: Buffer.from(`IssueComment:${c.id}`).toString('base64url'),
              databaseId: c.id,
              body: c.body,
              isMinimized: c.minimized ?? false,
              author: actor(c.user),
              editor: actor(c.editor),
              lastEditedAt: c.lastEditedAt ?? null,
              createdAt: '2026-11-27T10:00:00Z',
            }),
            model.options.pageSize,
          ),
      }),
    }),
    organization: ({ login }: { login: string }) => {
      const organization = model.organizations.find(login);
      if (!organization) throw githubError('NOT_FOUND', `Could not resolve to an Organization with the login of '${login}'.`);
      return { login: organization.login, samlIdentityProvider: () => samlProvider(call.account, organization) };
    },
  };
  const body = call.body ?? {};
  return { status: 200, body: await execute(String(body.query ?? ''), (body.variables ?? {}) as Record<string, unknown>, root) };
}

/** Visible to an app with members read, and to a person with read:org who owns the organization. */
function samlProvider(account: SimToken, organization: SimOrganization) {
  const mayRead = account.orgs?.some((o) => same(o, organization.login)) ?? false;
  if (account.kind === 'app' && !mayRead) throw githubError('FORBIDDEN', 'Resource not accessible by integration');
  if (account.kind === 'user' && !mayRead)
    throw githubError(
      'INSUFFICIENT_SCOPES',
      "Your token has not been granted the required scopes to execute this query. The 'samlIdentityProvider' field requires one of the following scopes: ['read:org'], but your token has only been granted the: ['repo'] scopes. Please modify your token's granted scopes at: https://github.com/settings/tokens.",
    );
  const owner = organization.owners.some((o) => same(o, account.login));
  if (!organization.saml || (account.kind === 'user' && !owner)) return null;
  const identities = organization.saml;
  return {
    ssoUrl: `https://idp.example.com/sso/${organization.login}`,
    externalIdentities: (args: { first?: number; after?: string }) =>
      connection('externalIdentities', identities, args, (identity) => ({
        guid: Buffer.from(`${organization.login}:${identity.nameId}`).toString('base64url'),
        samlIdentity: { nameId: identity.nameId, emails: [{ value: identity.nameId }], username: identity.nameId },
        user: identity.login ? { __typename: 'User', login: identity.login } : null,
      })),
  };
}
