import { expect } from 'vitest';
import type { SimulatedSentry } from '../../src/sim/server.ts';
import { requestErrors, responseErrors } from './openapi.ts';

export interface SimResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly text: string;
}

/**
 * A plain HTTP call to the simulation. Every successful JSON response is checked against the
 * published OpenAPI schema of its operation, and every PUT/POST body against the request schema.
 */
export async function call(
  sim: SimulatedSentry,
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown /** A body outside the published schema (deprecated fields, errors). */;
    raw?: boolean;
  } = {},
) {
  const token = options.token ?? sim.token;
  if (options.body !== undefined && !options.raw && (method === 'PUT' || method === 'POST')) {
    expect(requestErrors(method, path, options.body)).toEqual([]);
  }
  const response = await fetch(`${sim.url}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (response.status < 300 && body !== undefined) expect(responseErrors(method, path, response.status, body)).toEqual([]);
  return { status: response.status, headers: response.headers, body, text } satisfies SimResponse;
}

/** Follows rel="next" while results="true", as a client must; returns every item and the pages read. */
export async function readAll(sim: SimulatedSentry, path: string, token?: string): Promise<{ items: unknown[]; pages: number }> {
  const items: unknown[] = [];
  let next: string | undefined = `${sim.url}${path}`;
  let pages = 0;
  while (next) {
    const url = new URL(next);
    const response = await call(sim, 'GET', url.pathname + url.search, token === undefined ? {} : { token });
    expect(response.status).toBe(200);
    items.push(...(response.body as unknown[]));
    pages++;
    next = nextLink(response.headers.get('link') ?? '');
  }
  return { items, pages };
}

export function nextLink(header: string): string | undefined {
  for (const part of header.split(/,\s*(?=<)/)) {
    const match = /^<([^>]+)>;\s*rel="next";\s*results="(true|false)"/.exec(part.trim());
    if (match?.[2] === 'true') return match[1];
  }
  return undefined;
}
