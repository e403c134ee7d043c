import type { Config, MemberSpec, TeamSection } from '../config/model.ts';
import type { Desired } from './desired.ts';
import type { MemberUpdate, Place, TeamChange } from './types.ts';

/**
 * Where in the config a change comes from (docs/behaviour.md, section 1.2): every change, blocked
 * change and annotation names the file and line that cause it. A team change that a team section
 * causes points at the member's line in that section (in the team's file), a team left because
 * a section manages the team as a whole at the section, an org role at the member's entry (or at
 * the grant that raises it). A change's own place is where its first cause is: the org role's
 * when it changes, else its first team change's; a team change caused in another file carries its
 * own place too.
 */

/** Where each email is written in a section: built once per section, when a change needs it. */
const sectionIndex = new WeakMap<TeamSection, Map<string, number>>();

function sectionPlace(section: TeamSection, email: string): Place | undefined {
  let index = sectionIndex.get(section);
  if (!index) {
    index = new Map();
    let at = 0;
    for (const person of section.people.keys()) index.set(person, at++);
    sectionIndex.set(section, index);
  }
  const slot = index.get(email);
  if (slot === undefined) return undefined;
  return { file: section.file, line: section.places[2 * slot] ?? section.position.line };
}

function entryPlace(spec: MemberSpec): Place {
  return { file: spec.source.file, line: spec.source.entry.line };
}

/** The entry, when it names `team` in its own `teams`: its changes point at the entry, as every change of its own. */
function entryTeamPlace(spec: MemberSpec, team: string): Place | undefined {
  return spec.teams?.has(team) ? entryPlace(spec) : undefined;
}

/**
 * Where the file asks for one team change of a member: `listed` is its entry (undefined for a
 * member the file does not list), `desired` what the file asks of it now.
 */
function teamChangePlace(
  change: TeamChange,
  email: string,
  listed: MemberSpec | undefined,
  desired: Desired | undefined,
  config: Config,
): Place | undefined {
  const section = config.teams.get(change.team);
  if (!listed) return section && { file: section.file, line: section.position.line };
  if (change.kind === 'role' && change.followsOrgRole) return orgRolePlace(listed, desired);
  if (change.kind === 'leave') {
    // Left because the entry manages the member's teams, because a section manages the team as a
    // whole, or because the grant that gave it ended.
    if (listed.teams !== undefined) return entryPlace(listed);
    if (section) return { file: section.file, line: section.position.line };
    const ended = desired?.past.find((grant) => grant.teams?.has(change.team));
    return ended ? { file: listed.source.file, line: ended.position.line } : entryPlace(listed);
  }
  // A join or a role: where the role that wins is declared (the entry, a section, a grant that holds).
  return (
    entryTeamPlace(listed, change.team) ??
    (section && sectionPlace(section, email)) ??
    grantPlace(listed, desired, change.team) ??
    entryPlace(listed)
  );
}

function grantPlace(listed: MemberSpec, desired: Desired | undefined, team: string): Place | undefined {
  const grant = desired?.active.find((active) => active.teams?.has(team));
  return grant && { file: listed.source.file, line: grant.position.line };
}

/** Where the org role comes from: the grant that raises it while it holds, else the entry. */
function orgRolePlace(listed: MemberSpec, desired: Desired | undefined): Place {
  const role = desired?.spec.role;
  const grant = role !== undefined && role !== listed.role ? desired?.active.find((active) => active.role === role) : undefined;
  return grant ? { file: listed.source.file, line: grant.position.line } : entryPlace(listed);
}

/**
 * An update placed where its causes are: its own `line` and `file` (file only when it is not
 * `config.file`, as every change), and a team change caused in another file than the update's
 * own place carries `at`.
 */
export function placeUpdate(
  update: MemberUpdate,
  listed: MemberSpec | undefined,
  desired: Desired | undefined,
  config: Config,
): MemberUpdate {
  const email = update.email.toLowerCase();
  const places = update.teams.map((team) => teamChangePlace(team, email, listed, desired, config));
  const own: Place | undefined =
    update.orgRole && listed ? orgRolePlace(listed, desired) : (places.find((place) => place !== undefined) ?? undefined);
  if (!own) return update;
  const teams = update.teams.map((team, index) => {
    const place = places[index];
    return place && place.file !== own.file ? { ...team, at: place } : team;
  });
  const { file: _file, ...rest } = update;
  return {
    ...rest,
    teams,
    line: own.line,
    ...(own.file === config.file ? {} : { file: own.file }),
  };
}
