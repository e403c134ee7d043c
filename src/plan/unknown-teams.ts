import type { Config } from '../config/model.ts';
import type { OrgState } from '../domain/org-state.ts';

/** An unknown team slug where the file names it: a member's entry, a grant, or a team section. */
export interface UnknownTeam {
  readonly team: string;
  /** Where it is named, as the message says it: "for alice@acme.com", "in a grant of alice@acme.com", "a team section". */
  readonly owner: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Team slugs the file names that the organization does not have: config errors, with their file and line. */
export function unknownTeams(config: Config, state: OrgState): UnknownTeam[] {
  const unknown: UnknownTeam[] = [];
  for (const spec of config.members.values()) {
    const file = spec.source.file;
    let index = 0;
    for (const team of spec.teams?.keys() ?? []) {
      const at = index++;
      if (state.teams.has(team)) continue;
      // Team positions are in the order of the teams (made when asked for: src/config/members.ts).
      const position = spec.source.teams[at] ?? spec.source.entry;
      unknown.push({ team, owner: `for ${spec.email}`, file, ...position });
    }
    for (const grant of spec.grants)
      for (const team of grant.teams?.keys() ?? [])
        if (!state.teams.has(team)) unknown.push({ team, owner: `in a grant of ${spec.email}`, file, ...grant.position });
  }
  for (const section of config.teams.values())
    if (!state.teams.has(section.slug))
      unknown.push({ team: section.slug, owner: 'a team section', file: section.file, ...section.position });
  return unknown;
}
