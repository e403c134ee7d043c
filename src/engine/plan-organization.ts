import type { Config, ConfigProblem } from '../config/model.ts';
import type { OrgState } from '../domain/org-state.ts';
import { didYouMean } from '../domain/suggest.ts';
import { type ObserveScope, observe, scopeOf, type TeamReadStrategy } from '../observe/observe.ts';
import { changeDigest } from '../plan/digest.ts';
import { createPlan, type PlanOptions } from '../plan/plan.ts';
import type { ApprovalGate, Plan } from '../plan/types.ts';
import { unknownTeams } from '../plan/unknown-teams.ts';
import type { SentryClient } from '../sentry/client.ts';
import { SettingError } from '../settings/table.ts';

export type PlanOutcome =
  | {
      readonly kind: 'plan';
      readonly plan: Plan;
      readonly strategy: TeamReadStrategy;
      readonly state: OrgState;
      /** The digests of the changes the base config would make too (drift), when one was given. */
      readonly drift?: ReadonlySet<string>;
      /** The gate of owner and manager grants the plan was made with (approvals.privileged). */
      readonly approval?: ApprovalGate;
    }
  | { readonly kind: 'config-errors'; readonly problems: readonly ConfigProblem[] };

/**
 * Observe, check the file against the organization (unknown team slugs are config errors), plan.
 * The one sequence the action and the command line share. Throws when a read fails. With a
 * `base` config (the pull request's base commit), the same observation (read for both files: no
 * extra request) also plans the base, and the changes it would make too are drift. `approval`,
 * read from GitHub while Sentry is read, is the gate of owner and manager grants.
 */
export async function planOrganization(
  client: SentryClient,
  config: Config,
  organization: string,
  options: PlanOptions,
  configWarnings: readonly ConfigProblem[] = [],
  base?: Config,
  approval?: Promise<ApprovalGate>,
): Promise<PlanOutcome> {
  const scope = base ? bothScopes(scopeOf(config), scopeOf(base)) : scopeOf(config);
  const [observed, gate] = await Promise.all([observe(client, organization, scope), approval]);
  const planning = gate ? { ...options, approval: gate } : options;
  const { strategy } = observed;
  const { state } = observed;
  const unknown = unknownTeams(config, state);
  if (unknown.length > 0) {
    return {
      kind: 'config-errors',
      problems: unknown.map(({ owner, team, file, line, column }) => ({
        severity: 'error',
        file,
        line,
        column,
        message: `team "${team}" (${owner}) does not exist in the Sentry organization "${organization}".${didYouMean(team, state.teams.keys())} Its teams: ${teamList(state)}. Check the slug, or create the team in Sentry first`,
      })),
    };
  }
  const plan = createPlan(config, state, planning);
  const warnings = [
    ...configWarnings.map((problem) => ({
      message: problem.message,
      ...(problem.line ? { line: problem.line } : {}),
      ...(problem.file !== config.file ? { file: problem.file } : {}),
    })),
    ...plan.warnings,
  ];
  const drift = base ? new Set(createPlan(base, state, planning).changes.map(changeDigest)) : undefined;
  return {
    kind: 'plan',
    plan: { ...plan, warnings },
    strategy,
    state,
    ...(drift ? { drift } : {}),
    ...(gate ? { approval: gate } : {}),
  };
}

/** Whose teams either file needs. */
function bothScopes(a: ObserveScope, b: ObserveScope): ObserveScope {
  return {
    expectedMembers: a.expectedMembers + b.expectedMembers,
    needsTeams: (member) => a.needsTeams(member) || b.needsTeams(member),
    needsInvitations: (members) => (a.needsInvitations?.(members) ?? false) || (b.needsInvitations?.(members) ?? false),
  };
}

/** The organization's team slugs, in order, the first ten and how many more. */
function teamList(state: OrgState): string {
  const slugs = [...state.teams.keys()];
  if (slugs.length === 0) return 'none';
  return `${slugs.slice(0, 10).join(', ')}${slugs.length > 10 ? ` and ${slugs.length - 10} more` : ''}`;
}

/** The organization to act on: the input (or flag) wins over the file. */
export function organizationOf(config: Config, override: string | undefined): string {
  const organization = override ?? config.organization;
  if (!organization) {
    throw new SettingError('organization', '', `not given, and ${config.file} has no "organization:": set one of them`);
  }
  return organization;
}
