import { describe, expect, it } from 'vitest';
import { sentryClientOver } from '../../src/sentry/client.ts';
import type { Http } from '../../src/sentry/http.ts';

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
    expect(members.map((member) => member.email)).toEqual(['u0@acme.com', 'u1@acme.com', 'u2@acme.com']);
    expect(events).toEqual(['request 0', 'request 1', 'page 0', 'request 2', 'page 1', 'page 2']);
  });
});
