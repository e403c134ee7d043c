/**
 * Smoke runs of the bundle against the simulated Sentry, with no GitHub API: a plan, an apply with
 * a write that fails, a read that fails, and a blocked change on its line. The engine's rules are
 * tested in test/engine/, what each run publishes in test/publish/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { ROOT, type RunOptions, runAction } from '../harness/run-action.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const example = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');
const TOKEN = 'sntryu_demo_alice_owner_token';

let sim: SimulatedSentry;
beforeEach(async () => {
  sim = await startSimulatedSentry(fixture);
});
afterEach(async () => {
  await sim.close();
});

function run(mode: string, options: Partial<RunOptions> = {}) {
  return runAction({
    files: { 'sentry-members.yml': example },
    ...options,
    inputs: { mode, 'sentry-url': sim.url, 'sentry-token': TOKEN, ...options.inputs },
  });
}

describe('the bundled action against the simulated Sentry', () => {
  it('plan: prints and summarizes the plan, sets the outputs, writes plan.json, and never writes to Sentry', async () => {
    const result = await run('plan');
    expect(result.exitCode).toBe(0);
    expect(sim.writes()).toEqual([]);
    expect(result.outputs).toMatchObject({ 'has-changes': 'true', changes: '5' });
    const plan = JSON.parse(result.planJson ?? '{}');
    expect(plan).toMatchObject({ version: 1, organization: 'acme' });
    expect(result.stdout).toContain('5 to update, 0 to invite, 0 to remove, 0 blocked, 3 unchanged, 2 unlisted, 0 missing');
    expect(result.stdout).toContain('role: member -> manager');
    expect(result.summary).toMatch(
      /^✅ \*\*Planned\*\*: 5 changes to acme · for \[`0123456`\]\(.*\) · \[run\]\(.*\) · Sentry read /,
    );
    expect(result.summary).toContain('  - org role: member -&gt; manager');
  });

  it('apply: a write that keeps failing fails the step, lists it, and the others are made', async () => {
    sim.inject({
      method: 'PUT',
      path: '/api/0/organizations/acme/members/3/',
      status: 400,
      body: { teamRoles: ['Invalid teams'] },
    });
    const result = await run('apply');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ applied: '4', failed: '1' });
    expect(result.of('error').map((error) => error.message)).toContain(
      'update bob@acme.com (Bob Backend) failed: PUT /api/0/organizations/acme/members/3/: HTTP 400: teamRoles: Invalid teams',
    );
    expect(result.summary).toMatch(/^⚠️ \*\*Partly applied\*\*: 4 of 5 changes to acme \(1 failed\)/);
  });

  it('fails before any write when a read fails, and the job summary says why', async () => {
    sim.inject({ method: 'GET', path: '/api/0/organizations/acme/teams/', status: 503 });
    const result = await run('apply');
    expect(result.exitCode).toBe(1);
    expect(result.of('error').at(-1)?.message).toMatch(
      /^reading the organization "acme" from Sentry failed, so nothing was written: GET \/api\/0\/organizations\/acme\/teams\/\?per_page=100: HTTP 503/,
    );
    expect(result.summary).toMatch(
      /^❌ \*\*Failed\*\*: reading Sentry failed \(GET \/api\/0\/organizations\/acme\/teams\/: HTTP 503\)/,
    );
    expect(result.summary).not.toMatch(/valid/);
    expect(sim.writes()).toEqual([]);
  });

  it('annotates a blocked change on its line and fails, still making the others', async () => {
    const file = example.replace('  heidi@acme.com: member', '  heidi@acme.com:\n    role: member\n    teams: [backend]');
    const result = await run('apply', { files: { 'sentry-members.yml': file } });
    expect(result.exitCode).toBe(1);
    const blocked = result.of('error').find((error) => error.properties.title === 'sentry-members-sync: blocked change');
    expect(blocked).toMatchObject({
      properties: { file: 'sentry-members.yml', line: String(file.split('\n').indexOf('  heidi@acme.com:') + 1) },
    });
    expect(blocked?.message).toMatch(/team "sre" is managed by the identity provider/);
    expect(result.outputs).toMatchObject({ applied: '5', failed: '0' });
  });
});
