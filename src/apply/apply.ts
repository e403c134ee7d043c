import type { BlockedChange, MemberChange, Plan } from '../plan/types.ts';
import type { SentryClient } from '../sentry/client.ts';
import { SentryApiError } from '../sentry/errors.ts';

export interface Guards {
  /** 0 = no limit. */
  readonly maxChanges: number;
  readonly maxRemovals: number;
}

/** A guard refused the plan: nothing was written. */
export class GuardError extends Error {
  override name = 'GuardError';
}

export interface ApplyResult {
  readonly applied: readonly { readonly change: MemberChange }[];
  readonly failed: readonly { readonly change: MemberChange; readonly error: string }[];
  readonly blocked: readonly BlockedChange[];
}

/** Refuses, before any write, a plan larger than the guards allow. */
export function checkGuards(plan: Plan, guards: Guards): void {
  const writes = plan.changes.length;
  if (guards.maxChanges > 0 && writes > guards.maxChanges) {
    throw new GuardError(
      `the plan writes to ${writes} members, more than max-changes (${guards.maxChanges}): nothing was written. Review the plan; if it is intended, raise max-changes (0 = no limit) for this run`,
    );
  }
  const removals = plan.changes.filter((change) => change.kind === 'remove').length;
  if (guards.maxRemovals > 0 && removals > guards.maxRemovals) {
    throw new GuardError(
      `the plan removes ${removals} members, more than max-removals (${guards.maxRemovals}): nothing was written. Review the plan; if it is intended, raise max-removals (0 = no limit) for this run`,
    );
  }
}

/**
 * Makes the plan's changes: one request per member (the client paces them), each independent
 * of the others, so a failed write never stops the rest. Blocked changes are not sent.
 */
export async function applyPlan(client: SentryClient, plan: Plan, guards: Guards): Promise<ApplyResult> {
  checkGuards(plan, guards);
  const attempt = async (change: MemberChange) => {
    try {
      await write(client, plan.organization, change);
      return { change, error: undefined };
    } catch (error) {
      return { change, error: error instanceof Error ? error.message : String(error), cause: error };
    }
  };
  // Invitations go one at a time: once Sentry's invitation limit answers 429, the rest wait for
  // a later run instead of hammering it. Everything else runs concurrently (the client paces it).
  const invitations = (async () => {
    const results: { change: MemberChange; error: string | undefined }[] = [];
    let limited = false;
    for (const change of plan.changes.filter((c) => c.kind === 'invite')) {
      if (limited) {
        results.push({
          change,
          error: "not sent: Sentry's invitation limit was reached; the next run sends the remaining invitations",
        });
        continue;
      }
      const outcome = await attempt(change);
      limited = outcome.cause instanceof SentryApiError && outcome.cause.status === 429;
      results.push(outcome);
    }
    return results;
  })();
  const others = Promise.all(plan.changes.filter((change) => change.kind !== 'invite').map(attempt));
  const [invited, rest] = await Promise.all([invitations, others]);
  const byChange = new Map([...invited, ...rest].map((outcome) => [outcome.change, outcome.error]));
  const outcomes = plan.changes.map((change) => ({ change, error: byChange.get(change) }));
  return {
    applied: outcomes.filter((outcome) => outcome.error === undefined).map(({ change }) => ({ change })),
    failed: outcomes.flatMap(({ change, error }) => (error === undefined ? [] : [{ change, error }])),
    blocked: plan.blocked,
  };
}

async function write(client: SentryClient, org: string, change: MemberChange): Promise<void> {
  switch (change.kind) {
    case 'update':
      await client.updateMember(org, change.memberId, change.request);
      return;
    case 'invite': {
      const invited = await client.inviteMember(org, {
        email: change.email,
        orgRole: change.orgRole,
        teamRoles: change.teamRoles.map(({ teamSlug }) => ({ teamSlug, role: null })),
        sendInvite: true,
      });
      // Sentry ignores team roles on invite: set the explicit ones with a PUT.
      if (change.teamRoles.some((team) => team.role !== null)) {
        await client.updateMember(org, invited.id, { teamRoles: change.teamRoles });
      }
      return;
    }
    case 'reinvite':
      await client.reinviteMember(org, change.memberId);
      return;
    case 'remove':
      try {
        await client.removeMember(org, change.memberId);
      } catch (error) {
        // Already gone (e.g. a retried DELETE whose first attempt did remove it): that is the goal.
        if (!(error instanceof SentryApiError && error.status === 404)) throw error;
      }
      return;
  }
}
