import type { Config, GitHubTeamRef, MemberSpec, TeamSection } from '../config/model.ts';
import type { GitHubRosters } from '../domain/github-teams.ts';
import type { ObservedMember, OrgState } from '../domain/org-state.ts';
import type { TeamRole } from '../domain/roles.ts';
import type { GitHubOrigins, PlanWarning } from './types.ts';

/**
 * Sections that follow a GitHub team, with the team's members as the run read them
 * (docs/behaviour.md, section 1.5): pure, so the plan stays a function of the file, the observed
 * organization and the rosters. Each member's login becomes an email through `people` (without
 * case), else through the organization's SAML identities; a login with neither is left out and
 * named in a warning, never guessed. Maintainers get the team role admin (where the organization
 * has team roles), members none; an explicit entry (in the section, or in the member's `teams`)
 * wins for the person it names. People who are not under `members` are listed with the org role
 * member, at the section's `github-team` line; but a section in a team's file (a config of
 * several files) gives no one an org role: its people who are not under `members` keep the org
 * role they have in Sentry, and those not in the organization are left out with a warning (only
 * the org file invites). Ignored emails are left out (never touched), and so are billing members
 * (Sentry keeps them off teams), with a warning.
 */
export function followGitHubTeams(
  config: Config,
  rosters: GitHubRosters,
  state: Pick<OrgState, 'teamRoles' | 'members'>,
): Followed {
  if (![...config.teams.values()].some((section) => section.github)) return { config, warnings: [] };
  const warnings: PlanWarning[] = [];
  let inSentry: Map<string, ObservedMember> | undefined;
  const observed = (email: string) => {
    inSentry ??= new Map(state.members.map((member) => [member.email.toLowerCase(), member]));
    return inSentry.get(email);
  };
  const teams = new Map<string, TeamSection>();
  const added = new Map<string, MemberSpec>();
  for (const [slug, section] of config.teams) {
    const github = section.github;
    if (!github) {
      teams.set(slug, section);
      continue;
    }
    const members = rosters.teams.get(github.key);
    if (!members) throw new Error(`internal: the GitHub team ${github.key} was not read`);
    const people = new Map(section.people);
    const places = [...section.places];
    const fromGitHub = new Set<string>();
    const unmapped: string[] = [];
    const outside: string[] = [];
    // In a team's file, a section stays in its lane: its GitHub team changes who is on the team,
    // never who is in the organization or with which org role.
    const teamFile = config.orgFile !== undefined && section.file !== config.orgFile;
    for (const { login, maintainer } of members) {
      const email = emailOf(login, github, config, rosters);
      if (email === undefined) {
        unmapped.push(login);
        continue;
      }
      const entry = config.members.get(email);
      // Explicit entries win for the people they name; ignored emails are never touched.
      if (config.ignore.has(email) || section.people.has(email) || entry?.teams?.has(slug)) continue;
      // Someone a team's file would list: only with the org role Sentry already gives them.
      const keepsRole = !entry && teamFile;
      const present = keepsRole ? observed(email) : undefined;
      if (keepsRole && !present) {
        outside.push(email);
        continue;
      }
      if ((entry?.role ?? present?.orgRole) === 'billing') {
        warnings.push({
          message: `${email} (GitHub ${login}, on ${shown(github)}) is a billing member (${entry ? `${entry.source.file === section.file ? 'line ' : `${entry.source.file}:`}${entry.source.entry.line}` : 'in Sentry'}), who cannot be on teams: left off team "${slug}"`,
          line: github.position.line,
          file: section.file,
        });
        continue;
      }
      const role: TeamRole | null = maintainer && state.teamRoles ? 'admin' : null;
      const earlier = people.get(email);
      if (earlier === undefined && !people.has(email)) {
        places.push(github.position.line, github.position.column);
        fromGitHub.add(email);
      }
      // Two logins of one person: the higher role.
      people.set(email, earlier === 'admin' ? 'admin' : role);
      if (!entry && !added.has(email))
        added.set(email, {
          email,
          role: present?.orgRole ?? 'member',
          teams: undefined,
          grants: [],
          source: { file: section.file, entry: github.position, teams: [] },
          fromGitHub: shown(github),
        });
    }
    if (unmapped.length > 0) warnings.push(unmappedWarning(unmapped, github, section.file, rosters));
    if (outside.length > 0) warnings.push(outsideWarning(outside, github, section.file, config.orgFile ?? ''));
    teams.set(slug, { ...section, people, places: Uint32Array.from(places), fromGitHub });
  }
  const members = added.size === 0 ? config.members : new Map([...config.members, ...added]);
  return { config: { ...config, members, teams }, warnings };
}

export interface Followed {
  /** The config with the GitHub teams' members on their sections, and those not under `members` listed. */
  readonly config: Config;
  readonly warnings: readonly PlanWarning[];
}

/** `acme/backend`, as the file writes it. */
export function shown(github: GitHubTeamRef): string {
  return `${github.org}/${github.team}`;
}

/** A login's email: `people` first (what the file says), then the SAML identity. */
function emailOf(login: string, github: GitHubTeamRef, config: Config, rosters: GitHubRosters): string | undefined {
  const person = config.people?.get(login.toLowerCase());
  if (person) return person.email;
  const saml = rosters.saml.get(github.org.toLowerCase());
  return saml?.kind === 'read' ? saml.emails.get(login.toLowerCase()) : undefined;
}

/** At most this many logins are named in a warning; the rest are counted. */
const NAMED = 10;

function unmappedWarning(logins: readonly string[], github: GitHubTeamRef, file: string, rosters: GitHubRosters): PlanWarning {
  const sorted = [...logins].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  const named =
    sorted.length > NAMED ? `${sorted.slice(0, NAMED).join(', ')} and ${sorted.length - NAMED} more` : sorted.join(', ');
  const saml = rosters.saml.get(github.org.toLowerCase());
  const how =
    saml?.kind === 'none' && !saml.permitted
      ? `add them under people (login: email), or let github-teams-token read the SAML identities of ${github.org} (${saml.detail})`
      : 'add them under people (login: email)';
  const count = logins.length === 1 ? '1 member' : `${logins.length} members`;
  return {
    message: `${count} of ${shown(github)} ${logins.length === 1 ? 'has' : 'have'} no email: ${named}; ${how}. Until then they are left out: never invited, nor put on the team`,
    line: github.position.line,
    file,
  };
}

/** People of a GitHub team followed in a team's file who are not in the organization: only the org file invites. */
function outsideWarning(emails: readonly string[], github: GitHubTeamRef, file: string, orgFile: string): PlanWarning {
  const sorted = [...emails].sort();
  const named =
    sorted.length > NAMED ? `${sorted.slice(0, NAMED).join(', ')} and ${sorted.length - NAMED} more` : sorted.join(', ');
  const count = emails.length === 1 ? '1 member' : `${emails.length} members`;
  return {
    message: `${count} of ${shown(github)} ${emails.length === 1 ? 'is' : 'are'} not in the Sentry organization: ${named}. A team's file adds nobody to the organization; list them under members in ${orgFile || 'the org file'} to invite them. Until then they are left off the team`,
    line: github.position.line,
    file,
  };
}

/**
 * Where the team changes of one member come from on GitHub: a join or role change on a team
 * whose section follows a GitHub team, when that team puts the person there (the file does not
 * name them on it); a leave of such a team (the person is not on the GitHub team, nor named).
 * Undefined when none does.
 */
export function githubOrigins(
  email: string,
  changes: Iterable<{ readonly kind: 'join' | 'leave' | 'role'; readonly team: string }>,
  config: Config,
): GitHubOrigins | undefined {
  let origins: Record<string, string> | undefined;
  for (const { kind, team } of changes) {
    const section = config.teams.get(team);
    if (!section?.github) continue;
    if (kind !== 'leave' && !section.fromGitHub?.has(email.toLowerCase())) continue;
    origins ??= {};
    origins[team] = shown(section.github);
  }
  return origins;
}
