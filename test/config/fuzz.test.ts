import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseConfig } from '../../src/config/load.ts';
import type { LoadResult } from '../../src/config/model.ts';

const SEED = Number(process.env.FC_SEED ?? 20261127);

/** Either a valid model, or errors that each say something and point at a line. */
function expectClearOutcome(result: LoadResult) {
  if (result.ok) {
    expect(result.config.members).toBeInstanceOf(Map);
    return;
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  for (const problem of errors) {
    expect(problem.message.length).toBeGreaterThan(10);
    expect(problem.message).not.toMatch(/\n\s+at /); // never a stack trace
    expect(problem.line).toBeGreaterThanOrEqual(1);
  }
}

async function timed(input: string | Uint8Array): Promise<LoadResult> {
  const started = performance.now();
  const result = await parseConfig(input, 'fuzz.yml');
  expect(performance.now() - started).toBeLessThan(2_000);
  return result;
}

describe('the loader never crashes, hangs or answers without a line', () => {
  it('on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => expectClearOutcome(await timed(text))),
      { numRuns: 400, seed: SEED },
    );
  });

  it('on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => expectClearOutcome(await timed(bytes))),
      { numRuns: 300, seed: SEED },
    );
  });

  it('on arbitrary YAML values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 4 }), async (value) => expectClearOutcome(await timed(stringify(value) ?? ''))),
      { numRuns: 300, seed: SEED },
    );
  });

  it('on arbitrary values in the shape of a config file', async () => {
    const member = fc.oneof(
      fc.constantFrom('member', 'manager', 'owner', 'billing', 'admin', 'boss'),
      fc.record(
        {
          role: fc.oneof(fc.constantFrom('member', 'manager', 'billing'), fc.anything({ maxDepth: 1 })),
          teams: fc.oneof(
            fc.array(fc.oneof(fc.constantFrom('web', 'api', 'Web', '123'), fc.string()), { maxLength: 4 }),
            fc.dictionary(
              fc.constantFrom('web', 'api', '__proto__', 'constructor'),
              fc.oneof(fc.constantFrom('admin', 'contributor'), fc.anything({ maxDepth: 1 })),
            ),
            fc.anything({ maxDepth: 1 }),
          ),
          extra: fc.anything({ maxDepth: 1 }),
        },
        { requiredKeys: [] },
      ),
      fc.anything({ maxDepth: 2 }),
    );
    const email = fc.oneof(
      fc.emailAddress(),
      fc.constantFrom('a@acme.com', 'A@ACME.com', '__proto__', 'constructor'),
      fc.string(),
    );
    const config = fc.record(
      {
        organization: fc.oneof(fc.constantFrom('acme'), fc.anything({ maxDepth: 1 })),
        unlisted: fc.constantFrom('report', 'ignore', 'remove', 'delete'),
        missing: fc.constantFrom('report', 'invite', 'add'),
        ignore: fc.array(email, { maxLength: 3 }),
        members: fc.dictionary(email, member, { maxKeys: 6 }),
      },
      { requiredKeys: [] },
    );
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(config, async (value) => {
        const result = await timed(stringify(value));
        if (result.ok) valid++;
        expectClearOutcome(result);
      }),
      { numRuns: 500, seed: SEED },
    );
    expect(valid).toBeGreaterThan(0);
  });
});

it('refuses a 100,000-member file clearly or loads it: here it loads', async () => {
  const lines = ['members:'];
  for (let i = 0; i < 100_000; i++) lines.push(`  u${i}@acme.com: member`);
  const result = await parseConfig(lines.join('\n'), 'big.yml');
  expect(result.ok && result.config.members.size).toBe(100_000);
});
