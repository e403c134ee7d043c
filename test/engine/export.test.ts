import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportConfig } from '../../src/export/export.ts';
import { EVERYONE, observe } from '../../src/observe/observe.ts';
import type { Fixture } from '../../src/sim/fixture.ts';
import { GENERATED_OWNER_TOKEN, type GenerateOptions, generateOrganization } from '../../src/sim/generate.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { ROOT } from '../harness/run-action.ts';
import { testOrg } from '../sim/org.ts';
import { clientFor, planFor } from './helpers.ts';

const running: SimulatedSentry[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

function generated(options: GenerateOptions, change: (fixture: Fixture) => Fixture = (fixture) => fixture): Fixture {
  return change(generateOrganization(options));
}

describe('export round trip: export, then plan is empty', () => {
  it.each([
    ['a small organization', generated({ members: 12, teams: 3, seed: 1 })],
    ['300 members on 20 teams', generated({ members: 300, teams: 20, seed: 2 })],
    ['many explicit team roles', generated({ members: 150, teams: 8, seed: 3, explicitRoleRate: 0.6 })],
    ['many pending invitations', generated({ members: 120, teams: 5, seed: 4, pendingRate: 0.4 })],
    ['more teams than members (member GETs cheaper than rosters)', generated({ members: 20, teams: 150, seed: 5 })],
    ['no teams at all', generated({ members: 30, teams: 0, seed: 6 })],
    [
      'the retired admin role, team roles off, and flagged members',
      generated({ members: 60, teams: 6, seed: 7 }, (fixture) => ({
        ...fixture,
        organization: { ...fixture.organization, teamRoles: false },
        members: fixture.members.map((member, i) =>
          i === 0 ? member : i % 7 === 0 ? { ...member, orgRole: 'admin', flags: { 'idp:provisioned': i % 2 === 0 } } : member,
        ),
      })),
    ],
  ])('%s', async (_name, fixture) => {
    const sim = await startSimulatedSentry(fixture, { rateLimit: false });
    running.push(sim);
    const client = clientFor(sim, GENERATED_OWNER_TOKEN);
    const { state } = await observe(client, 'generated', EVERYONE).finally(() => client.close());
    // Member-centric (the default) and with team sections: either way, a plan on it is empty.
    for (const layout of ['members', 'teams'] as const) {
      const text = exportConfig(state, { layout });
      if (layout === 'teams' && state.teams.size > 0) expect(text).toMatch(/^teams:\n {2}\S+:/m);
      const plan = await planFor(sim, text, GENERATED_OWNER_TOKEN);
      expect(plan, layout).toMatchObject({
        changes: [],
        blocked: [],
        unlisted: [],
        missing: [],
        unchanged: fixture.members.length,
      });
    }
  });

  it('records that do not fit are left out, listed by id in a comment; the plan on it is empty and reports them', async () => {
    const fixture = generated({ members: 80, teams: 5, seed: 8, oddRate: 0.2 });
    const sim = await startSimulatedSentry(fixture, { rateLimit: false });
    running.push(sim);
    const client = clientFor(sim, GENERATED_OWNER_TOKEN);
    const { state } = await observe(client, 'generated', EVERYONE).finally(() => client.close());
    const odd = state.unfit ?? [];
    expect(odd.length).toBeGreaterThan(2);
    const text = exportConfig(state);
    for (const record of odd) expect(text).toMatch(new RegExp(`^# id ${record.id} \\(`, 'm'));
    const plan = await planFor(sim, text.replace('unlisted: report', 'unlisted: remove'), GENERATED_OWNER_TOKEN);
    expect(plan).toMatchObject({
      changes: [],
      blocked: [],
      unlisted: [],
      missing: [],
      unchanged: fixture.members.length - odd.length,
    });
    expect(plan.unfit?.map((record) => record.id)).toEqual(odd.map((record) => record.id));
    expect(sim.writes()).toEqual([]);
  });

  it('the test organization, every kind of member included', async () => {
    const sim = await startSimulatedSentry(testOrg(), { rateLimit: false });
    running.push(sim);
    const client = clientFor(sim);
    const { state } = await observe(client, 'acme', EVERYONE).finally(() => client.close());
    expect(await planFor(sim, exportConfig(state))).toMatchObject({ changes: [], blocked: [], unchanged: 11 });
  });
});

describe('npm run demo', () => {
  it('runs plan, apply and plan against the built-in simulation, and ends with an empty plan', async () => {
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(process.execPath, [path.join(ROOT, 'src/demo.ts')], { cwd: ROOT, timeout: 60_000 }, (error, out) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout: out }),
      );
    });
    expect(code).toBe(0);
    expect(stdout).toContain('1. sentry-members-sync plan');
    expect(stdout).toContain('Sentry apply: applied 5 changes to acme');
    expect(stdout).toMatch(/Done: 5 member writes \(.*\), and the second plan is empty\./);
  });
});
