import type { OrgRole, TeamRole } from '../domain/roles.ts';

/** Where something stands in the config file (1-based). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type UnlistedPolicy = 'report' | 'ignore' | 'remove';
export type MissingPolicy = 'report' | 'invite';

/** Team slug -> explicit team role, or null for "the role implied by the org role" (list form). */
export type TeamSpec = ReadonlyMap<string, TeamRole | null>;

/** An end: a date (holds through that day, UTC) or a timestamp, as written and as the instant it has passed. */
export interface Until {
  readonly text: string;
  /** Epoch milliseconds from which it has passed. */
  readonly end: number;
}

/** A temporary addition to a member: a higher org role and/or teams, until its end. */
export interface Grant {
  readonly role?: OrgRole;
  readonly teams?: TeamSpec;
  readonly until: Until;
  readonly position: Position;
}

/** One entry of `members`, normalized. */
export interface MemberSpec {
  /** Lower-cased email: the key Sentry members are matched on. */
  readonly email: string;
  readonly role: OrgRole;
  /** undefined: teams are not managed for this member and are kept as they are. */
  readonly teams: TeamSpec | undefined;
  /** The entry ends: from then on the member is removed. */
  readonly until?: Until;
  readonly grants: readonly Grant[];
  readonly source: MemberSource;
  /**
   * Not under `members`: the person is listed because they are on this GitHub team (`org/team`,
   * as the section writes it), with the org role member; `source` is that section's `github-team`.
   */
  readonly fromGitHub?: string;
}

/** Positions of a member entry's parts, for annotations on the config file. */
export interface MemberSource {
  /** The file the entry is in (several files make one config). */
  readonly file: string;
  readonly entry: Position;
  /** Where each team of `teams` is written, in the same order (an array: 50,000 maps cost megabytes). */
  readonly teams: readonly Position[];
}

/** The GitHub team a section follows (`github-team: acme/backend`). */
export interface GitHubTeamRef {
  /** The GitHub organization, as written. */
  readonly org: string;
  /** The team's slug, as written. */
  readonly team: string;
  /** `org/team` lower-cased: GitHub matches both without case, and the run reads each once. */
  readonly key: string;
  /** Where `github-team` is written: warnings and errors about the team, and people who come only from it, point here. */
  readonly position: Position;
}

/** A team section: the roster of one team, owned by its leads. */
export interface TeamSection {
  readonly slug: string;
  readonly file: string;
  readonly position: Position;
  /** The GitHub team whose members are on this team too (docs/behaviour.md, section 1.5). */
  readonly github?: GitHubTeamRef;
  /**
   * Once the GitHub teams are read (plan/github-teams.ts): the emails of the section that are on
   * it only because they are on the GitHub team, not because the file names them here.
   */
  readonly fromGitHub?: ReadonlySet<string>;
  /** Lower-cased email -> explicit team role (null: the `members` list), in the section's order. */
  readonly people: ReadonlyMap<string, TeamRole | null>;
  /**
   * Where each email is written, in the order of `people`: line, column, line, column, ... (one
   * typed array, not an object per email: sections may hold every member of the organization).
   */
  readonly places: Uint32Array;
}

/** An entry of `people`: a GitHub login and the email of that person's Sentry account. */
export interface Person {
  /** As written. */
  readonly login: string;
  /** Lower-cased. */
  readonly email: string;
  readonly file: string;
  readonly position: Position;
}

/** Someone whose approval lets a privileged change be made: a GitHub login, or the members of a GitHub team. */
export type Approver =
  | { readonly kind: 'person'; readonly login: string }
  | { readonly kind: 'team'; readonly org: string; readonly team: string };

/** `approvals`: who must approve a change that makes someone owner or manager (docs/behaviour.md, section 12). */
export interface Approvals {
  /** As the file lists them, each once, in its order. */
  readonly privileged: readonly Approver[];
  readonly file: string;
  readonly position: Position;
}

/** A validated, normalized config file: what the rest of the engine consumes. */
export interface Config {
  /** The config as the user named it: a file, a directory or a glob (relative to the workspace in the action). */
  readonly file: string;
  /** The files it was read from, in order. */
  readonly files: readonly string[];
  readonly organization: string | undefined;
  readonly unlisted: UnlistedPolicy;
  readonly missing: MissingPolicy;
  /** Lower-cased emails that are never changed, removed or reported. */
  readonly ignore: ReadonlySet<string>;
  /** Members by lower-cased email, in file order. */
  readonly members: ReadonlyMap<string, MemberSpec>;
  /** Team sections by slug. */
  readonly teams: ReadonlyMap<string, TeamSection>;
  /** `people`: GitHub login (lower-cased) -> the person's email, for sections that follow GitHub teams. */
  readonly people?: ReadonlyMap<string, Person>;
  /** Owner and manager grants need an approval from one of these on the merged pull request. */
  readonly approvals?: Approvals;
  /** The policies this file sets itself (several files may set each at most once). */
  readonly declared?: readonly ('unlisted' | 'missing')[];
  /**
   * In a config of several files, the org file (src/config/lanes.ts): a section in any other
   * file is in a team's file, which cannot give anyone an org role (a GitHub team it follows
   * adds nobody to the organization). Absent for a config of one file.
   */
  readonly orgFile?: string;
}

/** A problem found in the config file, located when it can be. */
export interface ConfigProblem {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly config: Config;
      readonly warnings: readonly ConfigProblem[];
      /** Each file as it was read (its git blob sha, its model): a pull request's base reuses the unchanged ones. */
      readonly parts?: readonly Part[];
    }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/** `file:line:column: message`, the form editors and terminals link. */
export function formatProblem(problem: ConfigProblem): string {
  const where =
    problem.line === undefined
      ? problem.file
      : `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
  return `${where}: ${problem.message}`;
}

/** A top-level key of a file, and where it is written. */
export interface Held {
  readonly key: string;
  readonly line: number;
  readonly column: number;
}

/**
 * One file of a config as it was read: its problems (errors and warnings), the model of what is
 * readable in it (none when nothing is: a syntax error, a refused file), the member entries taken
 * out for schema errors, and its top-level keys.
 */
export interface Part {
  readonly file: string;
  /** Read as the whole config (one file), not as one of several. */
  readonly whole: boolean;
  readonly config?: Config;
  readonly problems: readonly ConfigProblem[];
  /** Lower-cased emails of member entries the schema refused (src/config/prune.ts). */
  readonly dropped: ReadonlySet<string>;
  readonly holds: readonly Held[];
  /** The git blob sha of the file's bytes. */
  readonly sha?: string;
}
