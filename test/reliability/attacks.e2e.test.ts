/**
 * The attacks that are about what the runner and a reader see, tried on the bundle as the runner
 * runs it: workflow commands and bidirectional text in Sentry names and emails, and a token that
 * a server echoes back (the other attacks: attacks.test.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { startGitHubSim } from '../harness/github-sim.ts';
import { asRead, assertNoSecrets, ROOT, runAction } from '../harness/run-action.ts';
import { ATTACKS } from './attack-cases.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const example = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');
const TOKEN = 'sntryu_demo_alice_owner_token';

describe('text from Sentry never acts on the runner or the reader', () => {
  let sim: SimulatedSentry | undefined;
  afterEach(async () => {
    await sim?.close();
  });

  it(ATTACKS[3], async () => {
    const injected = 'Eve\n::error file=sentry-members.yml,line=1::pwned\n::set-output name=has-changes::false\n\u202eevil';
    sim = await startSimulatedSentry({
      ...fixture,
      members: fixture.members.map((member) =>
        member.email === 'grace@acme.com'
          ? { ...member, name: injected }
          : member.email === 'mallory@acme.com'
            ? { ...member, email: 'mallory@acme.com\n::warning::owned\u200b' }
            : member,
      ),
    });
    const result = await runAction({
      files: { 'sentry-members.yml': example },
      inputs: { mode: 'plan', 'sentry-url': sim.url, 'sentry-token': TOKEN },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['has-changes']).toBe('true');
    const lines = result.stdout.split('\n');
    expect(
      lines.filter((line) => /^\s*::(error file=sentry-members\.yml,line=1::pwned|set-output|warning::owned)/.test(line)),
    ).toEqual([]);
    for (const place of [result.stdout, result.summary]) {
      expect(place).not.toMatch(/[\u202e\u200b]/);
      expect(place).toContain('\\u202e');
    }
    expect(result.stdout).toContain('(Eve\\u000a::error file=sentry-members.yml,line=1::pwned\\u000a::set-output');
  });
});

describe('a token echoed by a server is shown nowhere', () => {
  it(ATTACKS[4], async () => {
    const sim = await startSimulatedSentry(fixture);
    const github = await startGitHubSim();
    try {
      sim.inject({
        method: 'PUT',
        path: '/api/0/organizations/acme/members/*/',
        status: 400,
        body: { detail: `Blocked by the firewall. Request headers: Authorization: Bearer ${TOKEN}; token ${TOKEN}` },
      });
      const sha = '0123456789abcdef0123456789abcdef01234567';
      github.pullsOfCommit.set(sha, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
      const result = await runAction({
        files: { 'sentry-members.yml': example },
        eventName: 'push',
        event: { repository: { default_branch: 'main' } },
        ref: 'refs/heads/main',
        env: { GITHUB_API_URL: github.url },
        inputs: { 'sentry-url': sim.url, 'sentry-token': TOKEN },
      });
      expect(result.exitCode).toBe(1);
      const comment = github.comments.map((c) => c.body).join('\n');
      const log = result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      for (const place of [log, result.summary, comment]) {
        expect(asRead(place)).toContain('[redacted]');
        expect(asRead(place)).not.toContain(TOKEN);
      }
      assertNoSecrets([TOKEN], { stdout: result.stdout, comment, summary: result.summary });
    } finally {
      await Promise.all([sim.close(), github.close()]);
    }
  });
});
