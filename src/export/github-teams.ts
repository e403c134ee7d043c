import type { GitHubTeamMember } from '../domain/github-teams.ts';
import type { OrgState } from '../domain/org-state.ts';
import { effectiveTeamRole, type TeamRole } from '../domain/roles.ts';

/** What `export --github-teams <org>` read: the GitHub team of each Sentry team's slug, where there is one, and emails of logins. */
export interface GitHubTeamsRead {
  /** The GitHub organization. */
  readonly org: string;
  /** Sentry team slug -> the members of the GitHub team `org/slug` (absent: no such GitHub team). */
  readonly teams: ReadonlyMap<string, readonly GitHubTeamMember[]>;
  /** Login, lower-cased -> the email of its SAML identity. */
  readonly emails: ReadonlyMap<string, string>;
}

/** A team section that follows its GitHub team: `github-team`, and the explicit entries that keep the plan empty. */
export interface FollowedSection {
  readonly 'github-team': string;
  readonly admins?: string[];
  readonly contributors?: string[];
}

/** Which teams follow their GitHub team in an export, and why the others do not. */
export interface Following {
  /** Sentry team slug -> its section. */
  readonly sections: ReadonlyMap<string, FollowedSection>;
  /** GitHub login (as GitHub spells it) -> email, for the people of the followed teams. */
  readonly people: ReadonlyMap<string, string>;
  /** Teams with a GitHub team of the same slug that is not followed, with why. */
  readonly differ: readonly { readonly team: string; readonly why: string }[];
}

/**
 * The teams an export can make follow their GitHub team of the same slug (pure): only where every
 * member of the GitHub team has an email (from its SAML identity) and those emails are exactly the
 * Sentry team's roster, each of them a member the file lists (`listed`), so a plan on the export
 * is still empty. Where the team role a GitHub team gives (maintainers admin, members none) is not
 * the one Sentry has, an explicit entry beside `github-team` says Sentry's: the export changes
 * nobody's role.
 */
export function followableTeams(state: OrgState, read: GitHubTeamsRead, listed: ReadonlySet<string>): Following {
  const sections = new Map<string, FollowedSection>();
  const people = new Map<string, string>();
  const differ: { team: string; why: string }[] = [];
  const rosters = new Map<string, Map<string, { role: TeamRole | null; orgRole: OrgState['members'][number]['orgRole'] }>>();
  for (const member of state.members)
    for (const [slug, stored] of member.teams ?? []) {
      const roster = rosters.get(slug) ?? new Map();
      roster.set(member.email.toLowerCase(), { role: state.teamRoles ? stored : null, orgRole: member.orgRole });
      rosters.set(slug, roster);
    }
  for (const slug of [...state.teams.keys()].sort()) {
    const members = read.teams.get(slug);
    if (!members) continue;
    const github = `${read.org}/${slug}`;
    const unmapped = members.filter((member) => !read.emails.has(member.login.toLowerCase())).map((member) => member.login);
    if (unmapped.length > 0) {
      differ.push({ team: slug, why: `${unmapped.length} of ${github} have no email: ${unmapped.slice(0, 5).join(', ')}` });
      continue;
    }
    const roster = rosters.get(slug) ?? new Map();
    const fromGitHub = new Map<string, { login: string; maintainer: boolean }>();
    for (const member of members) {
      const email = read.emails.get(member.login.toLowerCase()) as string;
      const earlier = fromGitHub.get(email);
      fromGitHub.set(email, { login: member.login, maintainer: member.maintainer || (earlier?.maintainer ?? false) });
    }
    const missing = [...roster.keys()].filter((email) => !fromGitHub.has(email));
    const extra = [...fromGitHub.keys()].filter((email) => !roster.has(email));
    const unlisted = [...roster.keys()].filter((email) => !listed.has(email));
    if (missing.length > 0 || extra.length > 0 || unlisted.length > 0) {
      const parts = [
        ...(missing.length > 0 ? [`${missing.length} on the Sentry team only`] : []),
        ...(extra.length > 0 ? [`${extra.length} on ${github} only`] : []),
        ...(unlisted.length > 0 ? [`${unlisted.length} sharing an email with another Sentry member`] : []),
      ];
      differ.push({ team: slug, why: parts.join(', ') });
      continue;
    }
    const admins: string[] = [];
    const contributors: string[] = [];
    for (const [email, { maintainer }] of [...fromGitHub].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const sentry = roster.get(email);
      if (!sentry) continue;
      const implied: TeamRole | null = maintainer && state.teamRoles ? 'admin' : null;
      const has = effectiveTeamRole(sentry.orgRole, sentry.role);
      if (effectiveTeamRole(sentry.orgRole, implied) === has) continue;
      (has === 'admin' ? admins : contributors).push(email);
    }
    sections.set(slug, {
      'github-team': github,
      ...(admins.length > 0 ? { admins } : {}),
      ...(contributors.length > 0 ? { contributors } : {}),
    });
    for (const member of members) people.set(member.login, read.emails.get(member.login.toLowerCase()) as string);
  }
  return { sections, people: new Map([...people].sort(([a], [b]) => a.toLowerCase().localeCompare(b.toLowerCase()))), differ };
}
