import { describe, expect, it } from 'vitest';
import { describeRateLimit, rateLimitOf, WaitBudget } from '../../src/github/rate-limits.ts';

const NOW = Date.parse('2026-11-27T10:00:00Z');

describe('WaitBudget: the time spent waiting for rate limits in a run, at most the cap', () => {
  it.each([
    ['one short wait', [[0, 10_000]], [true]],
    [
      'waits that add up past the cap: the last one is refused',
      [
        [0, 40_000],
        [40_000, 30_000],
      ],
      [true, false],
    ],
    [
      'waits for the same reset at once count once',
      [
        [0, 50_000],
        [0, 50_000],
        [1_000, 49_000],
      ],
      [true, true, true],
    ],
    ['a wait longer than the cap is refused whole', [[0, 61_000]], [false]],
    [
      'a refused wait costs nothing: a shorter one still fits',
      [
        [0, 61_000],
        [0, 59_000],
      ],
      [false, true],
    ],
    ['exactly the cap fits', [[0, 60_000]], [true]],
  ] as const)('%s', (_name, waits, expected) => {
    let now = NOW;
    const budget = new WaitBudget(60_000, () => now);
    const allowed = waits.map(([at, wait]) => {
      now = NOW + at;
      return budget.allow(wait);
    });
    expect(allowed).toEqual(expected);
  });
});

describe('rateLimitOf: which limit an answer reports', () => {
  const headers = {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(NOW / 1000 + 600),
    'x-ratelimit-resource': 'core',
  };
  it.each([
    [
      '403 with nothing left: the primary limit',
      403,
      headers,
      'API rate limit exceeded for user ID 1.',
      false,
      { kind: 'primary', resetAt: NOW + 600_000 },
    ],
    [
      '429 with nothing left: the primary limit',
      429,
      headers,
      'API rate limit exceeded',
      false,
      { kind: 'primary', resource: 'core', limit: 5000 },
    ],
    [
      '403 saying "secondary rate limit"',
      403,
      { ...headers, 'x-ratelimit-remaining': '4000' },
      'You have exceeded a secondary rate limit.',
      false,
      { kind: 'secondary', resetAt: undefined },
    ],
    [
      '429 with retry-after: a secondary limit, until then',
      429,
      { 'retry-after': '30' },
      'Too many',
      false,
      { kind: 'secondary', resetAt: NOW + 30_000 },
    ],
    [
      '200 with RATE_LIMITED (GraphQL)',
      200,
      { ...headers, 'x-ratelimit-resource': 'graphql' },
      'API rate limit exceeded',
      true,
      { kind: 'primary', resource: 'graphql' },
    ],
    [
      '403 with budget left and no retry-after: not a rate limit',
      403,
      { ...headers, 'x-ratelimit-remaining': '12' },
      'Resource not accessible by integration',
      false,
      undefined,
    ],
    ['404: not a rate limit', 404, headers, 'Not Found', false, undefined],
  ] as const)('%s', (_name, status, answerHeaders, message, graphqlRateLimited, expected) => {
    const hit = rateLimitOf({ status, headers: answerHeaders, message, graphqlRateLimited }, NOW);
    if (expected === undefined) expect(hit).toBeUndefined();
    else expect(hit).toMatchObject(expected);
  });
});

describe('describeRateLimit: which limit, and when it resets', () => {
  it.each([
    [
      { kind: 'primary', resource: 'core', limit: 5000, resetAt: NOW + 25 * 60_000 },
      "GitHub's primary rate limit for core (5000 requests an hour) is spent until 10:25:00 UTC, in 25 min",
    ],
    [
      { kind: 'primary', resource: 'graphql', limit: 5000, resetAt: NOW + 90_000 },
      "GitHub's primary rate limit for graphql (5000 points an hour) is spent until 10:01:30 UTC, in 90 s",
    ],
    [
      { kind: 'primary', resource: undefined, limit: undefined, resetAt: undefined },
      "GitHub's primary rate limit for this token is spent",
    ],
    [
      { kind: 'secondary', resource: 'core', limit: 5000, resetAt: NOW + 120_000 },
      "GitHub's secondary rate limit (too many requests in a short time) asks to wait until 10:02:00 UTC, in 2 min",
    ],
    [
      { kind: 'secondary', resource: undefined, limit: undefined, resetAt: undefined },
      "GitHub's secondary rate limit (too many requests in a short time) asks to wait (no time given)",
    ],
  ] as const)('%j', (hit, expected) => {
    expect(describeRateLimit(hit, NOW)).toBe(expected);
  });
});
