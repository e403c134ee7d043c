import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { sentryClientOver } from '../../src/sentry/client.ts';
import type { Http, HttpResponse } from '../../src/sentry/http.ts';

describe('paging through a list', () => {
  it('asks for the next page before handing this one over, so the work overlaps the wait', async () => {
    const events: string[] = [];
    const http: Http = {
      apiRoot: 'https://sentry.example/api/0',
      async request(_method, path) {
        const page = Number(/cursor=(\d)/.exec(path)?.[1] ?? 0);
        events.push(`request ${page}`);
        const link =
          page < 2
            ? `<https://sentry.example/api/0/organizations/acme/members/?per_page=100&cursor=${page + 1}>; rel="next"; results="true"`
            : undefined;
        return {
          status: 200,
          headers: link ? { link } : {},
          body: [{ id: String(page), email: `u${page}@acme.com`, orgRole: 'member', pending: false, expired: false }],
        };
      },
      close: async () => {},
    };
    const members = await sentryClientOver(http).listMembers('acme', (page) => events.push(`page ${page[0]?.id}`));
    expect(members.map((member) => ('email' in member ? member.email : member.id))).toEqual([
      'u0@acme.com',
      'u1@acme.com',
      'u2@acme.com',
    ]);
    expect(events).toEqual(['request 0', 'request 1', 'page 0', 'request 2', 'page 1', 'page 2']);
  });

  it('asks for the next page as soon as the headers of a page are in, before its body is read', async () => {
    const events: string[] = [];
    const http: Http = {
      apiRoot: 'https://sentry.example/api/0',
      async request(_method, path, _body, early) {
        const page = Number(/cursor=(\d)/.exec(path)?.[1] ?? 0);
        events.push(`request ${page}`);
        const headers: Record<string, string> =
          page < 2
            ? {
                link: `<https://sentry.example/api/0/teams/acme/web/members/?per_page=100&cursor=${page + 1}>; rel="next"; results="true"`,
              }
            : {};
        early?.(headers, 200);
        // The body takes a while to come.
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`body ${page}`);
        return {
          status: 200,
          headers,
          body: [{ id: String(page), email: `u${page}@acme.com`, orgRole: 'member', teamRole: null }],
        };
      },
      close: async () => {},
    };
    const roster = await sentryClientOver(http).listTeamMembers('acme', 'web');
    expect(roster.map((entry) => entry.id)).toEqual(['0', '1', '2']);
    // Every page was asked for before any body came; the bodies came last page first, the list is in order.
    expect(events).toEqual(['request 0', 'request 1', 'request 2', 'body 2', 'body 1', 'body 0']);
  });

  it('holds no page once it is decoded, however long the next page takes', async () => {
    // A roster's next page can wait behind a thousand others: its first page, in full, must not wait with it.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const next = '<https://sentry.example/api/0/teams/acme/web/members/?per_page=100&cursor=1>; rel="next"; results="true"';
    const member = (id: number) => ({ id: String(id), email: `u${id}@acme.com`, orgRole: 'member', teamRole: null });
    let firstBody: WeakRef<object> | undefined;
    let answerSecond: ((response: HttpResponse) => void) | undefined;
    const http: Http = {
      apiRoot: 'https://sentry.example/api/0',
      request(_method, path) {
        if (!path.includes('cursor=1')) {
          const body = Array.from({ length: 100 }, (_, index) => member(index));
          firstBody = new WeakRef(body);
          return Promise.resolve({ status: 200, headers: { link: next }, body });
        }
        return new Promise((resolve) => {
          answerSecond = resolve;
        });
      },
      close: async () => {},
    };
    const roster = sentryClientOver(http).listTeamMembers('acme', 'web');
    while (answerSecond === undefined) await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise((resolve) => setTimeout(resolve, 1));
    collect();
    expect(firstBody?.deref()).toBeUndefined();
    answerSecond({ status: 200, headers: {}, body: [member(100)] });
    expect((await roster).map((entry) => entry.id)).toEqual(Array.from({ length: 101 }, (_, index) => String(index)));
  });
});
