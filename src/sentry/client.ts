import type { ModelInvitation } from '../domain/org-state.ts';
import type { OrgRole, TeamRole } from '../domain/roles.ts';
import {
  DecodeError,
  decodeListedMember,
  decodeMemberDetail,
  decodeMemberRow,
  decodeModelInvitation,
  decodeRosterEntry,
  decodeTeam,
  type ListedMember,
  list,
  type MemberDetail,
  type MemberRow,
  type RosterEntry,
  type TeamInfo,
} from './decode.ts';
import { SentryApiError } from './errors.ts';
import { createHttp, type Http, type HttpOptions, type HttpResponse } from './http.ts';

/** The body of a member PUT: always the complete team list (a PUT without it wipes the teams). */
export interface MemberUpdateBody {
  readonly orgRole?: OrgRole;
  readonly teamRoles: readonly { readonly teamSlug: string; readonly role: TeamRole | null }[];
}

export interface InviteBody {
  readonly email: string;
  readonly orgRole: OrgRole;
  readonly teamRoles?: readonly { readonly teamSlug: string; readonly role: TeamRole | null }[];
  readonly sendInvite: true;
}

/** Sentry's member API, narrowed to what this action uses. Every method throws SentryApiError. */
export interface SentryClient {
  /**
   * `onPage` sees each page as it arrives, so dependent reads can start before the last page. A
   * record that does not fit (no email, ...) is a row of its own kind, not a failed read.
   */
  listMembers(org: string, onPage?: (page: readonly MemberRow[]) => void): Promise<MemberRow[]>;
  listTeams(org: string, onPage?: (page: readonly TeamInfo[]) => void): Promise<TeamInfo[]>;
  /** `memberCount`, when known, bounds how many pages the roster may take. */
  listTeamMembers(org: string, team: string, memberCount?: number): Promise<RosterEntry[]>;
  /**
   * Pending invitations of Sentry's newer invitation model (`/invited-members/`), which the
   * member list leaves out; undefined when the organization does not have that model (Sentry
   * answers 403 without the feature, older servers 404).
   */
  listModelInvitations(org: string): Promise<ModelInvitation[] | undefined>;
  /** Members and invitations matching Sentry's `query` syntax (e.g. `email:a@b.c`). */
  searchMembers(org: string, query: string): Promise<MemberRow[]>;
  getMember(org: string, id: string): Promise<MemberDetail>;
  updateMember(org: string, id: string, body: MemberUpdateBody): Promise<MemberDetail>;
  inviteMember(org: string, body: InviteBody): Promise<ListedMember>;
  reinviteMember(org: string, id: string): Promise<void>;
  removeMember(org: string, id: string): Promise<void>;
  close(): Promise<void>;
}

export function createSentryClient(options: HttpOptions): SentryClient {
  return sentryClientOver(createHttp(options));
}

const segment = encodeURIComponent;

/** Pages of a list without a count (members, teams): a million entries. */
const MAX_PAGES = 10_000;

export function sentryClientOver(http: Http): SentryClient {
  /**
   * Follows rel="next" while results="true" (Sentry's Link header), decoding every item. The
   * next page is requested as soon as this one's headers are in, before its body is read,
   * decoded and handed to `onPage`: the pages are a chain, so the work on each page overlaps the
   * wait for the next. A server that never ends the chain is stopped: a next-page link seen
   * before, or more pages than `maxPages`, fails the read.
   */
  async function paginate<T>(
    path: string,
    decode: (value: unknown, where: string) => T,
    onPage?: (page: readonly T[]) => void,
    maxPages = MAX_PAGES,
    query?: string,
  ): Promise<T[]> {
    const pages: T[][] = [];
    const url = `${path}?per_page=100${query === undefined ? '' : `&query=${encodeURIComponent(query)}`}`;
    const seen = new Set([new URL(url, 'http://x').search]);
    await readPage({ path, decode, maxPages, seen, pages, onPage }, url, 0);
    return pages.flat();
  }

  /**
   * A page of a chain and, once it is in, the rest: the next page is asked for when this one's
   * headers come, and this one is decoded and handed over as soon as its body is in. Only the
   * decoded items outlive this: a response held while the next page waits its turn (behind a
   * thousand rosters) would hold every item Sentry sent in full.
   */
  async function readPage<T>(chain: Chain<T>, url: string, page: number): Promise<void> {
    let followed = false;
    let next: Promise<void> | undefined;
    const follow = (headers: HttpResponse['headers'], status: number) => {
      if (followed) return;
      followed = true;
      const nextUrl = nextPage(headers.link);
      if (nextUrl === undefined) return;
      const refused = refusedNext(chain, nextUrl, page, status);
      next = refused ? Promise.reject(refused) : readPage(chain, nextUrl, page + 1);
      // Should this page fail, the next one's outcome no longer matters.
      next.catch(ignore);
    };
    const response = await http.request('GET', url, undefined, follow);
    // An Http that gives no headers early: follow the link now.
    follow(response.headers, response.status);
    const items = decodePage(response.body, page * 100, chain.decode, url, chain.path);
    // A page's body may come after the next page's (a large body read slowly): kept in its place.
    chain.pages[page] = items;
    chain.onPage?.(items);
    return next;
  }

  return {
    listMembers: (org, onPage) => paginate(`/organizations/${segment(org)}/members/`, decodeMemberRow, onPage),
    listTeams: (org, onPage) => paginate(`/organizations/${segment(org)}/teams/`, decodeTeam, onPage),
    listTeamMembers: (org, team, memberCount) =>
      paginate(
        `/teams/${segment(org)}/${segment(team)}/members/`,
        decodeRosterEntry,
        undefined,
        // Room for the team to double while it is read, and a page more.
        memberCount === undefined ? MAX_PAGES : Math.ceil((2 * memberCount + 100) / 100) + 1,
      ),
    async listModelInvitations(org) {
      try {
        const items = await paginate(`/organizations/${segment(org)}/invited-members/`, decodeModelInvitation);
        return items.filter((item): item is ModelInvitation => item !== undefined);
      } catch (error) {
        if (error instanceof SentryApiError && (error.status === 403 || error.status === 404)) return undefined;
        throw error;
      }
    },
    searchMembers: (org, query) =>
      paginate(`/organizations/${segment(org)}/members/`, decodeMemberRow, undefined, MAX_PAGES, query),
    async getMember(org, id) {
      const path = `/organizations/${segment(org)}/members/${segment(id)}/`;
      const response = await http.request('GET', path);
      return decoded(() => decodeMemberDetail(response.body, 'member'), 'GET', path);
    },
    async updateMember(org, id, body) {
      const path = `/organizations/${segment(org)}/members/${segment(id)}/`;
      const response = await http.request('PUT', path, body);
      return decoded(() => decodeMemberDetail(response.body, 'member'), 'PUT', path);
    },
    async inviteMember(org, body) {
      const path = `/organizations/${segment(org)}/members/`;
      const response = await http.request('POST', path, body);
      return decoded(() => decodeListedMember(response.body, 'member'), 'POST', path);
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

/** A list being read page by page. */
interface Chain<T> {
  readonly path: string;
  readonly decode: (value: unknown, where: string) => T;
  readonly maxPages: number;
  /** The queries of the pages asked for so far. */
  readonly seen: Set<string>;
  /** The items decoded so far, by page. */
  readonly pages: T[][];
  readonly onPage: ((page: readonly T[]) => void) | undefined;
}

const ignore = (): void => {};

/** Why a page's next link is not followed (it was read before, or too many pages), or undefined: follow it. */
function refusedNext<T>(chain: Chain<T>, nextUrl: string, page: number, status: number): SentryApiError | undefined {
  const where = `/api/0${chain.path}`;
  const query = new URL(nextUrl, 'http://x').search;
  if (chain.seen.has(query))
    return new SentryApiError('GET', where, status, `Sentry's pages do not end: the next page (${query}) was read before`, {
      hint: (words) => `a Sentry server does not page like this: check ${words.url}, then run again`,
    });
  if (page + 1 >= chain.maxPages)
    return new SentryApiError('GET', where, status, `more than ${chain.maxPages} pages, more than the counts Sentry gave allow`, {
      hint: () => 'the list grew while it was read, or the server pages wrongly: run again',
    });
  chain.seen.add(query);
  return undefined;
}

/** The items of a page of a list, each decoded; `first` is the index of its first item in the list. */
function decodePage<T>(
  body: unknown,
  first: number,
  decode: (value: unknown, where: string) => T,
  url: string,
  path: string,
): T[] {
  const items = decoded(() => list(body, 'response'), 'GET', url);
  return decoded(() => items.map((item, index) => decode(item, `item ${first + index}`)), 'GET', path);
}

function decoded<T>(decode: () => T, method: string, path: string): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof DecodeError) {
      // As the other errors name it: the path on the server, without the query.
      const shown = /^https?:/.test(path) ? new URL(path).pathname : `/api/0${path.split('?')[0] ?? path}`;
      throw new SentryApiError(method, shown, 200, `unexpected response from Sentry: ${error.message}`, {
        cause: error,
        hint: (words) => `is ${words.url} a Sentry server?`,
      });
    }
    throw error;
  }
}

/** The `rel="next"` URL of a Link header when its `results` is "true". */
export function nextPage(header: string | string[] | undefined): string | undefined {
  const text = Array.isArray(header) ? header.join(', ') : (header ?? '');
  for (const part of text.split(/,\s*(?=<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const params = match[2] ?? '';
    if (/;\s*rel="?next"?/.test(params) && /;\s*results="?true"?/.test(params)) return match[1];
  }
  return undefined;
}
