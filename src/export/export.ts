import { Document, isMap, isSeq } from 'yaml';
import pkg from '../../package.json' with { type: 'json' };
import type { ObservedMember, OrgState } from '../domain/org-state.ts';
import { minimumTeamRole } from '../domain/roles.ts';
import { escapeInvisible } from '../domain/text.ts';
import { unfitWords } from '../render/plan-view.ts';
import type { Layout } from '../settings/policy.ts';
import type { Following } from './github-teams.ts';

/**
 * Where editors find the schema of an exported file: the copy of this very version, which every
 * release tag publishes (the release workflow checks that the tag is package.json's version).
 */
export const SCHEMA_URL = `https://raw.githubusercontent.com/sentry-members-sync/sentry-members-sync/v${pkg.version}/schema/sentry-members.schema.json`;

/**
 * The organization as a config file: every member and invite with role and teams, sorted, so a
 * plan on the file is empty. Teams are in list form unless an explicit role matters (a member or
 * billing member who is team admin somewhere): for admins, managers and owners every team is
 * admin anyway.
 */
export function exportConfig(
  state: OrgState,
  options: { schema?: string; now?: string; layout?: Layout; sections?: boolean; following?: Following } = {},
): string {
  const following = options.following;
  const byTeams = options.layout === 'teams';
  // With the team layout written as a directory, the sections go to files of their own.
  const inline = byTeams && options.sections !== false;
  const members: Record<string, unknown> = {};
  const sorted = [...state.members].sort((a, b) => (a.email.toLowerCase() < b.email.toLowerCase() ? -1 : 1));
  const counts = new Map<string, number>();
  for (const member of sorted) counts.set(member.email.toLowerCase(), (counts.get(member.email.toLowerCase()) ?? 0) + 1);
  // Members sharing one email (case-insensitively) cannot both be keys: both are written as comments.
  const shared: string[] = [];
  for (const member of sorted) {
    const teams = teamsOf(member, state.teamRoles, following);
    if ((counts.get(member.email.toLowerCase()) ?? 0) > 1) {
      const shown = Array.isArray(teams)
        ? `[${teams.join(', ')}]`
        : `{${Object.entries(teams)
            .map(([team, role]) => `${team}: ${role}`)
            .join(', ')}}`;
      shared.push(
        ` ${member.email}: {role: ${member.orgRole}, teams: ${shown}}  # id ${member.id}${member.pending ? ', pending invite' : ''}`,
      );
      continue;
    }
    members[member.email.toLowerCase()] = byTeams ? member.orgRole : { role: member.orgRole, teams };
  }
  const followed = following ? Object.fromEntries([...following.sections].sort(([a], [b]) => (a < b ? -1 : 1))) : {};
  const doc = new Document({
    organization: state.organization,
    unlisted: 'report',
    missing: 'report',
    ...(following && following.people.size > 0 ? { people: Object.fromEntries(following.people) } : {}),
    members,
    ...(inline
      ? { teams: sectionsOf(state, new Set(Object.keys(members)), following) }
      : !byTeams && Object.keys(followed).length > 0
        ? { teams: followed }
        : {}),
  });
  // Lists of team slugs (and of a section's people) read best on one line.
  const membersNode = doc.get('members', true);
  if (isMap(membersNode)) {
    for (const pair of membersNode.items) {
      const teams = isMap(pair.value) ? pair.value.get('teams', true) : undefined;
      if (isSeq(teams)) teams.flow = true;
    }
  }
  flowSections(doc);
  const pending = state.members.filter((member) => member.pending).length;
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schema ?? SCHEMA_URL}`,
    '',
    ` Exported from the Sentry organization "${state.organization}" by sentry-members-sync${options.now ? ` on ${options.now}` : ''}:`,
    ...(byTeams && !inline
      ? [
          ` ${state.members.length} members, ${pending} of them pending invitations; each team's roster is in`,
          ' teams/<slug>.yml beside this file. Commit the directory and name it in `config`: read as',
          ' one config, a plan on it is empty until the files or the organization change.',
        ]
      : [
          ` ${state.members.length} members, ${pending} of them pending invitations. Review it and commit it as`,
          ' sentry-members.yml: a plan on it is empty until the file or the organization changes.',
        ]),
    ...(following && following.sections.size > 0
      ? [
          ` ${following.sections.size === 1 ? '1 team follows its GitHub team' : `${following.sections.size} teams follow their GitHub team`} of the same slug (github-team): a change`,
          ' of that GitHub team changes the Sentry team. people maps their GitHub logins to emails.',
        ]
      : []),
  ].join('\n');
  const comments = [
    ...(shared.length > 0
      ? [
          ' These Sentry members share an email with another member (compared case-insensitively), so',
          ' the file cannot tell them apart: resolve it in Sentry (remove the duplicate account or',
          ' invitation), then export again or move the one that stays into members.',
          ...shared,
        ]
      : []),
    ...unfitComment(state),
  ];
  if (comments.length > 0) doc.comment = comments.join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Members whose record no entry can name (no email, ...): listed by id, so the export says it left them out. */
function unfitComment(state: OrgState): string[] {
  const unfit = state.unfit ?? [];
  if (unfit.length === 0) return [];
  return [
    ' These Sentry members have no email this file can name, so they are not written above; a',
    ' plan reports them by id and never writes to them (fix their email in Sentry, then export again):',
    ...unfit.map((record) => ` ${escapeInvisible(unfitWords(record))}`),
  ];
}

/**
 * The organization as a directory (`export --layout teams --out <directory>/`): `org.yml` with
 * the members and their org roles, and `teams/<slug>.yml` with one team's section each, so each
 * team's file can have its own owners (CODEOWNERS). Read as one config, the files plan empty.
 * Paths are relative to the directory.
 */
export function exportFiles(
  state: OrgState,
  options: { schema?: string; now?: string; following?: Following } = {},
): Map<string, string> {
  const files = new Map<string, string>();
  files.set('org.yml', exportConfig(state, { ...options, layout: 'teams', sections: false }));
  for (const [slug, section] of Object.entries(sectionsOf(state, listedEmails(state), options.following))) {
    const doc = new Document({ teams: { [slug]: section } });
    flowSections(doc);
    doc.commentBefore = [
      ` yaml-language-server: $schema=${options.schema ?? SCHEMA_URL}`,
      '',
      ` The roster of team "${slug}" of "${state.organization}": managed as a whole (anyone else on the team`,
      ' leaves it). Org roles come from org.yml; give this file to the team leads in CODEOWNERS.',
    ].join('\n');
    files.set(`teams/${slug}.yml`, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  }
  return files;
}

/** A section's lists of people read best on one line. */
function flowSections(doc: Document): void {
  const teamsNode = doc.get('teams', true);
  if (!isMap(teamsNode)) return;
  for (const pair of teamsNode.items) {
    if (!isMap(pair.value)) continue;
    for (const list of pair.value.items) if (isSeq(list.value)) list.value.flow = true;
  }
}

/** The emails an export lists as members: those of one Sentry member only (members sharing one are comments). */
export function listedEmails(state: OrgState): Set<string> {
  const counts = new Map<string, number>();
  for (const member of state.members) counts.set(member.email.toLowerCase(), (counts.get(member.email.toLowerCase()) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count === 1).map(([email]) => email));
}

/**
 * Every team of the organization as a section (an empty one too: a team with a section is
 * managed as a whole), its people by stored role: admins, contributors, members (no explicit
 * role); a team that follows its GitHub team (`following`) as that section.
 */
function sectionsOf(
  state: OrgState,
  listed: ReadonlySet<string>,
  following?: Following,
): Record<string, Record<string, string | string[]>> {
  const sections: Record<string, Record<string, string | string[]>> = {};
  for (const slug of [...state.teams.keys()].sort()) sections[slug] = { ...following?.sections.get(slug) };
  for (const member of [...state.members].sort((a, b) => (a.email.toLowerCase() < b.email.toLowerCase() ? -1 : 1))) {
    const email = member.email.toLowerCase();
    if (!listed.has(email)) continue;
    for (const [slug, stored] of member.teams ?? []) {
      if (following?.sections.has(slug)) continue;
      const role = state.teamRoles ? stored : null;
      const list = role === 'admin' ? 'admins' : role === 'contributor' ? 'contributors' : 'members';
      const section = sections[slug] ?? {};
      section[list] = [...((section[list] as string[] | undefined) ?? []), email];
      sections[slug] = section;
    }
  }
  return sections;
}

/**
 * List form, unless an explicit role matters; an organization without team roles stores none, so
 * never there. Teams that follow their GitHub team are left to their section.
 */
function teamsOf(member: ObservedMember, teamRoles: boolean, following?: Following): string[] | Record<string, string> {
  const teams = [...(member.teams ?? [])].filter(([slug]) => !following?.sections.has(slug)).sort(([a], [b]) => (a < b ? -1 : 1));
  const explicit = teamRoles && minimumTeamRole(member.orgRole) === 'contributor' && teams.some(([, role]) => role === 'admin');
  if (!explicit) return teams.map(([slug]) => slug);
  return Object.fromEntries(teams.map(([slug, role]) => [slug, role === 'admin' ? 'admin' : 'contributor']));
}
