import { Agent, request } from 'undici';
import type { MemberUpdate } from '../src/plan/types.ts';

export interface BaselineResult {
  readonly ms: number;
  readonly requests: number;
  readonly limited: number;
}

/**
 * The access pattern of a Terraform-style client, as the comparison baseline: one GET per
 * member (as a provider refreshes every resource), then GET + PUT + GET per changed member,
 * 10 at a time; a 429 waits until X-Sentry-Rate-Limit-Reset and tries again.
 */
export async function terraformStyle(
  url: string,
  token: string,
  org: string,
  memberIds: readonly string[],
  updates: readonly MemberUpdate[],
): Promise<BaselineResult> {
  const agent = new Agent({ connections: 10 });
  let requests = 0;
  let limited = 0;
  const call = async (method: string, id: string, body?: unknown): Promise<void> => {
    for (;;) {
      requests++;
      const response = await request(`${url}/api/0/organizations/${org}/members/${id}/`, {
        dispatcher: agent,
        method: method as 'GET' | 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      await response.body.dump();
      if (response.statusCode !== 429) return;
      limited++;
      const reset = Number(response.headers['x-sentry-rate-limit-reset'] ?? 0) * 1000;
      await new Promise((resolve) => setTimeout(resolve, Math.max(50, reset - Date.now() + 10)));
    }
  };
  const inParallel = async <T>(items: readonly T[], work: (item: T) => Promise<void>) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < items.length) {
          const item = items[next++] as T;
          await work(item);
        }
      }),
    );
  };
  const started = performance.now();
  await inParallel(memberIds, (id) => call('GET', id));
  await inParallel(updates, async (update) => {
    await call('GET', update.memberId);
    await call('PUT', update.memberId, update.request);
    await call('GET', update.memberId);
  });
  const ms = performance.now() - started;
  await agent.close();
  return { ms, requests, limited };
}
