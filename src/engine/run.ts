import { type ApplyResult, applyPlan, type GuardRefusal, type Guards, guardRefusal } from '../apply/apply.ts';
import type { Config, ConfigProblem, Part } from '../config/model.ts';
import { headcount, type OrgState } from '../domain/org-state.ts';
import type { GitHubTeamReads } from '../github/reads.ts';
import { changeDigest } from '../plan/digest.ts';
import type { PlanOptions } from '../plan/plan.ts';
import type { BlockedChange, MemberWrite, Plan } from '../plan/types.ts';
import type { SentryClient } from '../sentry/client.ts';
import { type ApprovalSource, readApprovalGate } from './approvals.ts';
import { planOrganization } from './plan-organization.ts';
import { type Acceptance, checkReview, matchesReview, type Review, type ReviewCheck, type Waiting } from './review.ts';

export type SentryMode = 'plan' | 'check' | 'apply';

/** What a run against Sentry needs; the front doors build it from their inputs or flags. */
export interface SentryRun {
  readonly mode: SentryMode;
  readonly config: Config;
  /** Warnings of the config file, carried into the plan. */
  readonly warnings: readonly ConfigProblem[];
  readonly organization: string;
  readonly guards: Guards;
  /** The config at the pull request's base commit: its changes are drift, not the pull request's. */
  readonly base?: Config;
  /** An apply on merge, held against the plan reviewed on the merged pull request (reviewed-plan). */
  readonly review?: Review;
  /**
   * A scheduled or hand-started apply under reviewed-plan: require: which of the config's
   * changes an apply on merge applied (the others wait for review).
   */
  readonly acceptance?: Acceptance;
  /** The instant (grants and entries end by it), min-owners and how soon an end is warned about. */
  readonly options: PlanOptions;
  /** The clock the run records when it read Sentry with (milliseconds since the epoch); Date.now by default. */
  readonly clock?: () => number;
  /**
   * GitHub's organizations, read with `github-teams-token` (the command line: GITHUB_TOKEN): the
   * teams that sections follow, their members, SAML identities, team memberships. Each front
   * door builds it once (createGitHubTeamReads); undefined when there is no token.
   */
  readonly github?: GitHubTeamReads;
  /**
   * Which run this is for approvals.privileged, and GitHub to read an approval from. Absent: no
   * pull request stands behind the run (the command line), so owner and manager grants are blocked.
   */
  readonly approvals?: ApprovalSource;
}

/** A run no pull request stands behind. */
const COMMAND_LINE: ApprovalSource = { run: { kind: 'other', run: 'command-line' }, reads: undefined };

/** How a run ended: a value every front door maps to its own outputs (docs/behaviour.md, section 2). */
export type RunOutcome =
  | { readonly kind: 'invalid-config'; readonly file: string; readonly problems: readonly ConfigProblem[] }
  | {
      readonly kind: 'validated';
      readonly config: Config;
      readonly warnings: readonly ConfigProblem[];
      /** Each file as read: a pull request's base reuses those it has unchanged (src/config/base.ts). */
      readonly parts?: readonly Part[];
    }
  | { readonly kind: 'read-failed'; readonly organization: string; readonly error: unknown }
  /** The file names teams the organization does not have: config errors found once Sentry was read. */
  | {
      readonly kind: 'unknown-teams';
      readonly file: string;
      readonly problems: readonly ConfigProblem[];
      /** The same without the organization's teams, for a public repository (redact). */
      readonly publicProblems: readonly ConfigProblem[];
      readonly readAt: number;
    }
  /**
   * The file follows GitHub teams that cannot be read (no such team, no access): config errors at
   * their lines (`problems` holds any unknown Sentry team too).
   */
  | {
      readonly kind: 'github-teams';
      readonly file: string;
      readonly problems: readonly ConfigProblem[];
      /** The same without the organization's teams, for a public repository (redact). */
      readonly publicProblems: readonly ConfigProblem[];
      /** How many GitHub teams cannot be read. */
      readonly teams: number;
      readonly readAt: number;
    }
  | {
      readonly kind: 'planned';
      readonly mode: 'plan' | 'check';
      readonly plan: Plan;
      readonly state: OrgState;
      /** When the read of Sentry the plan is made from ended (milliseconds since the epoch). */
      readonly readAt: number;
      /** Digests of the changes the base config would make too (drift), when a base was given. */
      readonly drift?: ReadonlySet<string>;
      /** The guard an apply of this plan would be refused by, with the same guards: said before merge. */
      readonly wouldRefuse?: GuardRefusal;
    }
  | {
      readonly kind: 'guard-refused';
      readonly plan: Plan;
      readonly state: OrgState;
      readonly readAt: number;
      readonly refusal: GuardRefusal;
    }
  /** reviewed-plan: require, and the plan is not the one reviewed (or none was found): nothing written. */
  | {
      readonly kind: 'unreviewed';
      readonly plan: Plan;
      readonly state: OrgState;
      readonly readAt: number;
      readonly review: ReviewCheck;
    }
  | {
      readonly kind: 'applied';
      readonly plan: Plan;
      readonly state: OrgState;
      readonly readAt: number;
      readonly result: ApplyResult;
      /** How the plan compared with the reviewed one, when it was compared. */
      readonly review?: ReviewCheck;
      /** Changes not made because they wait for review (a scheduled or hand-started apply under require). */
      readonly waiting?: Waiting;
    };

/**
 * plan, check and apply: read Sentry, plan; apply checks the guards, then writes. Never throws for
 * Sentry's failures. Records when the read ended (the plan is as Sentry was then), and for a plan,
 * the guard its apply would be refused by.
 */
export async function runSentry(client: SentryClient, run: SentryRun): Promise<RunOutcome> {
  const { acceptance } = run;
  const accepted = run.mode === 'apply' && acceptance?.kind === 'earlier' ? acceptance.config : undefined;
  let planned: Awaited<ReturnType<typeof planOrganization>>;
  // Read from GitHub while Sentry is read; never fails (an unreadable approval blocks the grants only).
  const approval = run.config.approvals
    ? readApprovalGate(run.config.approvals, run.approvals ?? COMMAND_LINE, run.mode)
    : undefined;
  try {
    planned = await planOrganization(client, {
      config: run.config,
      organization: run.organization,
      options: run.options,
      warnings: run.warnings,
      base: run.base ?? accepted,
      github: run.github,
      approval,
    });
  } catch (error) {
    return { kind: 'read-failed', organization: run.organization, error };
  }
  const readAt = (run.clock ?? Date.now)();
  if (planned.kind === 'config-errors')
    return planned.cause === 'github-teams'
      ? {
          kind: 'github-teams',
          file: run.config.file,
          problems: planned.problems,
          publicProblems: planned.publicProblems,
          teams: planned.githubTeams,
          readAt,
        }
      : {
          kind: 'unknown-teams',
          file: run.config.file,
          problems: planned.problems,
          publicProblems: planned.publicProblems,
          readAt,
        };
  const { state, drift, config } = planned;
  let { plan } = planned;
  let waiting: Waiting | undefined;
  if (run.mode === 'apply' && acceptance && acceptance.kind !== 'current') {
    if (acceptance.kind === 'unreadable') {
      const review: ReviewCheck = {
        policy: 'require',
        pull: undefined,
        found: false,
        matches: false,
        added: plan.changes,
        dropped: [],
        unreadable: acceptance.why,
        scheduled: true,
      };
      return { kind: 'unreviewed', plan, state, readAt, review };
    }
    // Only drift, as the last config applied on merge would correct it, is made; the rest waits for review.
    const made = acceptance.kind === 'earlier' && drift ? drift : new Set<string>();
    const held: MemberWrite[] = [];
    const kept: MemberWrite[] = [];
    for (const change of plan.changes) (made.has(changeDigest(change)) ? kept : held).push(change);
    if (held.length > 0) {
      waiting = {
        changes: held,
        notApplied: acceptance.notApplied,
        ...(acceptance.kind === 'earlier' ? { since: acceptance.commit } : { why: acceptance.why }),
      };
      plan = { ...plan, changes: kept };
    }
  }
  const options = planned.approval ? { ...run.options, approval: planned.approval } : run.options;
  const refusal = guardRefusal(plan, run.guards, headcount(state));
  if (run.mode !== 'apply')
    return {
      kind: 'planned',
      mode: run.mode,
      plan,
      state,
      readAt,
      ...(drift ? { drift } : {}),
      ...(refusal ? { wouldRefuse: refusal } : {}),
    };
  const review = run.review && checkReview(plan, run.review, run.config);
  if (review && review.policy === 'require' && !matchesReview(review)) return { kind: 'unreviewed', plan, state, readAt, review };
  if (refusal) return { kind: 'guard-refused', plan, state, readAt, refusal };
  // Under require each write is made only as planned (and reviewed); the guards count what is sent.
  const asPlanned = run.review?.policy === 'require' || acceptance !== undefined;
  const result = await applyPlan(client, plan, {
    // The config the plan was made from (with the GitHub teams' members): each write is re-planned from it.
    config,
    state,
    options,
    guards: run.guards,
    asPlanned,
  });
  return { kind: 'applied', plan, state, readAt, result, ...(review ? { review } : {}), ...(waiting ? { waiting } : {}) };
}

/** Why a run fails. A run with none succeeded; each is reported, with what to do, by every front door. */
export type Failure =
  | { readonly kind: 'invalid-config'; readonly file: string; readonly errors: number }
  | { readonly kind: 'read-failed'; readonly organization: string; readonly error: unknown }
  | { readonly kind: 'unknown-teams'; readonly file: string; readonly teams: number }
  | { readonly kind: 'github-teams'; readonly file: string; readonly teams: number }
  | {
      readonly kind: 'blocked';
      readonly blocked: number;
      readonly others: 'none' | 'to-make' | 'made';
      /** Of them, owner and manager grants that need an approval this run does not carry (approvals.privileged). */
      readonly needApproval?: number;
    }
  | { readonly kind: 'drift'; readonly file: string; readonly members: number }
  | { readonly kind: 'guard'; readonly refusal: GuardRefusal }
  | {
      readonly kind: 'unreviewed';
      readonly pull: number | undefined;
      readonly found: boolean;
      readonly added: number;
      readonly dropped: number;
      /** GitHub's answer when the merged pull request or its comment could not be read, or what is missing. */
      readonly unreadable?: string;
      /** Why the comment found holds no plan that can be trusted. */
      readonly untrusted?: string;
      /** Changes to members the file does not list that could not be compared (the config is not the one reviewed). */
      readonly unnamedUncompared?: number;
      /** A scheduled or hand-started apply that could not read which config changes were applied on merge. */
      readonly scheduled?: true;
    }
  | { readonly kind: 'writes-failed'; readonly failed: number; readonly applied: number };

/**
 * The one place that decides whether a run failed, and why (docs/behaviour.md, section 2): an
 * invalid config, a failed read, unknown teams, a refused guard, an apply on merge that is not
 * the reviewed plan under reviewed-plan: require, failed writes, blocked changes, and drift found
 * by `check`. Unlisted and missing members under `report` never fail a run; under
 * reviewed-plan: warn an unreviewed change is a warning, not a failure.
 */
export function failuresOf(outcome: RunOutcome): Failure[] {
  switch (outcome.kind) {
    case 'validated':
      return [];
    case 'invalid-config':
      return [
        { kind: 'invalid-config', file: outcome.file, errors: outcome.problems.filter((p) => p.severity === 'error').length },
      ];
    case 'read-failed':
      return [{ kind: 'read-failed', organization: outcome.organization, error: outcome.error }];
    case 'unknown-teams':
      return [{ kind: 'unknown-teams', file: outcome.file, teams: outcome.problems.length }];
    case 'github-teams':
      return [{ kind: 'github-teams', file: outcome.file, teams: outcome.teams }];
    case 'guard-refused':
      return [{ kind: 'guard', refusal: outcome.refusal }];
    case 'unreviewed': {
      const { pull, found, added, dropped, unreadable, untrusted, unnamedUncompared, scheduled } = outcome.review;
      return [
        {
          kind: 'unreviewed',
          pull,
          found,
          added: added.length,
          dropped: dropped.length,
          ...(unreadable ? { unreadable } : {}),
          ...(untrusted ? { untrusted } : {}),
          ...(unnamedUncompared ? { unnamedUncompared } : {}),
          ...(scheduled ? { scheduled } : {}),
        },
      ];
    }
    case 'planned': {
      const { plan } = outcome;
      const failures: Failure[] = [];
      if (plan.blocked.length > 0)
        failures.push({
          kind: 'blocked',
          blocked: plan.blocked.length,
          others: plan.changes.length === 0 ? 'none' : 'to-make',
          ...needApproval(plan.blocked),
        });
      else if (outcome.mode === 'check' && plan.changes.length > 0)
        failures.push({ kind: 'drift', file: plan.config, members: plan.changes.length });
      return failures;
    }
    case 'applied': {
      const { result } = outcome;
      const failures: Failure[] = [];
      if (result.failed.length > 0)
        failures.push({ kind: 'writes-failed', failed: result.failed.length, applied: result.applied.length });
      if (result.blocked.length > 0)
        failures.push({
          kind: 'blocked',
          blocked: result.blocked.length,
          others: outcome.plan.changes.length === 0 ? 'none' : 'made',
          ...needApproval(result.blocked),
        });
      return failures;
    }
  }
}

/** What a run reports as a warning without failing (docs/behaviour.md, section 2). */
export type RunWarning = {
  /** Sentry's daily invitation budget was reached: these invitations wait for the next run. */
  readonly kind: 'invitations-deferred';
  readonly deferred: number;
  /** Of them, updates whose role and teams were set, only the re-sent invitation waiting. */
  readonly updated: number;
};

/** The one place that decides what a run warns about without failing: each front door shows them as warnings. */
export function warningsOf(outcome: RunOutcome): RunWarning[] {
  if (outcome.kind !== 'applied' || outcome.result.deferred.length === 0) return [];
  const { deferred } = outcome.result;
  return [{ kind: 'invitations-deferred', deferred: deferred.length, updated: deferred.filter((entry) => entry.updated).length }];
}

/** How many blocked changes need an approval, when some do. */
function needApproval(blocked: readonly BlockedChange[]): { needApproval?: number } {
  const count = blocked.filter((entry) => entry.reasons.some((reason) => reason.kind === 'needs-approval')).length;
  return count > 0 ? { needApproval: count } : {};
}
