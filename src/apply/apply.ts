import type { Config } from '../config/model.ts';
import { isAddress } from '../domain/email.ts';
import { messageOf } from '../domain/errors.ts';
import { headcount, type ObservedMember, type OrgState } from '../domain/org-state.ts';
import { changeDigest } from '../plan/digest.ts';
import { sendsInvitation } from '../plan/invitations.ts';
import { type OwnerRule, ownerRule } from '../plan/owners.ts';
import { type PlanOptions, replanMember } from '../plan/plan.ts';
import type {
  BlockedChange,
  BlockReason,
  MemberDecision,
  MemberInvite,
  MemberWrite,
  Plan,
  RunChange,
  RunDifference,
  Withheld,
  WriteEffect,
} from '../plan/types.ts';
import type { SentryClient } from '../sentry/client.ts';
import { isUnfit, type MemberDetail } from '../sentry/decode.ts';
import { InvitationBudgetError, SentryApiError } from '../sentry/errors.ts';

export interface Guards {
  /** 0 = no limit. */
  readonly maxChanges: number;
  /** A number (0 = no limit), or a percentage of the organization's current members and invitations. */
  readonly maxRemovals: number | { readonly percent: number };
}

/** A write that was made. */
export interface AppliedChange {
  readonly change: MemberWrite;
  /**
   * Set when the member's fresh read differed from what the plan saw: the write was rebuilt from
   * the fresh state, and this says what had changed in Sentry during the run.
   */
  readonly changedDuringRun?: RunChange;
}

/**
 * A change that sends an invitation, not made because Sentry's daily invitation budget was
 * reached (docs/behaviour.md, section 6): left to the next run, a warning, not a failure.
 */
export interface DeferredChange {
  readonly change: MemberWrite;
  /** An update that also re-sends an expired invitation: its role and teams were set, only the re-sent invitation waits. */
  readonly updated?: true;
}

export interface ApplyResult {
  readonly applied: readonly AppliedChange[];
  readonly failed: readonly { readonly change: MemberWrite; readonly error: string }[];
  /** Invitations (and re-sent ones) Sentry's daily invitation budget left for the next run. */
  readonly deferred: readonly DeferredChange[];
  /** The plan's blocked changes, and those found blocked when their member was read again. */
  readonly blocked: readonly BlockedChange[];
  /** Planned writes not made because the member's fresh read showed them no longer needed. */
  readonly skipped: readonly { readonly change: MemberWrite; readonly reason: string }[];
  /** Only in the public view of a result (render/public-view.ts): removals counted, not shown. */
  readonly withheld?: Withheld;
}

/** What the plan was made from: a write is re-planned from a fresh read with the same rules. */
export interface ApplyContext {
  readonly config: Config;
  readonly state: OrgState;
  readonly options: PlanOptions;
  /** The guards, counted again on the writes actually sent (a write may change kind at its fresh read). */
  readonly guards?: Guards;
  /**
   * reviewed-plan: require: a write is made only as planned (and reviewed). When the member's
   * fresh read calls for a write of another kind or effect, neither is made: it is blocked, with both.
   */
  readonly asPlanned?: boolean;
}

/** A guard that refuses a plan: nothing is written. `limit` is the guard's value, `count` what the plan has. */
export interface GuardRefusal {
  readonly guard: 'max-changes' | 'max-removals';
  readonly count: number;
  readonly limit: number;
  /** A percentage guard: of how many members and invitations. */
  readonly percent?: { readonly percent: number; readonly of: number };
}

/**
 * The guard a plan exceeds, if any (max-changes first); a limit of 0 is no limit. A percentage
 * of max-removals is of `members`, the organization's current members and invitations.
 */
export function guardRefusal(plan: Plan, guards: Guards, members: number): GuardRefusal | undefined {
  const writes = plan.changes.length;
  if (guards.maxChanges > 0 && writes > guards.maxChanges)
    return { guard: 'max-changes', count: writes, limit: guards.maxChanges };
  const removals = plan.changes.filter((change) => change.kind === 'remove').length;
  const limit = removalLimit(guards, members);
  if (limit === undefined || removals <= limit) return undefined;
  const { maxRemovals } = guards;
  return typeof maxRemovals === 'number'
    ? { guard: 'max-removals', count: removals, limit }
    : { guard: 'max-removals', count: removals, limit, percent: { percent: maxRemovals.percent, of: members } };
}

type Outcome =
  | { readonly kind: 'applied'; readonly change: MemberWrite; readonly changedDuringRun?: RunChange }
  | { readonly kind: 'failed'; readonly change: MemberWrite; readonly error: string; readonly cause?: unknown }
  | { readonly kind: 'blocked'; readonly blocked: BlockedChange }
  | { readonly kind: 'skipped'; readonly change: MemberWrite; readonly reason: string }
  | { readonly kind: 'deferred'; readonly change: MemberWrite; readonly updated?: true };

/** Whether Sentry's daily invitation budget has answered 429 in this apply: then no more invitations are sent. */
interface Budget {
  reached: boolean;
}

/** The most removals a run may send, from its guards (undefined: no limit). */
function removalLimit(guards: Guards, members: number): number | undefined {
  const { maxRemovals } = guards;
  if (typeof maxRemovals !== 'number') return Math.floor((members * maxRemovals.percent) / 100);
  return maxRemovals > 0 ? maxRemovals : undefined;
}

/**
 * The removals the run sends, held to max-removals: the plan's removals were counted before the
 * first write, and a write that becomes a removal when its member is read again (an update whose
 * member's email changed during the run) is counted when it is about to be sent, so that writes
 * running at the same time never pass the limit together.
 */
class Removals {
  #extra = 0;
  readonly #limit: number | undefined;
  readonly #planned: number;
  constructor(limit: number | undefined, planned: number) {
    this.#limit = limit;
    this.#planned = planned;
  }

  /** Counts the write, or says that it would pass max-removals (then it is not sent). */
  take(planned: MemberWrite, fresh: MemberWrite): BlockReason | undefined {
    const limit = this.#limit;
    if (fresh.kind !== 'remove' || planned.kind === 'remove' || limit === undefined) return undefined;
    if (this.#planned + this.#extra >= limit)
      return { kind: 'guard-at-write', guard: 'max-removals', limit, planned: planned.kind, fresh: fresh.kind };
    this.#extra++;
    return undefined;
  }
}

/** How each write is held: to Sentry's invitation budget, to the guards, and (reviewed-plan: require) to the write planned. */
interface Rules {
  readonly budget: Budget;
  readonly removals: Removals;
  readonly asPlanned: boolean;
}

/** Invitations sent at once: once the budget answers, at most this many more were already on their way. */
const INVITATIONS_AT_ONCE = 4;

const CHANGED = 'changed in Sentry during the run';

/**
 * Makes the plan's changes (the caller has checked the guards on the whole plan before: see
 * engine/run.ts): one member at a time per change (the client paces them), each independent of
 * the others, so a failed write never stops the rest. Blocked changes are not sent. Every PUT
 * and DELETE starts from a fresh read of its member: Sentry pages with offsets, so what the plan
 * saw may have been torn by a concurrent change; the write is rebuilt from the fresh state with
 * the planner's own rules (its blocks and the owner floor, not the guards, which counted the
 * plan), and a difference is reported.
 */
export async function applyPlan(client: SentryClient, plan: Plan, context: ApplyContext): Promise<ApplyResult> {
  const org = plan.organization;
  const owners = ownerRule(context.state, context.options.minOwners);
  const budget: Budget = { reached: false };
  const rules: Rules = {
    budget,
    removals: new Removals(
      context.guards && removalLimit(context.guards, headcount(context.state)),
      plan.changes.filter((change) => change.kind === 'remove').length,
    ),
    asPlanned: context.asPlanned === true,
  };
  const attempt = async (change: MemberWrite): Promise<Outcome> => {
    // Once the day's budget is spent, an invitation is not even tried: every try spends it again.
    if (budget.reached && (change.kind === 'invite' || change.kind === 'reinvite')) return { kind: 'deferred', change };
    try {
      return change.kind === 'invite'
        ? await invite(client, org, change, context, owners, rules)
        : await rewrite(client, org, change, context, owners, rules);
    } catch (error) {
      if (error instanceof InvitationBudgetError) {
        budget.reached = true;
        return { kind: 'deferred', change };
      }
      return { kind: 'failed', change, error: messageOf(error), cause: error };
    }
  };
  // Each outcome with its place in the plan: a rewritten change is a new object.
  const order = new Map(plan.changes.map((change, index) => [change, index]));
  const placed = async (change: MemberWrite) => ({ at: order.get(change) ?? 0, outcome: await attempt(change) });
  // Invitations go a few at a time: once Sentry's daily invitation budget answers 429, the rest
  // are left for a later run instead of spending it again. Everything else runs concurrently
  // (the client paces it).
  const waiting = plan.changes.filter(sendsInvitation);
  const invited: { at: number; outcome: Outcome }[] = [];
  const inviter = async () => {
    for (let change = waiting.shift(); change !== undefined; change = waiting.shift()) invited.push(await placed(change));
  };
  const invitations = Promise.all(Array.from({ length: Math.min(INVITATIONS_AT_ONCE, waiting.length) }, inviter));
  const others = Promise.all(plan.changes.filter((change) => !sendsInvitation(change)).map(placed));
  const [, rest] = await Promise.all([invitations, others]);
  const outcomes = [...invited, ...rest].sort((a, b) => a.at - b.at).map(({ outcome }) => outcome);
  return {
    applied: outcomes.flatMap((o) =>
      o.kind === 'applied' ? [{ change: o.change, ...(o.changedDuringRun ? { changedDuringRun: o.changedDuringRun } : {}) }] : [],
    ),
    failed: outcomes.flatMap((o) => (o.kind === 'failed' ? [{ change: o.change, error: o.error }] : [])),
    deferred: outcomes.flatMap((o) =>
      o.kind === 'deferred' ? [{ change: o.change, ...(o.updated ? { updated: o.updated } : {}) }] : [],
    ),
    blocked: [...plan.blocked, ...outcomes.flatMap((o) => (o.kind === 'blocked' ? [o.blocked] : []))],
    skipped: outcomes.flatMap((o) => (o.kind === 'skipped' ? [{ change: o.change, reason: o.reason }] : [])),
  };
}

/** A PUT or DELETE: read the member again, re-plan it from that read, write what is still needed. */
async function rewrite(
  client: SentryClient,
  org: string,
  planned: MemberWrite,
  context: ApplyContext,
  owners: OwnerRule,
  rules: Rules,
): Promise<Outcome> {
  if (planned.kind === 'invite') throw new Error('internal: an invitation is not rewritten');
  let fresh: MemberDetail;
  try {
    fresh = await client.getMember(org, planned.memberId);
  } catch (error) {
    if (!(error instanceof SentryApiError && error.status === 404)) throw error;
    const reason =
      planned.kind === 'remove'
        ? 'already removed'
        : `no longer in the organization (${CHANGED}): the next plan shows it as missing`;
    return { kind: 'skipped', change: planned, reason };
  }
  if (!isAddress(fresh.email)) {
    // Its record no longer fits (docs/behaviour.md, section 5): never written to.
    return {
      kind: 'skipped',
      change: planned,
      reason: `its record in Sentry has no usable email any more (${CHANGED}): not written`,
    };
  }
  const decision = replan(fresh, context, owners);
  return carryOut(client, org, planned, decision, rules);
}

/** The plan's decision for one member, from its fresh state: the planner's own rules. */
function replan(member: ObservedMember, context: ApplyContext, owners: OwnerRule): MemberDecision {
  return replanMember(member, context.config, context.state, owners, context.options);
}

async function carryOut(
  client: SentryClient,
  org: string,
  planned: MemberWrite,
  decision: MemberDecision,
  rules: Rules,
): Promise<Outcome> {
  const { change } = decision;
  if (change === undefined) return { kind: 'skipped', change: planned, reason: `already as the file says (${CHANGED})` };
  const difference = sameWrite(planned, change) ? undefined : differenceOf(planned, change);
  if (decision.reasons.length > 0) {
    const reasons = difference ? [...decision.reasons, { kind: 'changed-during-run' as const, difference }] : decision.reasons;
    return { kind: 'blocked', blocked: { change, reasons } };
  }
  // What the write does, not the request it sends: unmanaged teams may differ in the body.
  if (rules.asPlanned && changeDigest(change) !== changeDigest(planned))
    return {
      kind: 'blocked',
      blocked: { change, reasons: [{ kind: 'not-as-planned', planned: effectOf(planned), fresh: effectOf(change) }] },
    };
  const over = rules.removals.take(planned, change);
  if (over) return { kind: 'blocked', blocked: { change, reasons: [over] } };
  if ((await write(client, org, change, rules.budget)) === 'invitation-deferred')
    return { kind: 'deferred', change, updated: true };
  return { kind: 'applied', change, ...(difference ? { changedDuringRun: { kind: 'changed', difference } } : {}) };
}

function effectOf(change: MemberWrite): WriteEffect {
  return change.kind === 'update'
    ? { kind: 'update', ...(change.orgRole ? { orgRole: change.orgRole } : {}), teams: change.teams }
    : { kind: change.kind, teams: [] };
}

/** An invitation; when Sentry answers that the email is already a member or invited, that member is read and reconciled. */
async function invite(
  client: SentryClient,
  org: string,
  change: MemberInvite,
  context: ApplyContext,
  owners: OwnerRule,
  rules: Rules,
): Promise<Outcome> {
  try {
    await write(client, org, change, rules.budget);
    return { kind: 'applied', change };
  } catch (error) {
    if (!(error instanceof SentryApiError && error.status === 400 && /already (a member|been invited)/i.test(error.detail)))
      throw error;
  }
  const found = await client.searchMembers(org, `email:${change.email}`);
  const same = found.filter((member) => !isUnfit(member) && member.email.toLowerCase() === change.email.toLowerCase());
  if (same.length !== 1) {
    // A record that does not fit (its account's email is not shown) is never written to: named by its id.
    const others = found
      .map((member) =>
        isUnfit(member)
          ? `the member with id ${member.id}, whose record has no usable email`
          : `${member.email} (id ${member.id})`,
      )
      .join(', ');
    return {
      kind: 'failed',
      change,
      error:
        same.length === 0 && found.length > 0
          ? `Sentry says ${change.email} is already a member: it is an email of ${others}. List that member's email in the file instead`
          : `Sentry says ${change.email} is already a member or invited, but ${same.length === 0 ? 'no member has that email' : `${same.length} members have it`}: check the organization in Sentry`,
    };
  }
  const fresh = await client.getMember(org, same[0]?.id ?? '');
  const decision = replan(fresh, context, owners);
  const outcome = await carryOut(client, org, change, decision, rules);
  if (outcome.kind === 'applied') return { ...outcome, changedDuringRun: { kind: 'already-in-sentry' } };
  if (outcome.kind === 'skipped')
    return { ...outcome, reason: 'already in Sentry (invited or joined during the run): nothing left to change' };
  return outcome;
}

/** The same write: same kind, member and request. */
function sameWrite(a: MemberWrite, b: MemberWrite): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'update' && b.kind === 'update')
    return JSON.stringify([a.request, a.reinvite]) === JSON.stringify([b.request, b.reinvite]);
  return true;
}

/** How the write the fresh read calls for differs from the planned one. */
function differenceOf(planned: MemberWrite, now: MemberWrite): RunDifference {
  if (planned.kind === 'update' && now.kind === 'update') {
    const teams = (change: typeof planned) => change.request.teamRoles.map((team) => team.teamSlug);
    return {
      kind: 'teams',
      planned: teams(planned),
      fresh: teams(now),
      ...(planned.request.orgRole !== now.request.orgRole ? { orgRole: now.request.orgRole ?? 'unchanged' } : {}),
    };
  }
  return { kind: 'write', planned: planned.kind, fresh: now.kind };
}

/**
 * One member's requests. 'invitation-deferred': an update was made, but its re-sent invitation
 * was not, Sentry's daily invitation budget being spent (a request that finds it spent throws
 * InvitationBudgetError).
 */
async function write(
  client: SentryClient,
  org: string,
  change: MemberWrite,
  budget: Budget,
): Promise<'done' | 'invitation-deferred'> {
  switch (change.kind) {
    case 'update':
      await client.updateMember(org, change.memberId, change.request);
      // Sentry re-sends an invitation only in a request of its own.
      if (!change.reinvite) return 'done';
      if (budget.reached) return 'invitation-deferred';
      try {
        await client.reinviteMember(org, change.memberId);
      } catch (error) {
        if (!(error instanceof InvitationBudgetError)) throw error;
        budget.reached = true;
        return 'invitation-deferred';
      }
      return 'done';
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
      return 'done';
    }
    case 'reinvite':
      await client.reinviteMember(org, change.memberId);
      return 'done';
    case 'remove':
      try {
        await client.removeMember(org, change.memberId);
      } catch (error) {
        // Already gone (e.g. a retried DELETE whose first attempt did remove it): that is the goal.
        if (!(error instanceof SentryApiError && error.status === 404)) throw error;
      }
      return 'done';
  }
}
