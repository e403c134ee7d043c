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

/** One entry of `members`, normalized. */
export interface MemberSpec {
  /** Lower-cased email: the key Sentry members are matched on. */
  readonly email: string;
  readonly role: OrgRole;
  /** undefined: teams are not managed for this member and are kept as they are. */
  readonly teams: TeamSpec | undefined;
  readonly source: MemberSource;
}

/** Positions of a member entry's parts, for annotations on the config file. */
export interface MemberSource {
  readonly entry: Position;
  /** Where each team of `teams` is written, in the same order (an array: 50,000 maps cost megabytes). */
  readonly teams: readonly Position[];
}

/** A validated, normalized config file: what the rest of the engine consumes. */
export interface Config {
  /** The file as the user named it (relative to the workspace in the action). */
  readonly file: string;
  readonly organization: string | undefined;
  readonly unlisted: UnlistedPolicy;
  readonly missing: MissingPolicy;
  /** Lower-cased emails that are never changed, removed or reported. */
  readonly ignore: ReadonlySet<string>;
  /** Members by lower-cased email, in file order. */
  readonly members: ReadonlyMap<string, MemberSpec>;
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
  | { readonly ok: true; readonly config: Config; readonly warnings: readonly ConfigProblem[] }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/** `file:line:column: message`, the form editors and terminals link. */
export function formatProblem(problem: ConfigProblem): string {
  const where =
    problem.line === undefined
      ? problem.file
      : `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
  return `${where}: ${problem.message}`;
}
