import { afterEach } from 'vitest';
import type { Guards } from '../../src/apply/apply.ts';
import { parseConfig } from '../../src/config/load.ts';
import { type Config, formatProblem } from '../../src/config/model.ts';
import { planOrganization } from '../../src/engine/plan-organization.ts';
import { failuresOf, type RunOutcome, runSentry, type SentryMode } from '../../src/engine/run.ts';
import type { PlanOptions } from '../../src/plan/plan.ts';
import type { Plan } from '../../src/plan/types.ts';
import { createSentryClient, type SentryClient } from '../../src/sentry/client.ts';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimOptions, type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { rules } from '../plan/builders.ts';
import { testOrg } from '../sim/org.ts';

export async function config(text: string): Promise<Config> {
  const result = await parseConfig(text, 'sentry-members.yml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.config;
}

/** A client for the simulation with fast retries, so fault tests stay quick. */
export function clientFor(sim: SimulatedSentry, token = sim.token ?? ''): SentryClient {
  return createSentryClient({ baseUrl: new URL(sim.url), token, minBackoffMs: 10, timeoutMs: 5_000 });
}

export async function planFor(sim: SimulatedSentry, text: string, token?: string): Promise<Plan> {
  return (await planWithContext(sim, text, token)).plan;
}

/** The plan and what it was made from (the config and the observed state), as an apply needs them. */
export async function planWithContext(sim: SimulatedSentry, text: string, token?: string) {
  const client = clientFor(sim, token);
  try {
    const parsed = await config(text);
    const outcome = await planOrganization(client, { config: parsed, organization: sim.org.slug, options: rules() });
    if (outcome.kind !== 'plan') throw new Error(outcome.problems.map(formatProblem).join('\n'));
    return { plan: outcome.plan, context: { config: parsed, state: outcome.state, options: rules() } };
  } finally {
    await client.close();
  }
}

/** A run of the engine's own mode runner (the path both front doors take), with its outcome. */
export async function runFor(
  sim: SimulatedSentry,
  text: string,
  mode: SentryMode,
  guards: Guards = { maxChanges: 0, maxRemovals: 0 },
  token?: string,
  options: Partial<PlanOptions> = {},
): Promise<RunOutcome> {
  const client = clientFor(sim, token);
  try {
    return await runSentry(client, {
      mode,
      config: await config(text),
      warnings: [],
      organization: sim.org.slug,
      guards,
      options: rules(options),
    });
  } finally {
    await client.close();
  }
}

/** An apply through the mode runner; anything but an apply (a refused guard, a failed read) throws. */
export async function applyFor(
  sim: SimulatedSentry,
  text: string,
  guards: Guards = { maxChanges: 0, maxRemovals: 0 },
  token?: string,
) {
  const outcome = await runFor(sim, text, 'apply', guards, token);
  if (outcome.kind !== 'applied')
    throw new Error(`expected an apply, got ${outcome.kind}: ${JSON.stringify(failuresOf(outcome))}`);
  return { plan: outcome.plan, result: outcome.result };
}

/** The organization as plain data: email -> role and stored teams. */
export function snapshot(sim: SimulatedSentry) {
  return Object.fromEntries(
    sim.org.memberList().map((member) => [member.email, { role: member.orgRole, teams: Object.fromEntries(member.teams) }]),
  );
}

/**
 * A starter of simulated Sentries for one test file; every one started is closed after each test.
 * Defaults: the test organization, no rate limits.
 */
export function simulations(defaults: SimOptions = { rateLimit: false }) {
  const running: SimulatedSentry[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((sim) => sim.close()));
  });
  return async (fixture: Fixture = testOrg(), options: SimOptions = defaults): Promise<SimulatedSentry> => {
    const sim = await startSimulatedSentry(fixture, options);
    running.push(sim);
    return sim;
  };
}
