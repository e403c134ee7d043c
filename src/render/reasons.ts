import type { BlockReason, CallerRef, RunChange, RunDifference } from '../plan/types.ts';

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
    case 'changed-during-run':
      return describeRunChange({ kind: 'changed', difference: reason.difference });
  }
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
