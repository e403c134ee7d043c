import { orgRoleRank } from '../domain/roles.ts';
import type { GrantNote, MemberChange, MemberWrite, Plan, TeamChange } from '../plan/types.ts';
import { plural } from './validation.ts';

/**
 * What a reviewer reads, shared by the text plan and the markdown one: changes grouped
 * (invitations, updates, removals), each member once and sorted by email; what deserves a
 * banner; and each change's details in words.
 */

export type GroupName = 'invite' | 'update' | 'remove';

export interface Group {
  readonly name: GroupName;
  readonly title: string;
  readonly changes: readonly MemberWrite[];
}

const GROUP_TITLES: Record<GroupName, string> = { invite: 'Invitations', update: 'Updates', remove: 'Removals' };

function groupOf(change: MemberWrite): GroupName {
  return change.kind === 'invite' || change.kind === 'reinvite' ? 'invite' : change.kind;
}

export function byEmail<T extends { readonly email: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()) || a.email.localeCompare(b.email));
}

/** The changes in their groups, each sorted by email; empty groups left out. */
export function groups(changes: readonly MemberWrite[]): Group[] {
  return (['invite', 'update', 'remove'] as const)
    .map((name) => ({ name, title: GROUP_TITLES[name], changes: byEmail(changes.filter((change) => groupOf(change) === name)) }))
    .filter((group) => group.changes.length > 0);
}

/** What a reviewer must not miss: people removed, anyone demoted, owner or manager granted. */
export interface Attention {
  readonly removes: number;
  readonly demoted: readonly string[];
  readonly granted: readonly string[];
}

const POWERFUL = new Set(['owner', 'manager']);

export function attentionOf(plan: Plan): Attention {
  const demoted: string[] = [];
  const granted: string[] = [];
  for (const change of byEmail(plan.changes)) {
    if (change.kind === 'update' && change.orgRole) {
      if (orgRoleRank(change.orgRole.to) < orgRoleRank(change.orgRole.from)) demoted.push(change.email);
      if (POWERFUL.has(change.orgRole.to)) granted.push(`${change.email} as ${change.orgRole.to}`);
    }
    if (
      change.kind === 'update' &&
      !change.orgRole &&
      change.teams.some((team) => team.kind === 'role' && team.to === 'contributor')
    )
      demoted.push(change.email);
    if (change.kind === 'invite' && POWERFUL.has(change.orgRole)) granted.push(`${change.email} as ${change.orgRole}`);
  }
  const removes = plan.changes.filter((change) => change.kind === 'remove').length + (plan.withheld?.removals ?? 0);
  return { removes, demoted, granted };
}

/** The first few names of a list, and how many more: a banner stays a sentence. */
function some(names: readonly string[], shown = 5): string {
  return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** The banner's sentence, or undefined when nothing needs one. */
export function attentionSentence(attention: Attention): string | undefined {
  const parts: string[] = [];
  if (attention.removes > 0) parts.push(`removes ${plural(attention.removes, 'member')} from the organization`);
  if (attention.demoted.length > 0)
    parts.push(`demotes ${plural(attention.demoted.length, 'member')} (${some(attention.demoted)})`);
  if (attention.granted.length > 0)
    parts.push(`grants owner or manager to ${plural(attention.granted.length, 'member')} (${some(attention.granted)})`);
  if (parts.length === 0) return undefined;
  return `This plan ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}.`;
}

/** A team change in words: `joins web as admin`, `leaves mobile`, `web: admin -> contributor (follows the org role)`. */
export function describeTeamChange(change: TeamChange): string {
  switch (change.kind) {
    case 'join':
      return `joins ${change.team} as ${change.role}`;
    case 'leave':
      return `leaves ${change.team}`;
    case 'role':
      return `${change.team}: ${change.from} -> ${change.to}${change.followsOrgRole ? ' (follows the org role)' : ''}`;
  }
}

const REINVITED = 'expired invitation: re-sent with a new link';

/** The lines under a change's heading. */
export function changeDetails(change: MemberChange): string[] {
  switch (change.kind) {
    case 'update':
      return [
        ...(change.orgRole ? [`org role: ${change.orgRole.from} -> ${change.orgRole.to}`] : []),
        ...change.teams.map(describeTeamChange),
        ...(change.reinvite ? [REINVITED] : []),
        ...(change.because ?? []),
      ];
    case 'invite':
      return [
        `invited as ${change.orgRole}`,
        ...change.teamRoles.map((team) => `joins ${team.teamSlug}${team.role ? ` as ${team.role}` : ''}`),
      ];
    case 'reinvite':
      return [REINVITED];
    case 'remove':
      return [
        change.expired
          ? `remove (expired ${change.expired}): the entry ended; was ${change.orgRole}${change.pending ? ', pending invitation' : ''}`
          : `removed (${change.orgRole}${change.pending ? ', pending invitation' : ''})`,
      ];
    case 'conflict':
      return change.members.map(
        (member) => `id ${member.memberId}: ${member.email}${member.pending ? ' (pending invitation)' : ''}`,
      );
  }
}

/** A grant that holds, in words: `bob@acme.com: org role manager until 2026-12-24, in 3 days`. */
export function grantLine(note: GrantNote): string {
  return `${note.email}: ${note.what} until ${note.until}, ${note.daysLeft <= 1 ? 'within a day' : `in ${note.daysLeft} days`}`;
}

/** Who a change is about: the email, and the Sentry display name when there is one. */
export function who(change: MemberChange): string {
  const name = 'name' in change ? change.name : '';
  return !name || name === change.email ? change.email : `${change.email} (${name})`;
}

/** The line of the config a change comes from (removals of unlisted members have none). */
export function lineOf(change: MemberChange): number | undefined {
  return 'line' in change ? change.line : undefined;
}

/** The title of a plan with its outcome. */
export function planTitle(plan: Plan): string {
  const writes = plan.changes.length + (plan.withheld?.removals ?? 0);
  const blocked = plan.blocked.length + (plan.withheld?.blockedRemovals ?? 0);
  if (writes === 0 && blocked === 0) return `no changes: ${plan.organization} matches ${plan.config}`;
  return `${plural(writes, 'change')} to ${plan.organization}${blocked > 0 ? `, ${blocked} blocked` : ''}`;
}
