import type { Config, ConfigProblem } from '../config/model.ts';
import type { GitHubRosters } from '../domain/github-teams.ts';
import type { OrgState } from '../domain/org-state.ts';
import { didYouMean } from '../domain/suggest.ts';
import type { GitHubTeamReads } from '../github/reads.ts';
import { readGitHubTeams } from '../observe/github-teams.ts';
import { type ObserveScope, observe, scopeOf, type TeamReadStrategy } from '../observe/observe.ts';
import { changeDigest } from '../plan/digest.ts';
import { followGitHubTeams } from '../plan/github-teams.ts';
import { createPlan, inFileOrder, type PlanOptions } from '../plan/plan.ts';
import type { ApprovalGate, Plan, PlanWarning } from '../plan/types.ts';
import { unknownTeams } from '../plan/unknown-teams.ts';
import type { SentryClient } from '../sentry/client.ts';
import { SettingError } from '../settings/table.ts';

export type PlanOutcome =
  | {
      readonly kind: 'plan';
      readonly plan: Plan;
      readonly strategy: TeamReadStrategy;
      readonly state: OrgState;
      /**
       * The config the plan was made from: the file's, with the members of the GitHub teams it
       * follows (an apply re-plans each member from it).
       */
      readonly config: Config;
      /** The digests of the changes the base config would make too (drift), when one was given. */
      readonly drift?: ReadonlySet<string>;
      /** The gate of owner and manager grants the plan was made with (approvals.privileged). */
      readonly approval?: ApprovalGate;
    }
  | {
      readonly kind: 'config-errors';
      /** What the file names that cannot be found: Sentry teams the organization does not have, or GitHub teams that cannot be read. */
      readonly cause: 'unknown-teams' | 'github-teams';
      /** Every problem: the GitHub teams that cannot be read first, then unknown Sentry teams. */
      readonly problems: readonly ConfigProblem[];
      /** How many of them are GitHub teams that cannot be read. */
      readonly githubTeams: number;
      /** The same problems without the organization's teams (its list and a "did you mean"), for a public repository. */
      readonly publicProblems: readonly ConfigProblem[];
    };

/** What planOrganization plans, and with what. */
export interface Planning {
  readonly config: Config;
  readonly organization: string;
  readonly options: PlanOptions;
  /** The file's own warnings, merged into the plan's in file order. */
  readonly warnings?: readonly ConfigProblem[];
  /** The config at the pull request's base commit (or the one last applied on merge). */
  readonly base?: Config | undefined;
  /** Reads of the GitHub teams the file follows. */
  readonly github?: GitHubTeamReads | undefined;
  /** The gate of owner and manager grants, being read from GitHub. */
  readonly approval?: Promise<ApprovalGate> | undefined;
}

/**
 * Observe Sentry and, at the same time, the GitHub teams the file follows; check the file against
 * both (unknown team slugs and GitHub teams that cannot be read are config errors); plan. The one
 * sequence the action and the command line share. Throws when a Sentry read fails. With a `base`
 * config (the pull request's base commit), the same observation (read for both files: no extra
 * request) also plans the base, and the changes it would make too are drift: a GitHub team that
 * changed after the base commit changes both plans alike, so its changes are drift. `approval`,
 * read from GitHub while Sentry is read, is the gate of owner and manager grants.
 */
export async function planOrganization(client: SentryClient, what: Planning): Promise<PlanOutcome> {
  const { config, organization, options, warnings: configWarnings = [], base, github, approval } = what;
  const scope = base ? bothScopes(scopeOf(config), scopeOf(base)) : scopeOf(config);
  const [observed, read, gate] = await Promise.all([
    observe(client, organization, scope),
    readGitHubTeams(github, config, base),
    approval,
  ]);
  const planning = gate ? { ...options, approval: gate } : options;
  const { strategy } = observed;
  const { state } = observed;
  const teamless = unknownTeams(config, state);
  const unknownAs = (hint: (team: string) => string) =>
    teamless.map(
      ({ owner, team, file, line, column }): ConfigProblem => ({
        severity: 'error',
        file,
        line,
        column,
        message: `team "${team}" (${owner}) does not exist in the Sentry organization "${organization}".${hint(team)}`,
      }),
    );
  const unknown = unknownAs(
    (team) =>
      `${didYouMean(team, state.teams.keys())} Its teams: ${teamList(state)}. Check the slug, or create the team in Sentry first`,
  );
  // A public repository is not shown the organization's teams (redact).
  const unknownInPublic = unknownAs(
    () =>
      " Check the slug, or create the team in Sentry first (the organization's teams are not listed here, because this repository is public: `sentry-members-sync plan` run locally lists them)",
  );
  if (read.kind === 'failed')
    return {
      kind: 'config-errors',
      cause: 'github-teams',
      problems: [...read.problems, ...unknown],
      publicProblems: [...read.problems, ...unknownInPublic],
      githubTeams: read.problems.length,
    };
  if (unknown.length > 0)
    return { kind: 'config-errors', cause: 'unknown-teams', problems: unknown, publicProblems: unknownInPublic, githubTeams: 0 };
  const followed = followGitHubTeams(config, read.rosters, state);
  const plan = createPlan(followed.config, state, planning);
  // The file's warnings and the plan's, in one order: by file, then line.
  const warnings = inFileOrder(
    [
      ...configWarnings.map((problem) => ({
        message: problem.message,
        ...(problem.line ? { line: problem.line } : {}),
        ...(problem.file !== config.file ? { file: problem.file } : {}),
      })),
      ...followed.warnings,
      ...plan.warnings,
    ],
    config,
  );
  const drift = base && driftOf(base, read.rosters, read.unreadable, state, planning);
  return {
    kind: 'plan',
    plan: { ...plan, warnings: drift?.kind === 'unreadable' ? [...warnings, drift.warning] : warnings },
    strategy,
    state,
    config: followed.config,
    ...(drift?.kind === 'drift' ? { drift: drift.digests } : {}),
    ...(gate ? { approval: gate } : {}),
  };
}

/**
 * The digests of the changes the base config makes too, with the GitHub teams as they are now;
 * when a GitHub team only the base follows cannot be read, why the changes are shown together.
 */
function driftOf(
  base: Config,
  rosters: GitHubRosters,
  unreadable: ReadonlySet<string>,
  state: OrgState,
  options: PlanOptions,
): { kind: 'drift'; digests: ReadonlySet<string> } | { kind: 'unreadable'; warning: PlanWarning } {
  const unread = [...base.teams.values()].find((section) => section.github && unreadable.has(section.github.key))?.github;
  if (unread)
    return {
      kind: 'unreadable',
      warning: {
        message: `the config at the base commit follows the GitHub team ${unread.org}/${unread.team}, which cannot be read: the changes of this pull request and drift are shown together`,
      },
    };
  const followed = followGitHubTeams(base, rosters, state).config;
  return { kind: 'drift', digests: new Set(createPlan(followed, state, options).changes.map(changeDigest)) };
}

/** Whose teams either file needs. */
function bothScopes(a: ObserveScope, b: ObserveScope): ObserveScope {
  return {
    expectedMembers: a.expectedMembers + b.expectedMembers,
    needsTeams: (member) => a.needsTeams(member) || b.needsTeams(member),
    needsInvitations: (members) => (a.needsInvitations?.(members) ?? false) || (b.needsInvitations?.(members) ?? false),
    sameEmail: (email) => a.sameEmail?.(email) ?? b.sameEmail?.(email),
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
