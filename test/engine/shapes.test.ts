/**
 * A config that fits real organizations, through the engine both front doors run, in memory
 * against the simulated Sentry (the bundle runs a file per team in shapes.e2e.test.ts): temporary
 * access shown with its end and taken back by the first run after it, a percentage guard, and a
 * config split into a file per team whose problems name their file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_WORDS } from '../../src/action/inputs.ts';
import type { Guards } from '../../src/apply/apply.ts';
import { failuresOf, type RunOutcome, runSentry } from '../../src/engine/run.ts';
import { validateConfig } from '../../src/engine/validate.ts';
import { describeFailure } from '../../src/render/failures.ts';
import { applyText, planText } from '../../src/render/plan-text.ts';
import type { Fixture } from '../../src/sim/fixture.ts';
import type { SimulatedSentry } from '../../src/sim/server.ts';
import { ROOT } from '../harness/run-action.ts';
import { workspaceWith } from '../harness/workspace.ts';
import { rules } from '../plan/builders.ts';
import { clientFor, simulations } from './helpers.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const start = simulations({});
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The config at `given` (a file or a directory below `dir`), run in a mode now, as the front doors run it. */
async function run(
  sim: SimulatedSentry,
  dir: string,
  given: string,
  mode: 'plan' | 'apply',
  guards: Guards = { maxChanges: 50, maxRemovals: 5 },
): Promise<RunOutcome> {
  const validated = await validateConfig(given, dir);
  if (validated.kind !== 'validated') return validated;
  const client = clientFor(sim);
  try {
    return await runSentry(client, {
      mode,
      config: validated.config,
      warnings: validated.warnings,
      organization: 'acme',
      guards,
      options: rules({ now: Date.now() }),
    });
  } finally {
    await client.close();
  }
}

const workspace = (files: Record<string, string>) => workspaceWith(files);

const granted = (until: string) =>
  `organization: acme\nunlisted: ignore\nmembers:\n  alice@acme.com: {role: owner, teams: {platform: admin}}\n  dana@acme.com:\n    role: member\n    grants:\n      - role: manager\n        until: ${until}\n`;

describe('temporary access', () => {
  it('a grant holds until its end: the plan shows it, with a warning on its line when the end is near', async () => {
    const sim = await start(fixture);
    const outcome = await run(sim, await workspace({ 'sentry-members.yml': granted(day(3)) }), 'sentry-members.yml', 'plan');
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    expect(failuresOf(outcome)).toEqual([]);
    const text = planText(outcome.plan);
    expect(text).toContain('org role: member -> manager');
    expect(text).toMatch(new RegExp(`dana@acme\\.com: org role manager until ${day(3)}, in [34] days`));
    expect(outcome.plan.warnings).toContainEqual({
      message: expect.stringMatching(/^the grant of org role manager to dana@acme\.com ends \S+ \(in [34] days\)$/),
      line: 8,
      file: 'sentry-members.yml',
    });
  });

  it('the first run after the end takes it back, and says why', async () => {
    const sim = await start(fixture);
    const dana = sim.org.findByEmail('dana@acme.com');
    if (dana) dana.orgRole = 'manager';
    const outcome = await run(sim, await workspace({ 'sentry-members.yml': granted(day(-1)) }), 'sentry-members.yml', 'apply');
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    expect(failuresOf(outcome)).toEqual([]);
    expect(sim.org.findByEmail('dana@acme.com')?.orgRole).toBe('member');
    expect(planText(outcome.plan)).toContain(`grant ended ${day(-1)}: org role manager -> member`);
  });

  it('an entry that has ended removes the member, whatever unlisted says; validate warns first', async () => {
    const sim = await start(fixture);
    const text = `organization: acme\nunlisted: ignore\nmembers:\n  alice@acme.com: {role: owner, teams: {platform: admin}}\n  grace@acme.com:\n    role: member\n    teams: [web]\n    until: ${day(-2)}\n`;
    const dir = await workspace({ 'sentry-members.yml': text });
    const validated = await validateConfig('sentry-members.yml', dir);
    expect(validated.kind === 'validated' && validated.warnings).toEqual([
      {
        severity: 'warning',
        file: 'sentry-members.yml',
        line: 5,
        column: 3,
        message: `the entry of grace@acme.com ended ${day(-2)}: the next apply removes the member (or remove the entry)`,
      },
    ]);
    const outcome = await run(sim, dir, 'sentry-members.yml', 'apply');
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    expect(sim.org.findByEmail('grace@acme.com')).toBeUndefined();
    expect(applyText(outcome.result, outcome.plan)).toContain('done: remove grace@acme.com');
    expect(planText(outcome.plan)).toContain(`remove (expired ${day(-2)}): the entry ended; was member`);
  });
});

describe('relative guards', () => {
  it('a percentage of max-removals stops an apply, writing nothing, and says the numbers', async () => {
    const sim = await start(fixture);
    const text = 'organization: acme\nunlisted: remove\nmembers:\n  alice@acme.com: {role: owner, teams: {platform: admin}}\n';
    const outcome = await run(sim, await workspace({ 'sentry-members.yml': text }), 'sentry-members.yml', 'apply', {
      maxChanges: 50,
      maxRemovals: { percent: 25 },
    });
    expect(sim.writes()).toEqual([]);
    expect(failuresOf(outcome).map((failure) => describeFailure(failure, ACTION_WORDS))).toEqual([
      expect.stringMatching(
        /^the plan removes 10 members, more than input "max-removals" \(25% of 11 members and invitations: 2\): nothing was written/,
      ),
    ]);
  });
});

describe('a file per team', () => {
  const org = 'organization: acme\nunlisted: ignore\nmembers:\n  alice@acme.com: {role: owner}\n  bob@acme.com: member\n';

  it('reads a directory as one config; a problem names the file it is in', async () => {
    const broken = await validateConfig(
      'sentry',
      await workspace({
        'sentry/org.yml': org,
        'sentry/teams/backend.yml': 'teams:\n  backend:\n    admins: [bob@acme.com]\n    members: [zed@acme.com]\n',
      }),
    );
    expect(broken.kind === 'invalid-config' && broken.problems).toEqual([
      expect.objectContaining({
        file: 'sentry/teams/backend.yml',
        line: 4,
        message: expect.stringContaining('zed@acme.com is on team "backend" but not listed under members'),
      }),
    ]);
    const sim = await start(fixture);
    const dir = await workspace({
      'sentry/org.yml': org,
      'sentry/teams/backend.yml': 'teams:\n  backend:\n    admins: [bob@acme.com]\n',
    });
    const outcome = await run(sim, dir, 'sentry', 'plan');
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    // Backend is managed as a whole: Bob becomes its admin; Erin, Heidi and the CI bot (not in the section) leave it.
    const text = planText(outcome.plan);
    // Each change points at what causes it: Bob's admin role at his line in backend's section.
    expect(text).toMatch(
      /update bob@acme\.com \(Bob Backend\)\s+\(sentry\/teams\/backend\.yml:3\)\n\s+backend: contributor -> admin/,
    );
    expect(text).toMatch(/update erin@acme\.com \(Erin\)\s+\(sentry\/teams\/backend\.yml:2\)\n\s+leaves backend/);
  });

  it('a team section or a grant for a team the organization does not have is an error in its own file', async () => {
    const sim = await start(fixture);
    const dir = await workspace({
      'sentry/org.yml':
        'organization: acme\nmembers:\n  alice@acme.com: {role: owner}\n  bob@acme.com:\n    role: member\n    grants:\n      - teams: [incidnt]\n        until: 2099-01-01\n',
      'sentry/teams/backnd.yml': 'teams:\n  backnd:\n    admins: [bob@acme.com]\n',
    });
    const outcome = await run(sim, dir, 'sentry', 'plan');
    expect(sim.writes()).toEqual([]);
    if (outcome.kind !== 'unknown-teams') throw new Error(outcome.kind);
    expect(outcome.problems.map((problem) => [problem.file, problem.line, problem.message])).toEqual(
      expect.arrayContaining([
        [
          'sentry/teams/backnd.yml',
          2,
          expect.stringMatching(
            /^team "backnd" \(a team section\) does not exist in the Sentry organization "acme"\. Did you mean "backend"\?/,
          ),
        ],
        ['sentry/org.yml', 7, expect.stringMatching(/^team "incidnt" \(in a grant of bob@acme\.com\) does not exist/)],
      ]),
    );
  });
});
