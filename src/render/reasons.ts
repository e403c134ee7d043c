import { isPullRequestEventName } from '../domain/events.ts';
import type {
  ApprovalGate,
  ApprovalStatus,
  BlockReason,
  CallerRef,
  NotCounted,
  RunChange,
  RunDifference,
  WriteEffect,
} from '../plan/types.ts';
import { describeTeamChange } from './review.ts';

/**
 * Blocked reasons, and what an apply found changed during the run, in words: the one place they
 * are worded, for every rendering (text, markdown, annotations, JSON).
 */

/** Why the identity provider, not this file, decides (Sentry accepts the write; the IdP overwrites it at its next sync). */
const IDP_OVERWRITES = 'the identity provider would overwrite this change at its next sync';

/** The token's user: its email and org role, or its role alone when the email is withheld. */
function caller(ref: CallerRef): string {
  return `the token's user (${ref.email ? `${ref.email}, ` : ''}${ref.orgRole})`;
}

export function describeReason(reason: BlockReason): string {
  switch (reason.kind) {
    case 'caller-may-not': {
      const what = { change: 'change members', remove: 'remove members', invite: 'invite' }[reason.action];
      return `${caller(reason.caller)} may not ${what}: use an owner's or manager's token`;
    }
    case 'above-caller':
      return `the member's org role "${reason.role}" is above ${caller(reason.caller)}`;
    case 'role-not-assignable':
      return `${caller(reason.caller)} may not assign the org role "${reason.role}"`;
    case 'role-retired':
      return `the org role "${reason.role}" is retired in this organization and can no longer be assigned`;
    case 'own-role':
      return "this is the token's own user, and Sentry lets nobody change their own org role: use another owner's token";
    case 'own-user':
      return "this is the token's own user: it is never removed";
    case 'idp-member':
      return reason.write === 'remove'
        ? 'the member is managed by the identity provider (idp:provisioned): remove it there'
        : `the member is managed by the identity provider (idp:provisioned): ${IDP_OVERWRITES}; change it there`;
    case 'idp-role':
      return `the member's org role is managed by the identity provider (idp:role-restricted): ${IDP_OVERWRITES}`;
    case 'idp-team':
      return `team "${reason.team}" is managed by the identity provider (idp:provisioned): ${IDP_OVERWRITES}; join and leave it there`;
    case 'partnership':
      return 'the member is managed by a partnership (partnership:restricted) and cannot be modified';
    case 'owner-floor': {
      const left = reason.owners - 1;
      return reason.minOwners <= 1 && reason.owners <= 1
        ? 'this is the only owner: an organization must keep at least one owner'
        : `min-owners is ${reason.minOwners}: this change would leave ${left} active owner${left === 1 ? '' : 's'}`;
    }
    case 'billing-teams':
      return 'billing members cannot be on teams and this member is on some: add "teams: []" to remove them from their teams';
    case 'identity-conflict': {
      const ids = reason.members.map((member) => `${member.memberId}${member.pending ? ' (pending invite)' : ''}`).join(', ');
      return `${reason.members.length} Sentry members have this email (ids ${ids}): which one the file means cannot be told; resolve it in Sentry (remove the duplicate account or invitation), then run again`;
    }
    case 'needs-approval':
      return `grant of ${reason.role} to ${reason.email} needs an approval from one of: ${reason.approvers.join(', ')} on the merged pull request; ${withoutApproval(reason.status)}`;
    case 'changed-during-run':
      return describeRunChange({ kind: 'changed', difference: reason.difference });
    case 'not-as-planned':
      return `changed in Sentry during the run: the write planned and reviewed (${describeEffect(reason.planned)}) is not what the member's fresh read calls for (${describeEffect(reason.fresh)}); reviewed-plan is require, so neither is made: review the next plan`;
    case 'guard-at-write':
      return `not sent: planned as ${article(reason.planned)}, it became ${article(reason.fresh)} when the member was read again, and the run's removals already reach ${reason.guard} (${reason.limit}): review the next plan`;
  }
}

const short = (sha: string) => sha.slice(0, 7);

/** Why a run carries no approval, and what makes the change. */
function withoutApproval(status: Exclude<ApprovalStatus, { readonly kind: 'approved' }>): string {
  const merge = 'merge a pull request that one of them approves (a re-run of that apply counts too)';
  switch (status.kind) {
    case 'not-approved':
      return `pull request #${status.pull} has no approval of its final head commit ${short(status.head)} by one of them${notCountedNote(status.notCounted)}: ${merge}`;
    case 'unreadable':
      return `its approval could not be read${status.pull === undefined ? '' : ` on pull request #${status.pull}`} (${status.detail}), so the grant is not made: run again once GitHub can be read`;
    case 'no-merged-pull':
      return `${runWithoutPull(status.run, status.commit)}: ${merge}`;
  }
}

/** A run no merged pull request stands behind. */
function runWithoutPull(run: string, commit: string | undefined): string {
  switch (run) {
    case 'push':
      return `commit ${short(commit ?? '')} came from no merged pull request (a direct push)`;
    case 'schedule':
      return 'a scheduled run carries no approval';
    case 'workflow_dispatch':
      return 'a run started by hand carries no approval';
    case 'command-line':
      return 'the command line carries no approval';
    default:
      return isPullRequestEventName(run) ? 'the pull request is not merged yet' : `a run on ${run} carries no approval`;
  }
}

/** Reviews that did not count, when there are some. */
function notCountedNote(notCounted: readonly NotCounted[]): string {
  if (notCounted.length === 0) return '';
  const words = {
    author: 'is its author',
    'earlier-commit': 'approved an earlier commit',
    'not-listed': 'is not one of them',
    'changes-requested': 'requested changes',
    dismissed: 'had the review dismissed',
  } as const;
  return ` (not counted: ${notCounted.map(({ login, why }) => `${login} ${words[why]}`).join('; ')})`;
}

/**
 * What a grant's entry says of its approval, where it is not blocked for want of one: on a pull
 * request, who may approve and whether the head is approved yet; on an apply, who approved.
 */
export function approvalNote(gate: ApprovalGate): string | undefined {
  const who = `needs an approval from one of: ${gate.approvers.join(', ')}`;
  const { status } = gate;
  const by = status.kind === 'approved' ? `${status.by}${status.team ? ` (a member of ${status.team})` : ''}` : '';
  if (status.kind === 'approved')
    return gate.preview
      ? `${who}: approved by ${by} on head commit ${short(status.commit)}`
      : `approved by ${by} on pull request #${status.pull}`;
  if (!gate.preview) return undefined;
  if (status.kind === 'not-approved') return `${who} on head commit ${short(status.head)}: none yet (read again at merge)`;
  return `${who}: not read now (read again at merge)`;
}

/**
 * Where the approval of a plan's owner and manager grants stands, in one sentence: on a pull
 * request, who may approve and whether an approval of its head is there (one given later is
 * read at merge); on an apply, who approved, or why the grants are blocked.
 */
export function describeApproval(gate: ApprovalGate): string {
  const who = `one of: ${gate.approvers.join(', ')}`;
  const { status } = gate;
  if (status.kind === 'approved') {
    const by = `${status.by}${status.team ? ` (a member of ${status.team})` : ''}`;
    return gate.preview
      ? `Owner and manager grants need an approval from ${who}. Approved by ${by} on head commit ${short(status.commit)}: merging makes them (a new commit needs a new approval).`
      : `Owner and manager grants approved by ${by} on pull request #${status.pull} (final head commit ${short(status.commit)}).`;
  }
  if (!gate.preview) return `Owner and manager grants need an approval from ${who}; ${withoutApproval(status)}.`;
  const later = 'An approval given later is read at merge: without one, merging makes every other change and blocks these.';
  if (status.kind === 'not-approved')
    return `Owner and manager grants need an approval from ${who} (not the author) on head commit ${short(status.head)}: none yet${notCountedNote(status.notCounted)}. ${later}`;
  if (status.kind === 'unreadable')
    return `Owner and manager grants need an approval from ${who}; it could not be read now (${status.detail}). ${later}`;
  return `Owner and manager grants need an approval from ${who}. ${later}`;
}

function article(kind: WriteEffect['kind']): string {
  return { update: 'an update', invite: 'an invitation', reinvite: 'a new invitation', remove: 'a removal' }[kind];
}

/** A write's effect in words: `a removal`, `org role member -> owner; leaves web`. */
function describeEffect(effect: WriteEffect): string {
  if (effect.kind !== 'update') return article(effect.kind);
  const parts = [
    ...(effect.orgRole ? [`org role ${effect.orgRole.from} -> ${effect.orgRole.to}`] : []),
    ...effect.teams.map((team) => describeTeamChange(team)),
  ];
  return parts.length > 0 ? parts.join('; ') : 'an update that changes nothing the file manages';
}

/** A blocked change's reasons, in words. */
export function describeReasons(reasons: readonly BlockReason[]): string[] {
  return reasons.map(describeReason);
}

/** What an apply found changed in Sentry for a member it wrote. */
export function describeRunChange(change: RunChange): string {
  return change.kind === 'already-in-sentry'
    ? 'already in Sentry (invited or joined during the run), reconciled with the file'
    : `changed in Sentry during the run: ${describeDifference(change.difference)}`;
}

function describeDifference(difference: RunDifference): string {
  if (difference.kind === 'write')
    return `the plan would have made a ${difference.planned}, the fresh read calls for a ${difference.fresh}`;
  const teams = (slugs: readonly string[]) => slugs.join(', ') || 'none';
  return `the plan would have sent teams [${teams(difference.planned)}], the fresh read gives teams [${teams(difference.fresh)}]${
    difference.orgRole ? ` and org role ${difference.orgRole}` : ''
  }`;
}
