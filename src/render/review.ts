import { orgRoleRank } from '../domain/roles.ts';
import type { GrantNote, MemberChange, MemberInvite, MemberUpdate, MemberWrite, Place, Plan, TeamChange } from '../plan/types.ts';
import { plural } from './validation.ts';

/**
 * The words a reviewer reads, shared by the text and the markdown renderings: how risky each
 * change is (the order the plan shows changes in, and the order the size limit shortens them
 * in), what deserves a banner, and each change's details in words.
 */

/**
 * How much a change needs a reviewer's eye, most first: a removal, a grant of owner or manager,
 * a demotion (an org role lowered, or a team role lowered to contributor), then routine updates
 * and invitations.
 */
export type Risk = 'remove' | 'grant' | 'demote' | 'update' | 'invite';

const POWERFUL = new Set(['owner', 'manager']);

export function riskOf(change: MemberWrite): Risk {
  switch (change.kind) {
    case 'remove':
      return 'remove';
    case 'invite':
      return POWERFUL.has(change.orgRole) ? 'grant' : 'invite';
    case 'reinvite':
      return 'invite';
    case 'update': {
      const { orgRole } = change;
      if (orgRole && orgRoleRank(orgRole.to) < orgRoleRank(orgRole.from)) return 'demote';
      if (orgRole && POWERFUL.has(orgRole.to)) return 'grant';
      if (!orgRole && change.teams.some((team) => team.kind === 'role' && team.to === 'contributor')) return 'demote';
      return 'update';
    }
  }
}

export function byEmail<T extends { readonly email: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()) || a.email.localeCompare(b.email));
}

/** What a reviewer must not miss: people removed, anyone demoted, owner or manager granted. */
export interface Attention {
  readonly removes: number;
  readonly demoted: readonly string[];
  readonly granted: readonly string[];
}

/** The attention some changes need; `hiddenRemovals`: removals counted but not shown (redact). */
export function attentionOf(changes: readonly MemberWrite[], hiddenRemovals = 0): Attention {
  const demoted: string[] = [];
  const granted: string[] = [];
  for (const change of byEmail(changes)) {
    const risk = riskOf(change);
    if (risk === 'demote') demoted.push(change.email);
    if (risk === 'grant') granted.push(`${change.email} as ${grantedRole(change)}`);
  }
  const removes = changes.filter((change) => change.kind === 'remove').length + hiddenRemovals;
  return { removes, demoted, granted };
}

function grantedRole(change: MemberWrite): string {
  if (change.kind === 'invite') return change.orgRole;
  return change.kind === 'update' && change.orgRole ? change.orgRole.to : '';
}

/** The first few names of a list, and how many more: a banner stays a sentence. */
function some(names: readonly string[], shown = 5): string {
  return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** The banner's sentence (`This plan removes ...`), or undefined when nothing needs one. */
export function attentionSentence(attention: Attention, subject = 'This plan'): string | undefined {
  const parts: string[] = [];
  if (attention.removes > 0) parts.push(`removes ${plural(attention.removes, 'member')} from the organization`);
  if (attention.demoted.length > 0)
    parts.push(`demotes ${plural(attention.demoted.length, 'member')} (${some(attention.demoted)})`);
  if (attention.granted.length > 0)
    parts.push(`grants owner or manager to ${plural(attention.granted.length, 'member')} (${some(attention.granted)})`);
  if (parts.length === 0) return undefined;
  return `${subject} ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}.`;
}

/**
 * How a change is worded: `plan` for what a run will do (`joins web`), `done` for what it did
 * (`joined web`); `many` for a line that several members share (`join web`).
 */
export interface Wording {
  readonly tense: 'plan' | 'done';
  readonly many?: boolean;
}

const PLANNED: Wording = { tense: 'plan' };

/** A team change in words: `joins web as admin`, `leaves mobile`, `web: admin -> contributor (follows the org role)`. */
export function describeTeamChange(change: TeamChange, wording: Wording = PLANNED): string {
  switch (change.kind) {
    case 'join':
      return `${joins(wording)} ${change.team} as ${change.role}`;
    case 'leave':
      return `${wording.tense === 'done' ? 'left' : wording.many ? 'leave' : 'leaves'} ${change.team}`;
    case 'role':
      return `${change.team}: ${change.from} -> ${change.to}${change.followsOrgRole ? ' (follows the org role)' : ''}`;
  }
}

function joins(wording: Wording): string {
  return wording.tense === 'done' ? 'joined' : wording.many ? 'join' : 'joins';
}

const REINVITED = 'expired invitation: re-sent with a new link';

/** ` (GitHub team acme/backend)` when the team's change comes from the GitHub team its section follows. */
function fromGitHub(change: MemberUpdate | MemberInvite, team: string): string {
  const github = change.fromGitHub?.[team];
  return github ? ` (GitHub team ${github})` : '';
}

/** The lines under a change's heading. */
export function changeDetails(change: MemberChange, wording: Wording = PLANNED): string[] {
  switch (change.kind) {
    case 'update':
      return [
        ...(change.orgRole ? [`org role: ${change.orgRole.from} -> ${change.orgRole.to}`] : []),
        ...change.teams.map((team) => `${describeTeamChange(team, wording)}${fromGitHub(change, team.team)}`),
        ...(change.reinvite ? [REINVITED] : []),
        ...(change.because ?? []),
      ];
    case 'invite':
      return [
        `invited as ${change.orgRole}`,
        ...change.teamRoles.map(
          (team) =>
            `${joins(wording)} ${team.teamSlug}${team.role ? ` as ${team.role}` : ''}${fromGitHub(change, team.teamSlug)}`,
        ),
      ];
    case 'reinvite':
      return [REINVITED];
    case 'remove':
      return [
        change.expired
          ? `${wording.tense === 'done' ? 'removed' : 'remove'} (expired ${change.expired}): the entry ended; was ${change.orgRole}${change.pending ? ', pending invitation' : ''}`
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

/**
 * Where each line of changeDetails comes from, when it is another file than the change's own (a
 * team change a team section causes): in the same order, undefined for the others.
 */
export function changePlaces(change: MemberChange): readonly (Place | undefined)[] {
  if (change.kind !== 'update') return [];
  return [...(change.orgRole ? [undefined] : []), ...change.teams.map((team) => team.at)];
}

/** The line of the config a change comes from (removals of unlisted members have none). */
export function lineOf(change: MemberChange): number | undefined {
  return 'line' in change ? change.line : undefined;
}

/** The file of that line, when the config has several. */
export function fileOf(change: MemberChange): string | undefined {
  return 'file' in change ? change.file : undefined;
}

/** The title of a plan with its outcome. */
export function planTitle(plan: Plan): string {
  const writes = plan.changes.length + (plan.withheld?.removals ?? 0) + (plan.withheld?.updates ?? 0);
  const blocked = plan.blocked.length + (plan.withheld?.blocked ?? 0);
  if (writes === 0 && blocked === 0) return `no changes: ${plan.organization} matches ${plan.config}`;
  return `${plural(writes, 'change')} to ${plan.organization}${blocked > 0 ? `, ${blocked} blocked` : ''}`;
}
